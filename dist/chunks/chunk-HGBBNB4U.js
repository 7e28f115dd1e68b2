import { createRequire as __loadgateCreateRequire } from 'node:module';
const require = __loadgateCreateRequire(import.meta.url);
var jmeterDescriptor={tool:"jmeter",filePatterns:["*.jmx"],ownsFilePatterns:!0,sniff:()=>!0};export{jmeterDescriptor};
