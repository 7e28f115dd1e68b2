import { createRequire as __loadgateCreateRequire } from 'node:module';
const require = __loadgateCreateRequire(import.meta.url);
import {
  actionBaselineResolver,
  baselineUploadPath
} from "./chunk-3YUYLOML.js";
import "./chunk-RGBMUZE6.js";
import "./chunk-YZYQ5LSJ.js";
export {
  actionBaselineResolver,
  baselineUploadPath
};
