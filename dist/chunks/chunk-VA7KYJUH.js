import{proposalLine,shiftLine,trendSection}from"./chunk-33TM2VZG.js";import{terminalText}from"./chunk-WYUYP6DQ.js";function trendFor(view,currentLabel="current"){if(!view.problem)return trendSection({entries:view.entries,...view.current?{current:view.current}:{},shifts:view.shifts,proposals:view.proposals,runs:view.runs,currentLabel})}function historyText(view){if(view.problem)return"";let head=`
History (${terminalText(view.file,{maxLength:200})}, ${view.entries.length} run${view.entries.length===1?"":"s"}):`,lines=[...view.shifts.map(shiftLine),...view.proposals.map(p=>`ratchet: ${proposalLine(p)}`)];return lines.length===0&&lines.push("no lasting shift found"),[head,...lines.map(l=>`  ${terminalText(l,{maxLength:400})}`)].join(`
`)+`
`}export{trendFor,historyText};
