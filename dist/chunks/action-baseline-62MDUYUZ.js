import { createRequire as __loadgateCreateRequire } from 'node:module';
const require = __loadgateCreateRequire(import.meta.url);
import {
  actionBaselineResolver,
  baselineUploadPath,
  isDefaultBranchPush,
  publishBaseline
} from "./chunk-Z543BYCT.js";
import "./chunk-RGBMUZE6.js";
import "./chunk-KD2E64AB.js";
export {
  actionBaselineResolver,
  baselineUploadPath,
  isDefaultBranchPush,
  publishBaseline
};
