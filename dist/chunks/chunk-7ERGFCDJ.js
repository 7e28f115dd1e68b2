var maxOf=(function maxOf(values){let max=Number.NEGATIVE_INFINITY;for(let v of values)(v>max||Number.isNaN(v))&&(max=v);return max});
function minOf(values){let min=Number.POSITIVE_INFINITY;for(let v of values)(v<min||Number.isNaN(v))&&(min=v);return min}export{maxOf,minOf};
