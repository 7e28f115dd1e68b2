import { createRequire as __loadgateCreateRequire } from 'node:module';
const require = __loadgateCreateRequire(import.meta.url);
import{renderDashboard}from"./chunk-HCN5VKIZ.js";import"./chunk-ZAX66M5M.js";import"./chunk-NAL4CQRO.js";import"./chunk-CBMOOKKI.js";import"./chunk-TEADC6DY.js";import"./chunk-6Z22PQU2.js";import"./chunk-NG7AGJMQ.js";import"./chunk-FJVWH24L.js";export{renderDashboard};
