import { createRequire as __loadgateCreateRequire } from 'node:module';
const require = __loadgateCreateRequire(import.meta.url);
import{terminalText}from"./chunk-NAL4CQRO.js";function readDiagnosticLines(diagnostics){return diagnostics.map(d=>`loadgate: ${`${terminalText(d.file,{maxLength:200})}${d.line?`:${d.line}`:""}`}: ${d.severity??"error"} ${terminalText(d.message,{maxLength:2e3})}
`).join("")}export{readDiagnosticLines};
