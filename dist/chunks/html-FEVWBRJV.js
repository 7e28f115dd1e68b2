import { createRequire as __loadgateCreateRequire } from 'node:module';
const require = __loadgateCreateRequire(import.meta.url);
import {
  renderDashboard
} from "./chunk-YO64TQBA.js";
import "./chunk-MXC4ASLL.js";
import "./chunk-KD2E64AB.js";
export {
  renderDashboard
};
