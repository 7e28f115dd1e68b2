import type { Detector, DetectorNeed } from './detector.js';

/** What each need means to a user: which formats or options provide it. */
const NEED_TEXT: Record<DetectorNeed, string> = {
  totals: 'the run’s totals (every format)',
  endpoints:
    'per-endpoint rows (k6 submetrics or --out json, Artillery metrics-by-endpoint, JMeter labels, Gatling requests, Locust names)',
  'errors-by-kind':
    'failures by status code or error message (k6 --out json, Artillery, JMeter JTL, Gatling simulation.log, Locust failures)',
  series:
    'per-window data: k6 --out json or csv, a JMeter JTL, an Artillery report, a Gatling simulation.log, Locust --csv history',
  'series-load':
    'the load per window: active virtual users (k6 vus, JMeter allThreads, Gatling users, Locust user count) or arrivals (Artillery vusers.created)',
  phases:
    'request phases: k6 --out json or a k6 summary (http_req_blocked … http_req_receiving), a JMeter JTL with Connect and Latency',
  folding: 'how request names were folded into rows (runs read from raw samples or with many names)',
  delivery: 'what the tool says about delivering the load (k6 dropped_iterations, Artillery vusers.failed)',
  baseline: 'a baseline run to compare with (--baseline, the baseline input)',
};

/** A detector's docs page, `docs/analysis/<id>.md`, from its metadata alone. */
export function renderDetectorDoc(detector: Detector, header: string): string {
  return `<!-- ${header} -->

# \`${detector.id}\`: ${detector.title}

Analysis findings explain a run; they never change the verdict.

## When it fires

${detector.fires}

## What it indicates

${detector.indicates}

## What to do

${detector.action}

## What it needs

${detector.needs.map((n) => `- ${NEED_TEXT[n]}`).join('\n')}

A run without it lists this detector under \`skipped\` with what it needs, or says it is too short.
`;
}

/** `docs/analysis/README.md`: what analysis is, and every detector. */
export function renderDetectorIndex(detectors: readonly Detector[], header: string): string {
  return `<!-- ${header} -->

# Bottleneck detectors

\`loadgate compare\` and \`loadgate check\` run every detector over the current run (and its baseline, when
there is one). Each finding names what was seen with its numbers, the endpoint and the time window when
known, and the next step. Findings appear in every report format: the text report, the JSON report
(\`analysis\`), SARIF (rule \`analysis/<id>\`, located at the current result file), and the pull-request
comment, which shows the top three under the verdict (the job summary shows them all).

**Findings never change the verdict.** The verdict comes from the comparison, the SLOs and the lint
findings; a detector's heuristics explain the run and say what to do next, but a heuristic that misreads a
run must not fail a build.

A detector that cannot look at a run says why in \`skipped\`: a summary-only format has no windows
("needs per-window data: k6 --out json, JMeter JTL, Artillery report …"), a run can be too short, and some
detectors need a baseline. Every detector that can run on totals still runs.

| detector | what it finds |
|---|---|
${detectors.map((d) => `| [\`${d.id}\`](${d.id}.md) | ${d.title} |`).join('\n')}

\`node scripts/corpus-analysis.mjs\` runs every detector over the shared corpus of real result files and
prints what fires where.
`;
}
