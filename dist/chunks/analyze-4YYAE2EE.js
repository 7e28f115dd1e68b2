import { createRequire as __loadgateCreateRequire } from 'node:module';
const require = __loadgateCreateRequire(import.meta.url);
import{analyzeRun,topFindings}from"./chunk-SVNT4RYX.js";import"./chunk-MT6VLDR3.js";import"./chunk-4B6GPD6O.js";import"./chunk-6NVVKP5V.js";import"./chunk-NNBJBOBB.js";import"./chunk-TEADC6DY.js";import"./chunk-JG6YFNHV.js";import"./chunk-6Z22PQU2.js";import"./chunk-FJVWH24L.js";export{analyzeRun,topFindings};
