import type { AnalysisFinding, AnalysisResult } from '../../analyze/model.js';
import type { Comparison, EndpointComparison, MetricVerdict } from '../../compare/model.js';
import { findShifts } from '../../history/analyze.js';
import { UPLOT_CSS, UPLOT_JS, UPLOT_VERSION } from '../../generated/uplot-asset.js';
import { VERSION } from '../../version.js';
import { endpointLabel, formatChange, formatValue, metricLabel } from '../format.js';
import { shiftLine } from '../markdown-trend.js';
import { DASHBOARD_SCRIPT } from './client.js';
import { dashboardData } from './data.js';
import { cspHash, htmlText, inlineScript, jsonForScript } from './embed.js';
import type { DashboardInput } from './model.js';

const STYLE = `
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: #111827; margin: 0; background: #f9fafb; }
main { max-width: 1160px; margin: 0 auto; padding: 16px 24px 40px; }
h1 { font-size: 22px; margin: 8px 0 4px; } h2 { font-size: 17px; margin: 28px 0 8px; }
.sub { color: #4b5563; margin: 0 0 12px; }
section, figure { background: #fff; border: 1px solid #e5e7eb; border-radius: 6px; padding: 12px 16px; margin: 12px 0; }
figure figcaption { font-weight: 600; margin-bottom: 6px; }
table { border-collapse: collapse; width: 100%; } th, td { text-align: left; padding: 4px 8px; border-bottom: 1px solid #f3f4f6; vertical-align: top; }
th { color: #374151; font-weight: 600; } td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.verdict { display: inline-block; padding: 2px 8px; border-radius: 4px; font-weight: 600; }
.v-regressed, .d-regressed { background: #fee2e2; color: #991b1b; } .v-pass, .d-improved { background: #dcfce7; color: #166534; }
.v-inconclusive, .v-not-comparable, .d-inconclusive { background: #fef3c7; color: #92400e; }
tr.regressed td { background: #fef2f2; }
.sev { font-weight: 600; text-transform: uppercase; font-size: 11px; padding: 1px 6px; border-radius: 3px; }
.sev-high { background: #fee2e2; color: #991b1b; } .sev-medium { background: #fef3c7; color: #92400e; } .sev-low { background: #e0e7ff; color: #3730a3; }
.next { color: #065f46; } .muted { color: #6b7280; }
.bar { background: #e5e7eb; border-radius: 3px; height: 10px; width: 160px; position: relative; }
.bar span { position: absolute; left: 0; top: 0; bottom: 0; border-radius: 3px; background: #2563eb; }
.bar span.met { background: #16a34a; }
footer { color: #6b7280; font-size: 12px; margin-top: 24px; }
`;

const SCORE_WIDTHS = Array.from({ length: 11 }, (_, i) => `.w${i} { width: ${i * 10}%; }`).join(' ');

/** The metrics each comparison row shows, in this order; a regressed metric outside them is shown too. */
const SHOWN_METRICS = new Set(['p95', 'error-rate', 'throughput']);

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function comparisonRows(row: EndpointComparison): MetricVerdict[] {
  return row.metrics.filter((m) => SHOWN_METRICS.has(m.metric) || m.decision === 'regressed');
}

/** The latest comparison: the verdict, then every regressed row first (called out), then the rest. */
function comparisonSection(comparison: Comparison | undefined): string {
  if (!comparison)
    return `<section id="comparison"><p class="muted">No comparison: give at least two runs as result or run files (a history holds summaries only).</p></section>`;
  const rows = [...comparison.endpoints].sort(
    (a, b) => Number(b.decision === 'regressed') - Number(a.decision === 'regressed'),
  );
  const regressed = comparison.endpoints.filter((e) => e.decision === 'regressed');
  const callout =
    regressed.length > 0
      ? `<p><strong>Regressed:</strong> ${regressed.map((e) => `<code>${htmlText(endpointLabel(e), 120)}</code>`).join(', ')}</p>`
      : comparison.comparable
        ? '<p>No endpoint regressed.</p>'
        : `<p>Not judged: ${htmlText(comparison.reasons.join('; '))}</p>`;
  const body = rows
    .flatMap((row) =>
      comparisonRows(row).map(
        (m, i) =>
          `<tr class="${m.decision === 'regressed' ? 'regressed' : ''}">` +
          `<td>${i === 0 ? htmlText(endpointLabel(row), 160) : ''}</td><td>${metricLabel(m.metric)}</td>` +
          `<td class="num">${formatValue(m.baseline, m.unit)}</td><td class="num">${formatValue(m.current, m.unit)}</td>` +
          `<td class="num">${formatChange(m)}</td><td><span class="verdict d-${m.decision}">${m.decision}</span></td>` +
          `<td class="muted">${m.decision === 'regressed' || m.decision === 'inconclusive' ? htmlText(m.why, 300) : ''}</td></tr>`,
      ),
    )
    .join('\n');
  return `<section id="comparison">
<p><span class="verdict v-${comparison.verdict}">${comparison.verdict}</span> ${htmlText(comparison.current.file, 200)} against ${htmlText(comparison.baseline.file, 200)}${comparison.baseline.origin ? ` (${htmlText(comparison.baseline.origin, 200)})` : ''}</p>
${callout}
<table><thead><tr><th>endpoint</th><th>metric</th><th>baseline</th><th>current</th><th>change</th><th>decision</th><th>why</th></tr></thead>
<tbody>
${body}
</tbody></table></section>`;
}

