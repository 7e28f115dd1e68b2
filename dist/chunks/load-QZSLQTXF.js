import { createRequire as __loadgateCreateRequire } from 'node:module';
const require = __loadgateCreateRequire(import.meta.url);
import{loadConfig}from"./chunk-CMKADQ5L.js";import"./chunk-F6CF47GJ.js";import"./chunk-XGYEPK35.js";import"./chunk-2BGAUAYW.js";import"./chunk-DXWEGB3Q.js";import{CONFIG_NAMES,findRepoRoot,locateConfig}from"./chunk-5VNS25SZ.js";import"./chunk-NNBJBOBB.js";import"./chunk-TEADC6DY.js";import"./chunk-VQR4B3CN.js";import"./chunk-JUJUZOQA.js";import"./chunk-FJVWH24L.js";export{CONFIG_NAMES,findRepoRoot,loadConfig,locateConfig};
