import { createRequire as __loadgateCreateRequire } from 'node:module';
const require = __loadgateCreateRequire(import.meta.url);
var VERSION="0.1.0";export{VERSION};
