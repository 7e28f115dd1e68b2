var formatDuration=(function formatDuration(seconds){return seconds>=3600?`${Math.round(seconds/3600*10)/10} h`:seconds>=60?`${Math.round(seconds/60*10)/10} min`:`${Math.round(seconds*10)/10} s`});
export{formatDuration};
