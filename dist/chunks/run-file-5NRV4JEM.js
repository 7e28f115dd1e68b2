import { createRequire as __loadgateCreateRequire } from 'node:module';
const require = __loadgateCreateRequire(import.meta.url);
import{RUN_SCHEMA,readRunFile,runFileReader,serializeRun}from"./chunk-JQGJXVPJ.js";import"./chunk-XGYEPK35.js";import"./chunk-VQR4B3CN.js";import"./chunk-JG6YFNHV.js";import"./chunk-6Z22PQU2.js";import"./chunk-FJVWH24L.js";export{RUN_SCHEMA,readRunFile,runFileReader,serializeRun};
