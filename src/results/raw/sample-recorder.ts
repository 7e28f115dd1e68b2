import type { LatencyKind, SampleSink } from '../model.js';

/** One request as a raw-sample reader saw it. */
export interface RecordedSample {
  name: string;
  method?: string;
  timeMs?: number;
  latencyMs: number;
  error: boolean;
  errorKind?: string;
}

/**
 * A sink that keeps every request instead of sketching it: for the detection benchmark
 * (`scripts/bench-detect.mjs`) and tests, which resample or split a real run's requests into new runs. Not
 * used by the pipeline, whose memory must not grow with the samples.
 */
export class SampleRecorder implements SampleSink {
  readonly samples: RecordedSample[] = [];

  request(
    name: string,
    method: string | undefined,
    timeMs: number | undefined,
    latencyMs: number,
    error: boolean,
    errorKind?: string,
    weight = 1,
  ): void {
    if (!Number.isFinite(latencyMs)) return;
    const sample: RecordedSample = { name, latencyMs, error };
    if (method !== undefined) sample.method = method;
    if (timeMs !== undefined && Number.isFinite(timeMs)) sample.timeMs = timeMs;
    if (errorKind !== undefined) sample.errorKind = errorKind;
    for (let i = 0; i < weight; i++) this.samples.push(sample);
  }

  transaction(
    _name: string,
    _timeMs: number | undefined,
    _latencyMs: number,
    _error: boolean,
    _kind?: LatencyKind,
  ): void {}
  vus(): void {}
  seen(): void {}
  iteration(): void {}
  check(): void {}
  diagnostic(): void {}
  version(): void {}
}
