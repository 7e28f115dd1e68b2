import { createRequire as __loadgateCreateRequire } from 'node:module';
const require = __loadgateCreateRequire(import.meta.url);
import{loadRepositoryRules}from"./chunk-DVRWFDLE.js";import"./chunk-F6CF47GJ.js";import"./chunk-EJ4JOZZO.js";import{REPOSITORY_RULES_DIR}from"./chunk-5VNS25SZ.js";import"./chunk-VQR4B3CN.js";import"./chunk-JUJUZOQA.js";import"./chunk-RSS62DU4.js";import"./chunk-FJVWH24L.js";export{REPOSITORY_RULES_DIR,loadRepositoryRules};
