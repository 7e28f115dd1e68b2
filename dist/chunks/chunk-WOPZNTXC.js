var applyEdits=(function applyEdits(source,edits){let lines=source.split(/\r?\n/),starts=[],at=0;for(let line of lines)starts.push(at),at+=line.length+1;let text=lines.join(`
`),offset=(line,column)=>{if(line===lines.length+1&&column===1)return text.length;let lineText=lines[line-1];if(!(lineText===void 0||column<1||column-1>lineText.length))return starts[line-1]+column-1},ranges=edits.map(edit=>({edit,start:offset(edit.start.line,edit.start.column),end:offset(edit.end.line,edit.end.column)}));if(ranges.some(r=>r.start===void 0||r.end===void 0||r.end<r.start))return;ranges.sort((a,b)=>b.start-a.start);let out=text,previousStart=Number.POSITIVE_INFINITY;for(let{edit,start,end}of ranges){if(end>previousStart)return;out=out.slice(0,start)+edit.text.replace(/\r\n/g,`
`)+out.slice(end),previousStart=start}return source.includes(`\r
`)?out.replace(/\n/g,`\r
`):out});
export{applyEdits};
