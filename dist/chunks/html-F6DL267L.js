import { createRequire as __loadgateCreateRequire } from 'node:module';
const require = __loadgateCreateRequire(import.meta.url);
import{renderDashboard}from"./chunk-XF4VDCHB.js";import"./chunk-5NSHHJ3G.js";import"./chunk-DMU5ZE52.js";import"./chunk-CBMOOKKI.js";import"./chunk-TEADC6DY.js";import"./chunk-6Z22PQU2.js";import"./chunk-EKQXBLSF.js";import"./chunk-FJVWH24L.js";export{renderDashboard};
