import { createRequire as __loadgateCreateRequire } from 'node:module';
const require = __loadgateCreateRequire(import.meta.url);
var LOCUST_IMPORT=/^[ \t]*(?:from[ \t]+locust(?:\.[\w.]+)?[ \t]+import\b|import[ \t]+locust(?:[ \t]*(?:,|as\b|$)|\.))/m;function sniffLocust(text){return LOCUST_IMPORT.test(text)}var locustDescriptor={tool:"locust",filePatterns:["*.py"],sniff:text=>sniffLocust(text)};export{locustDescriptor};
