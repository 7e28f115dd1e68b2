import type { GeneratorCpuWarnings, ReadDiagnostic, ResultReader } from '../model.js';

/**
 * A line of Locust's log, as its default formatter writes it (`locust/log.py`:
 * `[%(asctime)s] {HOSTNAME}/%(levelname)s/%(name)s: %(message)s`), to `--logfile` or standard error:
 * `[2024-11-02 23:39:14,706] load-gen/WARNING/root: CPU usage above 90%! …`. The time is the generator's
 * local clock, without a zone.
 */
const LINE = /^\[(\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}),(\d{3})\] (\S+?)\/([A-Z]+)\/([\w.]+): (.*)$/;

/** `runners.py` `monitor_cpu_and_memory`: logged once, the first time the process is over the threshold. */
const CPU_ABOVE = /^CPU usage above (\d+(?:\.\d+)?)%! This may constrain your throughput/;
/** The master, once per worker whose reported CPU went over 90 %. */
const WORKER_ABOVE = /^Worker (\S+) \(index \d+\) exceeded cpu threshold/;
/** At the end of the test (`cpu_log_warning`): said even when the first warning is not in the file. */
const CPU_SUMMARY = /^CPU usage was too high at some point during the test!/;
const WORKERS_SUMMARY = /^CPU usage threshold was exceeded on workers during the test!/;
/** Lines sniffing reads: a log starts with Locust's own lines (`Starting Locust`, `Run time limit set`). */
const SNIFF_LINES = 50;

/**
 * Locust's log (`--logfile`, or its standard error saved), recognised by content: Locust's line layout with
 * a `locust.*` logger. It holds no request counts, so it is read only with the `--csv` files of its run, where
 * it adds what only it says: that the generator's CPU was over Locust's warning threshold, and when.
 */
export const locustLogReader: ResultReader = {
  format: 'locust-log',
  tool: 'locust',
  fileNameHint: /\.(log|txt)$/i,
  sniff: (head) => {
    // Standard error mixes the log with the stats tables Locust prints every few seconds: one line of its own
    // layout, from a `locust.*` logger, is enough (no other tool writes `host/LEVEL/locust.main:`).
    for (const line of head.split(/\r?\n/, SNIFF_LINES)) {
      if (LINE.exec(line)?.[5]!.startsWith('locust.')) return true;
    }
    return false;
  },
  read: (_text, file) => ({
    diagnostics: [
      {
        file,
        message:
          'This Locust log has no request counts, so it is no run by itself: give it together with the --csv files of the same run (e.g. results_*.csv locust.log), and loadgate reads its CPU warnings.',
      },
    ],
  }),
};

/** The CPU warnings of a Locust log; undefined when it has none. */
export function parseLocustLog(
  text: string,
  file: string,
): { warnings?: GeneratorCpuWarnings; diagnostics: ReadDiagnostic[] } {
  let start: number | undefined;
  let first: { at: string; ms: number; host: string; line: number } | undefined;
  let count = 0;
  const workers = new Set<string>();
  let summary = false;
  let threshold: number | undefined;
  let lineNo = 0;
  for (const line of text.split(/\r?\n/)) {
    lineNo++;
    const m = LINE.exec(line);
    if (!m) continue;
    const [, clock, millis, host, , , message] = m;
    const ms = clockMs(clock!, millis!);
    if (start === undefined && ms !== undefined) start = ms;
    const above = CPU_ABOVE.exec(message!);
    const worker = WORKER_ABOVE.exec(message!);
    if (above || worker) {
      count++;
      if (above) threshold = Number(above[1]);
      if (worker) workers.add(worker[1]!);
      if (!first && ms !== undefined) first = { at: `${clock},${millis}`, ms, host: host!, line: lineNo };
    } else if (CPU_SUMMARY.test(message!) || WORKERS_SUMMARY.test(message!)) summary = true;
  }
  if (start === undefined)
    return {
      diagnostics: [
        {
          file,
          message:
            'No Locust log lines found ("[2024-11-02 23:39:14,706] host/WARNING/root: …"): expected Locust\'s --logfile or its saved standard error.',
        },
      ],
    };
  if (count === 0 && !summary) return { diagnostics: [] };
  const warnings: GeneratorCpuWarnings = { tool: 'locust', count: Math.max(count, 1), file };
  if (threshold !== undefined) warnings.thresholdPct = threshold;
  if (workers.size > 0) warnings.workers = workers.size;
  if (first) {
    warnings.firstAt = first.at;
    warnings.host = first.host;
    warnings.line = first.line;
    warnings.offsetSec = Math.max(0, (first.ms - start) / 1000);
  }
  return { warnings, diagnostics: [] };
}

/** The log's clock as milliseconds of a UTC day count: only differences between its lines are used. */
function clockMs(clock: string, millis: string): number | undefined {
  const ms = Date.parse(`${clock.replace(' ', 'T')}.${millis}Z`);
  return Number.isFinite(ms) ? ms : undefined;
}
