import { createRequire as __loadgateCreateRequire } from 'node:module';
const require = __loadgateCreateRequire(import.meta.url);
var AUTO_BASELINE="auto",DEFAULT_BASELINE_ARTIFACT="loadgate-baseline";function isAutoBaseline(value){return value?.trim().toLowerCase()===AUTO_BASELINE}export{DEFAULT_BASELINE_ARTIFACT,isAutoBaseline};
