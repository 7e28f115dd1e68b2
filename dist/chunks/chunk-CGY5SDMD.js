import{terminalText}from"./chunk-WYUYP6DQ.js";function readDiagnosticLines(diagnostics){return diagnostics.map(d=>`loadgate: ${`${terminalText(d.file,{maxLength:200})}${d.line?`:${d.line}`:""}`}: ${d.severity??"error"} ${terminalText(d.message,{maxLength:2e3})}
`).join("")}export{readDiagnosticLines};
