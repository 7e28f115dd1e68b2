import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { SNIFF_BYTES, sniffFormat } from '../results/readers.js';
import { SampleRecorder, type RecordedSample } from '../results/raw/sample-recorder.js';
import type { SampleRunOptions } from '../results/raw/samples-to-run.js';

/**
 * Every request of a raw-sample result file (k6 NDJSON or CSV, JMeter JTL, Gatling simulation.log), held in
 * memory: for the detection benchmark and tests that resample or split a real run. Undefined when the file is
 * no raw-sample format. Small files only: the pipeline itself streams into sketches (`read-result-file.ts`).
 */
export async function readSamples(
  absolute: string,
  path = absolute,
): Promise<{ samples: RecordedSample[]; options: SampleRunOptions } | undefined> {
  let bytes = await readFile(absolute);
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = gunzipSync(bytes);
  // The stream readers take Latin-1 text, one char per byte, as read-result-file.ts gives them.
  const text = bytes.toString('latin1');
  const reader = sniffFormat(text.slice(0, SNIFF_BYTES), path);
  if (!reader?.loadStream) return undefined;
  const stream = await reader.loadStream();
  const recorder = new SampleRecorder();
  await stream.feed(
    (async function* () {
      yield text;
    })(),
    path,
    recorder,
  );
  return {
    samples: recorder.samples,
    options: {
      tool: stream.tool,
      format: stream.format,
      latencyKind: stream.latencyKind,
      stamps: stream.stamps,
      file: path,
    },
  };
}