function windowText(finding: AnalysisFinding): string {
  if (!finding.window) return '';
  const at = (ms: number) => new Date(ms).toISOString().slice(11, 19);
  return ` <span class="muted">${at(finding.window.start)}–${at(finding.window.end)} UTC</span>`;
}

const SEVERITY_ORDER = { high: 0, medium: 1, low: 2 } as const;

function analysisSection(analysis: AnalysisResult | undefined): string {
  if (!analysis)
    return '<section id="analysis"><p class="muted">No analysis of the latest run was given.</p></section>';
  const findings = [...analysis.findings].sort(
    (a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity],
  );
  const items = findings.map(
    (f) =>
      `<li><span class="sev sev-${f.severity}">${f.severity}</span> <code>${htmlText(f.detector, 80)}</code>` +
      `${f.endpoint ? ` on <code>${htmlText(f.endpoint, 160)}</code>` : ''}${windowText(f)}<br>${htmlText(f.message)}` +
      `<br><span class="next">Next: ${htmlText(f.recommendation)}</span></li>`,
  );
  const skipped = analysis.skipped.map(
    (s) => `<li><code>${htmlText(s.detector, 80)}</code>: ${htmlText(s.reason, 300)}</li>`,
  );
  return `<section id="analysis">
${items.length > 0 ? `<ul class="findings">\n${items.join('\n')}\n</ul>` : '<p>No detector fired on the latest run.</p>'}
${skipped.length > 0 ? `<details><summary>${plural(skipped.length, 'detector')} could not run</summary><ul>\n${skipped.join('\n')}\n</ul></details>` : ''}
</section>`;
}

function maturitySection(maturity: DashboardInput['maturity']): string {
  if (!maturity) return '';
  const rows = maturity.practices.map((p) => {
    const score = Math.max(0, Math.min(10, Math.round(p.score)));
    return `<tr><td>${htmlText(p.name, 120)}</td><td class="num">${score}/10</td><td><div class="bar"><span class="w${score}${p.score >= p.required ? ' met' : ''}"></span></div></td><td class="muted">${htmlText(p.reason, 300)}</td></tr>`;
  });
  const next = maturity.nextSteps.map((s) => `<li>${htmlText(s, 300)}</li>`).join('\n');
  return `<h2>Maturity scorecard</h2>
<section id="maturity">
<p><strong>Level ${maturity.level}</strong>: ${htmlText(maturity.levelName, 120)}</p>
<table><thead><tr><th>practice</th><th>score</th><th></th><th>why</th></tr></thead><tbody>
${rows.join('\n')}
</tbody></table>
${next ? `<p>Next steps:</p><ul>\n${next}\n</ul>` : ''}
</section>`;
}

/**
 * The trend dashboard: one HTML file that opens offline. uPlot and the page's script are inlined, the runs'
 * data is JSON in the page, and a Content-Security-Policy allows nothing but those exact scripts and styles,
 * so the page cannot fetch anything even if a name in the data tried to make it. Text from result files is
 * escaped (and credential shapes masked) wherever it is written into the HTML.
 */
export function renderDashboard(input: DashboardInput): string {
  const data = dashboardData(input);
  const shifts = input.shifts ?? findShifts(input.entries);
  const css = UPLOT_CSS + STYLE + SCORE_WIDTHS;
  const scripts = [inlineScript(UPLOT_JS), inlineScript(DASHBOARD_SCRIPT)];
  const csp = [
    "default-src 'none'",
    `script-src ${scripts.map(cspHash).join(' ')}`,
    // uPlot sizes its elements through the style attribute (CSSOM), which the policy allows.
    `style-src ${cspHash(css)}`,
    "img-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  const tools = [...new Set(input.entries.map((e) => e.tool))].join(', ');
  const first = data.runs[0];
  const last = data.runs[data.runs.length - 1];
  const span = first && last ? `${first.time.slice(0, 10)} to ${last.time.slice(0, 10)}` : '';
  const generated = input.generatedAt ?? last?.time ?? '';
  const charts = data.charts
    .map(
      (c) =>
        `<figure data-metric="${c.metric}"><figcaption>${c.title} (${c.unit}), per endpoint</figcaption><div class="plot" data-chart="${c.metric}"></div></figure>`,
    )
    .join('\n');
  const shiftItems = shifts.map((s) => `<li>${htmlText(shiftLine(s), 400)}</li>`).join('\n');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>loadgate trend: ${plural(data.runs.length, 'run')}</title>
<style>${css}</style>
</head>
<body>
<main>
<h1>Load-test trend</h1>
<p class="sub">${plural(data.runs.length, 'run')}${tools ? ` of ${htmlText(tools, 120)}` : ''}${span ? `, ${span}` : ''}. Oldest first; hover a chart for each run's numbers.</p>
<h2>Charts</h2>
${charts}
<h2>Lasting shifts</h2>
<section id="shifts">${shiftItems ? `<ul>\n${shiftItems}\n</ul>` : '<p class="muted">No lasting shift found (change points need about 6 runs or more).</p>'}</section>
<h2>Latest comparison</h2>
${comparisonSection(input.comparison)}
<h2>Analysis of the latest run</h2>
${analysisSection(input.analysis)}
${maturitySection(input.maturity)}
<footer>Written by loadgate ${htmlText(VERSION, 40)}${generated ? ` from runs up to ${htmlText(generated, 40)}` : ''}. Charts: uPlot ${htmlText(UPLOT_VERSION, 20)} (MIT), inlined. This file makes no network request.</footer>
</main>
<script type="application/json" id="loadgate-data">${jsonForScript(data)}</script>
<script>${scripts[0]}</script>
<script>${scripts[1]}</script>
</body>
</html>
`;
}
