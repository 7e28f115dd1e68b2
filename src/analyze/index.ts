export { analyzeRun, topFindings, type AnalyzeOptions } from './analyze.js';
export { detectorById, detectors } from './registry.js';
export type {
  AnalysisFinding,
  AnalysisResult,
  AnalysisSeverity,
  SkippedDetector,
  TimeSpan,
} from './model.js';
export type { Detector, DetectorNeed } from './detector.js';
