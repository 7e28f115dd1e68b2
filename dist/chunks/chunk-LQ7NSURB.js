import { createRequire as __loadgateCreateRequire } from 'node:module';
const require = __loadgateCreateRequire(import.meta.url);
var GATLING_IMPORT=/^[ \t]*import[ \t]+(?:static[ \t]+)?io\.gatling\b/m,SIMULATION_CLASS=/\b(?:extends[ \t]+|:[ \t]*)Simulation\b/;function sniffGatling(text,file){if(GATLING_IMPORT.test(text))return!0;let name=file.replace(/\\/g,"/").split("/").pop()??file;return/Simulation/.test(name)&&SIMULATION_CLASS.test(text)}var gatlingDescriptor={tool:"gatling",filePatterns:["*.java","*.kt","*.scala"],sniff:(text,file)=>sniffGatling(text,file)};export{gatlingDescriptor};
