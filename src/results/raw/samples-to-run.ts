import type { LatencyKind, ResultFormat, Run } from '../model.js';
import { RunBuilder } from './run-builder.js';
import type { RecordedSample } from './sample-recorder.js';

export interface SampleRunOptions {
  tool: string;
  format: ResultFormat;
  latencyKind: LatencyKind;
  stamps: 'start' | 'end';
  file: string;
}

/** A Run built from recorded requests exactly as a reader would build it from the file they came from. */
export function runFromSamples(samples: Iterable<RecordedSample>, options: SampleRunOptions): Run {
  const builder = new RunBuilder(options);
  builder.file = options.file;
  builder.files.push(options.file);
  for (const s of samples) builder.request(s.name, s.method, s.timeMs, s.latencyMs, s.error, s.errorKind);
  return builder.build();
}
