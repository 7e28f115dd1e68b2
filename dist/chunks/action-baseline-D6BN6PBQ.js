import { createRequire as __loadgateCreateRequire } from 'node:module';
const require = __loadgateCreateRequire(import.meta.url);
import{actionBaselineResolver,baselineUploadPath,isDefaultBranchPush,publishBaseline}from"./chunk-XDLQDVI6.js";import"./chunk-JRRGN6LI.js";import"./chunk-YTKAKKLM.js";import"./chunk-FJVWH24L.js";export{actionBaselineResolver,baselineUploadPath,isDefaultBranchPush,publishBaseline};
