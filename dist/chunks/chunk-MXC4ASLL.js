import { createRequire as __loadgateCreateRequire } from 'node:module';
const require = __loadgateCreateRequire(import.meta.url);

// src/version.ts
var VERSION = "0.1.0";

// src/results/endpoint-name.ts
var OVERALL_NAME = "(all requests)";
function redactQuery(name) {
  const q = name.indexOf("?");
  if (q < 0) return name;
  const hash = name.indexOf("#", q);
  const query = name.slice(q + 1, hash < 0 ? void 0 : hash);
  const redacted = query.split("&").map((pair) => {
    const eq = pair.indexOf("=");
    return eq < 0 ? pair : `${pair.slice(0, eq)}=*`;
  }).join("&");
  return `${name.slice(0, q)}?${redacted}`;
}
function pathOf(urlOrPath) {
  if (urlOrPath.startsWith("/")) return urlOrPath.replace(/[?#].*$/, "");
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(urlOrPath)) return void 0;
  try {
    return new URL(urlOrPath).pathname;
  } catch {
    return void 0;
  }
}

// src/history/student-t.ts
function studentTwoSidedP(t, df) {
  if (!Number.isFinite(t)) return Number.isNaN(t) ? NaN : 0;
  if (t === 0) return 1;
  const x = df / (df + t * t);
  return Math.min(1, Math.max(0, incompleteBeta(x, df / 2, 0.5)));
}
function incompleteBeta(x, a, b) {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x));
  if (x < (a + 1) / (a + b + 2)) return front * continuedFraction(x, a, b) / a;
  return 1 - front * continuedFraction(1 - x, b, a) / b;
}
function continuedFraction(x, a, b) {
  const tiny = 1e-300;
  let c = 1;
  let d = 1 - (a + b) * x / (a + 1);
  if (Math.abs(d) < tiny) d = tiny;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 300; m++) {
    const m2 = 2 * m;
    let aa = m * (b - m) * x / ((a + m2 - 1) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    h *= d * c;
    aa = -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 1e-15) break;
  }
  return h;
}
function logGamma(z) {
  const g = 7;
  const c = [
    0.9999999999998099,
    676.5203681218851,
    -1259.1392167224028,
    771.3234287776531,
    -176.6150291621406,
    12.507343278686905,
    -0.13857109526572012,
    9984369578019572e-21,
    15056327351493116e-23
  ];
  if (z < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * z)) - logGamma(1 - z);
  const zz = z - 1;
  let x = c[0];
  for (let i = 1; i < g + 2; i++) x += c[i] / (zz + i);
  const t = zz + g + 0.5;
  return 0.5 * Math.log(2 * Math.PI) + (zz + 0.5) * Math.log(t) - t + Math.log(x);
}

// src/history/change-points.ts
var DEFAULTS = { windowLength: 50, maxPValue: 1e-3, minMagnitude: 0, kappa: "max" };
function firstPassPValue(p) {
  if (p < 0.05) return p * 10;
  if (p < 0.5) return p * 2;
  return p;
}
function detectChangePoints(series, options = {}) {
  const o = { ...DEFAULTS, ...options };
  const weak = splitPhase(series, o.windowLength, firstPassPValue(o.maxPValue), o.kappa);
  return mergePhase(weak, series, o.maxPValue, o.minMagnitude);
}
function splitPhase(series, windowLength, pValue, kappa = "max") {
  if (windowLength < 2) throw new RangeError("the window length must be at least 2");
  const step = Math.floor(windowLength / 2);
  const found = /* @__PURE__ */ new Set();
  let start = 0;
  while (start < series.length) {
    const end = Math.min(start + windowLength, series.length);
    const points = bisect(series.slice(start, end), tTestPoint, pValue, kappa);
    const last = points.length > 0 ? points[points.length - 1].index + start : 0;
    for (const p of points) found.add(p.index + start);
    start = Math.max(last, start + step);
  }
  const indices = [...found].sort((a, b) => a - b);
  return indices.map(
    (index, k) => tTestAt(series, index, indices[k - 1] ?? 0, indices[k + 1] ?? series.length)
  );
}
function mergePhase(weak, series, maxPValue, minMagnitude) {
  const points = [...weak];
  while (points.length > 0) {
    let weakest = argBest(points, (a, b) => pOf(a) > pOf(b));
    if (pOf(points[weakest]) < maxPValue) {
      weakest = argBest(points, (a, b) => a.magnitude < b.magnitude);
      if (points[weakest].magnitude > minMagnitude) return points;
    }
    points.splice(weakest, 1);
    for (const k of [weakest, weakest + 1]) {
      const p = points[k];
      if (!p) continue;
      const refreshed = tTestAt(
        series,
        p.index,
        points[k - 1]?.index ?? 0,
        points[k + 1]?.index ?? series.length
      );
      points[k] = { ...refreshed, qhat: p.qhat };
    }
  }
  return points;
}
function pOf(point) {
  return Number.isNaN(point.pValue) ? 1 : point.pValue;
}
function argBest(items, better) {
  let best = 0;
  for (let i = 1; i < items.length; i++) if (better(items[i], items[best])) best = i;
  return best;
}
function bisect(series, test, maxPValue, kappa = "max", onAccepted) {
  const accepted = [];
  for (; ; ) {
    onAccepted?.(accepted);
    const bounds = boundsOf(accepted, series.length);
    const best = nextCandidate(series, bounds, kappa);
    if (!best) return accepted;
    const interval = bounds.find(([a, b]) => a < best.index && best.index < b);
    const point = test(best, series, interval);
    if (!(point.pValue <= maxPValue)) return accepted;
    accepted.push(point);
    accepted.sort((a, b) => a.index - b.index);
  }
}
function boundsOf(points, length) {
  const cuts = [0, ...points.map((p) => p.index), length];
  const out = [];
  for (let i = 0; i + 1 < cuts.length; i++) if (cuts[i] !== cuts[i + 1]) out.push([cuts[i], cuts[i + 1]]);
  return out;
}
function nextCandidate(series, bounds, kappa) {
  let best;
  for (const [start, stop] of bounds) {
    if (stop - start < 2) continue;
    const c = candidateIn(series, start, stop, kappa);
    if (!best || c.qhat > best.qhat) best = c;
  }
  return best;
}
function candidateIn(series, start, stop, kappa) {
  return kappa === "end" ? candidateToEnd(series, start, stop) : candidateOverKappa(series, start, stop);
}
function energy(nx, my, cross, withinX, withinY) {
  const total = nx + my;
  return 2 / total * cross - (nx > 1 ? 2 * my / (total * (nx - 1)) * withinX : 0) - (my > 1 ? 2 * nx / (total * (my - 1)) * withinY : 0);
}
function candidateToEnd(series, start, stop) {
  let withinY = 0;
  for (let i = start; i < stop; i++)
    for (let j = i + 1; j < stop; j++) withinY += Math.abs(series[i] - series[j]);
  let withinX = 0;
  let cross = 0;
  let best;
  for (let tau = start + 1; tau < stop; tau++) {
    const v = series[tau - 1];
    let toX = 0;
    for (let i = start; i < tau - 1; i++) toX += Math.abs(series[i] - v);
    let toY = 0;
    for (let j = tau; j < stop; j++) toY += Math.abs(series[j] - v);
    withinX += toX;
    withinY -= toY;
    cross += toY - toX;
    const q = energy(tau - start, stop - tau, cross, withinX, withinY);
    if (!best || q > best.qhat) best = { index: tau, qhat: q };
  }
  return best ?? { index: start + 1, qhat: 0 };
}
function candidateOverKappa(series, start, stop) {
  const n = stop - start;
  const prefix = Array.from({ length: n + 1 }, () => new Float64Array(n + 1));
  for (let a = 1; a <= n; a++) {
    const row = prefix[a];
    const above = prefix[a - 1];
    const x = series[start + a - 1];
    let run = 0;
    for (let b = 1; b <= n; b++) {
      run += Math.abs(x - series[start + b - 1]);
      row[b] = above[b] + run;
    }
  }
  const rect = (a0, a1, b0, b1) => prefix[a1][b1] - prefix[a0][b1] - prefix[a1][b0] + prefix[a0][b0];
  let best;
  for (let tau = 1; tau < n; tau++) {
    for (let k = 2; k <= n; k++) {
      const q = k > tau ? energy(tau, k - tau, rect(0, tau, tau, k), rect(0, tau, 0, tau) / 2, rect(tau, k, tau, k) / 2) : 0;
      if (!best || q > best.qhat) best = { index: start + tau, qhat: q };
    }
  }
  return best ?? { index: start + 1, qhat: 0 };
}
function tTestPoint(candidate, series, [start, stop]) {
  return { ...tTestAt(series, candidate.index, start, stop), qhat: candidate.qhat };
}
function tTestAt(series, index, start, stop) {
  const n1 = index - start;
  const n2 = stop - index;
  const s1 = summary(series, start, index);
  const s2 = summary(series, index, stop);
  const df = n1 + n2 - 2;
  let p = 1;
  if (df > 0) {
    const pooled = ((n1 - 1) * s1.std ** 2 + (n2 - 1) * s2.std ** 2) / df;
    const se = Math.sqrt(pooled * (1 / n1 + 1 / n2));
    const t = (s1.mean - s2.mean) / se;
    p = Number.isNaN(t) ? NaN : studentTwoSidedP(t, df);
  }
  return { index, qhat: 0, ...statsOf(s1, s2, p) };
}
function summary(values, start, stop) {
  let sum = 0;
  for (let i = start; i < stop; i++) sum += values[i];
  const mean = sum / (stop - start);
  if (stop - start < 2) return { mean, std: 0 };
  let squares = 0;
  for (let i = start; i < stop; i++) squares += (values[i] - mean) ** 2;
  return { mean, std: Math.sqrt(squares / (stop - start)) };
}
function statsOf(before, after, pValue) {
  const forward = before.mean === 0 ? 0 : after.mean / before.mean - 1;
  const backward = after.mean === 0 ? 0 : before.mean / after.mean - 1;
  return {
    meanBefore: before.mean,
    meanAfter: after.mean,
    stdBefore: before.std,
    stdAfter: after.std,
    pValue,
    forwardChange: forward,
    magnitude: Math.max(Math.abs(forward), Math.abs(backward))
  };
}

// src/history/analyze.ts
var HISTORY_METRICS = {
  p95: { label: "p95", worse: "up", unit: "ms" },
  errorRate: { label: "error rate", worse: "up", unit: "ratio" },
  throughput: { label: "throughput", worse: "down", unit: "rps" }
};
function seriesOf(entries, endpoint, metric) {
  const values = [];
  const positions = [];
  entries.forEach((e, i) => {
    const stats = endpoint === OVERALL_NAME ? e.overall : e.endpoints[endpoint];
    const v = stats?.[metric];
    if (v !== void 0) {
      values.push(v);
      positions.push(i);
    }
  });
  return { values, positions };
}
function endpointsOf(entries, max) {
  const last = entries[entries.length - 1];
  if (!last) return [];
  const busiest = Object.entries(last.endpoints).sort(([an, a], [bn, b]) => (b.count ?? 0) - (a.count ?? 0) || an.localeCompare(bn)).slice(0, max).map(([name]) => name);
  return [OVERALL_NAME, ...busiest.filter((n) => n !== OVERALL_NAME)];
}
function findShifts(entries, options = {}) {
  const { windowLength = 50, maxPValue = 1e-3, minMagnitude = 0.05, maxEndpoints = 10 } = options;
  const shifts = [];
  for (const endpoint of endpointsOf(entries, maxEndpoints)) {
    for (const metric of Object.keys(HISTORY_METRICS)) {
      const { values, positions } = seriesOf(entries, endpoint, metric);
      if (values.length < 4) continue;
      const points = detectChangePoints(values, { windowLength, maxPValue, minMagnitude });
      const last = points[points.length - 1];
      if (!last || last.meanBefore === last.meanAfter) continue;
      const position = positions[last.index];
      const entry = entries[position];
      const up = last.meanAfter > last.meanBefore;
      const worse = HISTORY_METRICS[metric].worse === "up" === up;
      shifts.push({
        endpoint,
        metric,
        index: position,
        runsAgo: entries.length - 1 - position,
        ...entry.commit ? { commit: entry.commit } : {},
        time: entry.time,
        before: last.meanBefore,
        after: last.meanAfter,
        change: last.forwardChange,
        pValue: last.pValue,
        kind: worse ? "regression" : "improvement"
      });
    }
  }
  return shifts.sort(
    (a, b) => Number(b.kind === "regression") - Number(a.kind === "regression") || Math.abs(b.change) - Math.abs(a.change) || a.endpoint.localeCompare(b.endpoint)
  );
}
function ratchetProposals(entries, limits, options = {}) {
  const { runs = 5, usage = 0.5, margin = 0.25 } = options;
  const proposals = [];
  for (const limit of limits) {
    if (!(limit.value > 0)) continue;
    const recent = entries.slice(-runs);
    if (recent.length < runs) continue;
    const values = recent.map(
      (e) => (limit.endpoint === OVERALL_NAME ? e.overall : e.endpoints[limit.endpoint])?.[limit.metric]
    );
    if (values.some((v) => v === void 0)) continue;
    const numbers = values;
    if (limit.bound === "max") {
      const worst = Math.max(...numbers);
      if (worst > limit.value * usage) continue;
      const proposed = roundOutward(worst * (1 + margin), "up");
      if (proposed > 0 && proposed < limit.value) proposals.push({ limit, worst, runs, proposed });
    } else {
      const worst = Math.min(...numbers);
      if (worst < limit.value / usage) continue;
      const proposed = roundOutward(worst * (1 - margin), "down");
      if (proposed > limit.value) proposals.push({ limit, worst, runs, proposed });
    }
  }
  return proposals;
}
function roundOutward(value, direction) {
  if (value <= 0) return 0;
  const step = 10 ** (Math.floor(Math.log10(value)) - 1);
  const n = direction === "up" ? Math.ceil(value / step - 1e-9) : Math.floor(value / step + 1e-9);
  return Number((n * step).toPrecision(12));
}
function limitsFromThresholds(thresholds) {
  const limits = [];
  for (const t of thresholds) {
    const m = /^(http_req_duration|http_req_failed)(?:\{name:([^}]+)\})?$/.exec(t.metric.trim());
    if (!m) continue;
    const e = /^\s*(p\((\d+(?:\.\d+)?)\)|med|rate)\s*(<=?)\s*(\d+(?:\.\d+)?)\s*$/.exec(t.expression);
    if (!e) continue;
    const endpoint = m[2]?.trim() ?? OVERALL_NAME;
    const value = Number(e[4]);
    const source = `threshold ${t.metric}: ${t.expression.trim()}`;
    if (m[1] === "http_req_failed" && e[1] === "rate")
      limits.push({ endpoint, metric: "errorRate", bound: "max", value, source });
    if (m[1] === "http_req_duration") {
      const metric = e[1] === "med" ? "p50" : e[2] === "95" ? "p95" : e[2] === "99" ? "p99" : void 0;
      if (metric) limits.push({ endpoint, metric, bound: "max", value, source });
    }
  }
  return limits;
}

// src/report/format.ts
var MINUS = "\u2212";
var METRIC_LABELS = {
  p50: "p50",
  p90: "p90",
  p95: "p95",
  p99: "p99",
  mean: "mean",
  "error-rate": "errors",
  throughput: "throughput"
};
var METRIC_ORDER = ["p50", "p90", "p95", "p99", "mean", "error-rate", "throughput"];
function metricLabel(metric) {
  return METRIC_LABELS[metric] ?? metric;
}
function endpointLabel(endpoint) {
  if (endpoint.method && endpoint.path) return `${endpoint.method} ${endpoint.path}`;
  return endpoint.name;
}
function trimZeros(text) {
  return text.includes(".") ? text.replace(/\.?0+$/, "") : text;
}
function plain(value) {
  const abs = Math.abs(value);
  if (abs >= 10) return String(Math.round(value));
  if (abs >= 1) return trimZeros(value.toFixed(1));
  if (abs === 0) return "0";
  return trimZeros(value.toFixed(abs >= 0.1 ? 2 : 3));
}
function value3(value) {
  const abs = Math.abs(value);
  if (abs >= 100 || abs === 0) return String(Math.round(value));
  return trimZeros(value.toPrecision(3));
}
function percent(value) {
  const abs = Math.abs(value);
  if (abs < 0.05) return "0";
  return abs >= 10 ? String(Math.round(abs)) : trimZeros(abs.toFixed(1));
}
function signed(value, text) {
  if (text === "0") return "0";
  return value > 0 ? `+${text}` : value < 0 ? `${MINUS}${text.replace(/^-/, "")}` : text;
}
function formatValue(value, unit) {
  if (value === void 0 || !Number.isFinite(value)) return "\u2014";
  switch (unit) {
    case "ms":
      return Math.abs(value) >= 1e4 ? `${trimZeros((value / 1e3).toFixed(1))} s` : `${value3(value)} ms`;
    case "ratio":
      return `${value3(value * 100)}%`;
    case "req/s":
      return `${value3(value)} req/s`;
  }
}
function changeScale(verdict) {
  if (verdict.unit === "ratio") return { kind: "pp" };
  if (verdict.changePct !== void 0 && verdict.baseline !== void 0 && verdict.baseline !== 0) {
    return { kind: "pct", base: verdict.baseline };
  }
  return { kind: "abs" };
}
function scaled(value, scale, verdict) {
  switch (scale.kind) {
    case "pct":
      return signed(value, percent(value / scale.base * 100));
    case "pp":
      return signed(value, plain(Math.abs(value * 100)));
    case "abs":
      return signed(value, plain(Math.abs(value))) + (verdict.unit === "ms" ? " ms" : " req/s");
  }
}
function suffix(scale) {
  return scale.kind === "pct" ? "%" : scale.kind === "pp" ? " pp" : "";
}
function formatChange(verdict) {
  const scale = changeScale(verdict);
  if (scale.kind === "pct" && verdict.changePct !== void 0) {
    return signed(verdict.changePct, percent(verdict.changePct)) + "%";
  }
  if (verdict.change === void 0 || !Number.isFinite(verdict.change)) return "\u2014";
  return scaled(verdict.change, scale, verdict) + suffix(scale);
}
function formatInterval(verdict) {
  if (!verdict.ci || !verdict.ci.every(Number.isFinite)) return "";
  const scale = changeScale(verdict);
  const [low, high] = verdict.ci;
  const text = (v) => scaled(v, scale, verdict).replace(/ (ms|req\/s)$/, "");
  return `${text(low)} \u2026 ${text(high)}`;
}
function formatBudget(budget, unit) {
  const sign = budget.direction === "lower-is-better" ? "+" : MINUS;
  const parts = [];
  if (budget.relative !== void 0) parts.push(`${sign}${plain(Math.abs(budget.relative))}%`);
  if (budget.absolute !== void 0) {
    const abs = Math.abs(budget.absolute);
    parts.push(
      unit === "ratio" ? `${sign}${plain(abs * 100)} pp` : unit === "ms" ? `${sign}${plain(abs)} ms` : `${sign}${plain(abs)} req/s`
    );
  }
  return parts.length > 0 ? parts.join(" and ") : "\u2014";
}
function duration(seconds) {
  if (seconds >= 3600 && seconds % 3600 === 0) return `${seconds / 3600} h`;
  if (seconds >= 60 && seconds % 60 === 0) return `${seconds / 60} min`;
  if (seconds >= 120) return `${trimZeros((seconds / 60).toFixed(1))} min`;
  return `${plain(seconds)} s`;
}
function describeProfile(profile) {
  const parts = [];
  if (profile.arrivalRate !== void 0) parts.push(`${plain(profile.arrivalRate)} req/s`);
  if (profile.maxVUs !== void 0) parts.push(`${profile.maxVUs} VU${profile.maxVUs === 1 ? "" : "s"}`);
  if (profile.durationSec !== void 0) parts.push(duration(profile.durationSec));
  if (profile.iterations !== void 0) parts.push(`${profile.iterations} iterations`);
  return parts.join(", ");
}
function overshoot(verdict) {
  const sign = verdict.budget.direction === "lower-is-better" ? 1 : -1;
  const ratios = [];
  if (verdict.budget.relative && verdict.changePct !== void 0)
    ratios.push(sign * verdict.changePct / verdict.budget.relative);
  if (verdict.budget.absolute && verdict.change !== void 0)
    ratios.push(sign * verdict.change / verdict.budget.absolute);
  if (ratios.length === 0) return sign * (verdict.changePct ?? 0);
  return Math.max(...ratios.filter(Number.isFinite), Number.NEGATIVE_INFINITY);
}
function plural(count, singular, pluralForm = `${singular}s`) {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}
function shortCommit(commit) {
  if (!commit) return void 0;
  return /^[0-9a-f]{7,40}$/i.test(commit) ? commit.slice(0, 7) : commit.slice(0, 12);
}

// src/scenario/secrets.ts
var TOKEN_SHAPES = [
  [/^gh[pousr]_[A-Za-z0-9]{30,}$/, "a GitHub token"],
  [/^github_pat_[A-Za-z0-9_]{30,}$/, "a GitHub token"],
  [/^(?:AKIA|ASIA)[A-Z0-9]{16}$/, "an AWS access key"],
  [/^eyJ[A-Za-z0-9_-]{5,}\.eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{8,}$/, "a JSON Web Token"],
  [/^xox[abposr]-[A-Za-z0-9-]{10,}$/, "a Slack token"],
  [/^sk_(?:live|test)_[A-Za-z0-9]{16,}$/, "a Stripe key"],
  [/^glpat-[A-Za-z0-9_-]{20,}$/, "a GitLab token"],
  [/^-----BEGIN (?:[A-Z]+ )?PRIVATE KEY-----/, "a private key"],
  [/^Bearer\s+[A-Za-z0-9._~+/=-]{16,}$/i, "a bearer token"],
  [/^Basic\s+[A-Za-z0-9+/]{8,}={0,2}$/i, "basic-auth credentials"]
];
var CREDENTIAL_WORDS = /* @__PURE__ */ new Set([
  "password",
  "passwd",
  "pwd",
  "pass",
  "passphrase",
  "secret",
  "token",
  "apikey",
  "authorization",
  "auth",
  "bearer",
  "credential",
  "credentials",
  "cookie"
]);
var QUALIFIED = /* @__PURE__ */ new Map([
  ["key", /* @__PURE__ */ new Set(["api", "app", "access", "private", "secret", "client", "subscription", "signing"])],
  ["id", /* @__PURE__ */ new Set(["session"])]
]);
function words(text) {
  return text.replace(/([a-z])([A-Z])/g, "$1 $2").replace(/([A-Za-z])([0-9])/g, "$1 $2").split(/[^A-Za-z0-9]+/).filter(Boolean).map((w) => w.toLowerCase());
}
function isCredentialKey(key) {
  const w = words(key);
  const last = w[w.length - 1];
  if (!last) return false;
  if (CREDENTIAL_WORDS.has(last)) return true;
  return w.length > 1 && (QUALIFIED.get(last)?.has(w[w.length - 2] ?? "") ?? false);
}
function isPlaceholder(value) {
  const v = value.trim();
  if (v === "") return true;
  if (/\$\{|\{\{|%\(|<[^>]*>|^\$[A-Z_]+$|^%[^%]+%$/.test(v)) return true;
  if (/^[x*•.\-_#]+$/i.test(v)) return true;
  if (/^(?:changeme|change[_-]?me|todo|tbd|placeholder|redacted|none|null|undefined|secret|password|token)$/i.test(
    v
  ) || // The same words in leetspeak, as sample configs write them (`Chang3M3` in a Kafka plugin's plan).
  /^(?:change[_-]?me|placeholder|secret|password)$/i.test(unleet(v)))
    return true;
  if (/^(?:your|my)[_-]?.*(?:here|token|key|secret|password)$/i.test(v)) return true;
  if (/^(?:Bearer|Basic|Token)\s*$/i.test(v)) return true;
  if (/^(?:basic|digest|ntlm|aws4|bearer|oauth2?|jwt)$/i.test(v)) return true;
  return /^(?:https?|wss?):\/\//i.test(v);
}
function unleet(value) {
  const map = {
    "0": "o",
    "1": "i",
    "3": "e",
    "4": "a",
    "5": "s",
    "7": "t",
    "@": "a",
    $: "s"
  };
  return value.replace(/[013457@$]/g, (c) => map[c] ?? c);
}
var DUMMY_WORDS = /* @__PURE__ */ new Set([
  "demo",
  "dummy",
  "sample",
  "example",
  "fake",
  "test",
  "testing",
  "placeholder",
  "mock"
]);
var SPEC_PLACEHOLDERS = /* @__PURE__ */ new Set([
  "string",
  "str",
  "text",
  "value",
  "integer",
  "int",
  "number",
  "boolean",
  "bool",
  "object",
  "array",
  "uuid",
  "date",
  "date-time",
  "datetime",
  "email",
  "binary",
  "byte",
  "base64",
  "any",
  "default",
  "example"
]);
var JOKE_VALUES = /* @__PURE__ */ new Set([
  "hunter2",
  "letmein",
  "qwerty",
  "qwerty123",
  "abc123",
  "abcdef",
  "foobar",
  "foobarbaz",
  "iloveyou",
  "trustno1",
  "password1",
  "password123",
  "passw0rd",
  "p@ssw0rd",
  "p@ssword",
  "admin123",
  "secret123",
  "pass123",
  "pa55word",
  "opensesame",
  "swordfish"
]);
function isDummyOrProse(value) {
  const body = value.replace(/^(?:Bearer|Basic|Token)\s+/i, "");
  const lower = body.toLowerCase();
  if (SPEC_PLACEHOLDERS.has(lower) || /^string\s*\(.*\)$/.test(lower) || JOKE_VALUES.has(lower)) return true;
  if (/^[A-Za-z]{1,12}$/.test(body) || /^[0-9]{1,8}$/.test(body)) return true;
  if (isKeyboardRun(body)) return true;
  const w = words(body);
  if (w.some((word) => DUMMY_WORDS.has(word))) return true;
  return /^[a-z]+(?:[\s-][a-z]+){2,}$/.test(body);
}
function isKeyboardRun(value) {
  if (value.length < 6) return false;
  let runs = 1;
  for (let i = 1; i < value.length; i++) if (value.charCodeAt(i) !== value.charCodeAt(i - 1) + 1) runs++;
  return runs <= 2;
}
function maskSecret(value) {
  const scheme = /^(Bearer|Basic|Token)\s+/i.exec(value);
  const body = value.slice(scheme ? scheme[0].length : 0);
  const length = `${body.length} character${body.length === 1 ? "" : "s"}`;
  return scheme ? `${scheme[1]}, ${length}` : length;
}
function basicPassword(value) {
  const match = /^Basic\s+([A-Za-z0-9+/]{4,}={0,2})$/i.exec(value);
  if (!match?.[1] || match[1].length % 4 !== 0) return void 0;
  const decoded = Buffer.from(match[1], "base64").toString("utf8");
  if (!/^[\x20-\x7e]+$/.test(decoded)) return void 0;
  const colon = decoded.indexOf(":");
  return colon < 0 ? void 0 : decoded.slice(colon + 1);
}
function classifySecret(key, value) {
  const text = value.trim();
  if ((key === void 0 || !isCredentialKey(key)) && !/^Basic\s/i.test(text) && !TOKEN_SHAPES.some(([pattern]) => pattern.test(text)))
    return void 0;
  if (isPlaceholder(text)) return void 0;
  const basic = basicPassword(text);
  if (basic !== void 0) {
    if (isPlaceholder(basic) || basic.length < 3 || isDummyOrProse(basic)) return void 0;
    return {
      masked: `Basic, ${basic.length} character${basic.length === 1 ? "" : "s"}`,
      reason: "it decodes to basic-auth user:password, and the length given is the password's"
    };
  }
  for (const [pattern, reason] of TOKEN_SHAPES) {
    if (pattern.test(text)) return { masked: maskSecret(text), reason: `it has the shape of ${reason}` };
  }
  if (key === void 0 || !isCredentialKey(key) || text.length < 3 || isDummyOrProse(text)) return void 0;
  return { masked: maskSecret(text), reason: "its key names a credential" };
}

// src/report/secrets.ts
var MASK = "\u2022\u2022\u2022\u2022";
var TOKEN_SHAPES2 = [
  /\bgh[pousr]_[A-Za-z0-9]{30,}/g,
  /\bgithub_pat_[A-Za-z0-9_]{30,}/g,
  /\b(?:AKIA|ASIA)[A-Z0-9]{16}\b/g,
  /\beyJ[A-Za-z0-9_-]{5,}\.eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{8,}/g,
  /\bxox[abposr]-[A-Za-z0-9-]{10,}/g,
  /\bsk_(?:live|test)_[A-Za-z0-9]{16,}/g,
  /\bglpat-[A-Za-z0-9_-]{20,}/g
];
var QUERY_PARAM = /([?&;])([A-Za-z0-9_.-]{1,64})=([^&#\s"'`<>|)]+)/g;
function isReference(value) {
  return value === "*" || value.startsWith(MASK) || /\$\{|\{\{|^[$:]/.test(value);
}
function maskSecretShapes(text) {
  let out = text;
  for (const shape of TOKEN_SHAPES2) out = out.replace(shape, MASK);
  return out.replace(
    QUERY_PARAM,
    (all, sep, key, value) => isCredentialKey(key) && !isReference(value) ? `${sep}${key}=${MASK}` : all
  );
}
var MIN_LITERAL = 6;
function secretLiterals(report, sources) {
  if (!sources) return [];
  const found = /* @__PURE__ */ new Set();
  for (const file of report.files) {
    const source = sources.get(file.path);
    if (source === void 0) continue;
    const lines = source.split(/\r?\n/);
    for (const finding of [...file.findings, ...file.suppressed ?? []]) {
      if (finding.category !== "security") continue;
      const { line, column, endLine, endColumn } = finding.loc;
      if (endLine !== void 0 && endLine !== line) continue;
      const text = lines[line - 1];
      if (text === void 0) continue;
      const raw = text.slice(column - 1, endColumn !== void 0 ? endColumn - 1 : void 0);
      const quoted = /^(["'`])(.*)\1$/.exec(raw.trim());
      const value = (quoted ? quoted[2] : raw).trim();
      for (const part of [value, value.replace(/^(?:Bearer|Basic|Token)\s+/i, "")]) {
        if (part.length >= MIN_LITERAL) found.add(part);
      }
    }
  }
  return [...found].sort((a, b) => b.length - a.length);
}
function maskSecrets(text, literals = []) {
  let out = text;
  for (const literal of literals) out = out.split(literal).join(MASK);
  return maskSecretShapes(out);
}

// src/report/escape.ts
var ZWJ = "\u200D";
var ELLIPSIS = "\u2026";
var DEFAULT_INLINE_MAX = 500;
var UNSAFE_CHARS = (
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069]/g
);
function stripUnsafe(text) {
  return maskSecretShapes(text.replace(UNSAFE_CHARS, "").replace(/\t/g, " "));
}
function neutraliseMarker(text) {
  return text.replace(/loadgate:sticky/gi, (m) => `${m.slice(0, 9)}${ZWJ}${m.slice(9)}`);
}
function truncate(text, max) {
  if (max <= 0) return "";
  if (text.length <= max) return text;
  const points = Array.from(text);
  if (points.length <= max) return text;
  return points.slice(0, max - 1).join("") + ELLIPSIS;
}
function oneLine(text) {
  return text.replace(/\s*[\r\n]+\s*/g, " ");
}
function defuseAutolinks(text) {
  return text.replace(/@(?=[A-Za-z0-9_-])/g, `@${ZWJ}`).replace(/#(?=\d)/g, `#${ZWJ}`).replace(/([A-Za-z][A-Za-z0-9+.-]*):(?=\/\/)/g, `$1${ZWJ}:`).replace(/\b(www)\./gi, `$1${ZWJ}.`);
}
function htmlEntities(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
var MARKDOWN_PUNCTUATION = /[\\`*_[\]|~$!{}()]/g;
var AUTOLINKED = /[A-Za-z][A-Za-z0-9+.-]*:\/\/|\b[Ww][Ww][Ww]\.|@[A-Za-z0-9_-]|#\d|\b[A-Z][A-Z0-9]+-\d|\b(?=[0-9a-f]*[a-f])(?=[0-9a-f]*\d)[0-9a-f]{7,40}\b/;
function escapeProse(text) {
  return htmlEntities(defuseAutolinks(text)).replace(MARKDOWN_PUNCTUATION, (c) => `\\${c}`);
}
function escapeWords(text) {
  return text.split(/(\s+)/).map((word) => {
    if (word.trim() === "" || !AUTOLINKED.test(word)) return escapeProse(word);
    const [, before = "", core = "", after = ""] = /^([("'[]*)(.*?)([.,;:!?)"'\]]*)$/.exec(word) ?? [];
    if (!AUTOLINKED.test(core) || core.includes("|")) return escapeProse(word);
    return `${escapeProse(before)}${codeSpan(core, { maxLength: Infinity })}${escapeProse(after)}`;
  }).join("");
}
function escapeMarkdown(text, options = {}) {
  const clean = truncate(oneLine(stripUnsafe(text)).trim(), options.maxLength ?? DEFAULT_INLINE_MAX);
  return neutraliseMarker(escapeWords(clean));
}
function escapeHtml(text, options = {}) {
  const clean = truncate(oneLine(stripUnsafe(text)).trim(), options.maxLength ?? DEFAULT_INLINE_MAX);
  const escaped = htmlEntities(defuseAutolinks(clean)).replace(/"/g, "&quot;").replace(/'/g, "&#39;");
  return neutraliseMarker(escaped);
}
function longestRun(text, char) {
  let longest = 0;
  let current = 0;
  for (const c of text) {
    current = c === char ? current + 1 : 0;
    if (current > longest) longest = current;
  }
  return longest;
}
function codeSpan(text, options = {}) {
  let clean = truncate(oneLine(stripUnsafe(text)), options.maxLength ?? DEFAULT_INLINE_MAX);
  clean = neutraliseMarker(clean);
  if (clean.length === 0) clean = " ";
  if (options.table) clean = clean.replace(/\|/g, "\\|");
  const fence = "`".repeat(longestRun(clean, "`") + 1);
  const allSpaces = /^ +$/.test(clean);
  const pad = clean.startsWith("`") || clean.endsWith("`") || !allSpaces && clean.startsWith(" ") && clean.endsWith(" ");
  return pad ? `${fence} ${clean} ${fence}` : `${fence}${clean}${fence}`;
}
function fencedBlock(text, options = {}) {
  const indent = options.indent ?? "";
  const maxLines = options.maxLines ?? 200;
  const maxLineLength = options.maxLineLength ?? 300;
  let lines = neutraliseMarker(stripUnsafe(text)).replace(/\r\n?/g, "\n").split("\n").map((line) => truncate(line, maxLineLength));
  if (lines.length > maxLines) {
    const hidden = lines.length - maxLines;
    lines = [...lines.slice(0, maxLines), `${ELLIPSIS} ${hidden} more line${hidden === 1 ? "" : "s"}`];
  }
  const fence = "`".repeat(Math.max(3, longestRun(lines.join("\n"), "`") + 1));
  const language = (options.language ?? "").replace(/[^A-Za-z0-9-]/g, "");
  return [`${fence}${language}`, ...lines, fence].map((line) => line === "" ? "" : `${indent}${line}`).join("\n");
}
function terminalText(text, options = {}) {
  return truncate(oneLine(stripUnsafe(text)).trim(), options.maxLength ?? DEFAULT_INLINE_MAX);
}

// src/report/markdown-trend.ts
var CHARTED = ["p95", "errorRate", "throughput"];
function charted(metric, value) {
  const v = metric === "errorRate" ? value * 100 : value;
  return Number(v.toPrecision(4));
}
function unitOf(metric) {
  return metric === "p95" ? "ms" : metric === "errorRate" ? "%" : "req/s";
}
function mermaidText(text, max = 60) {
  const clean = text.replace(/[^A-Za-z0-9 _./:()%+=*-]/g, " ").replace(/\s+/g, " ").trim();
  return clean.length > max ? `${clean.slice(0, max - 1)}\u2026` : clean;
}
function label(entry, i) {
  return mermaidText(shortCommit(entry.commit) ?? `#${i + 1}`, 12);
}
function trendChart(input, endpoint, metric) {
  const runs = input.runs ?? 20;
  const shown = input.entries.slice(-runs);
  const { values, positions } = seriesOf(shown, endpoint, metric);
  if (values.length < 2) return void 0;
  const labels = positions.map((p) => label(shown[p], input.entries.length - shown.length + p));
  const line = values.map((v) => charted(metric, v));
  const currentStats = input.current && (endpoint === OVERALL_NAME ? input.current.overall : input.current.endpoints[endpoint]);
  const currentValue = currentStats?.[metric];
  const bar = line.map(() => 0);
  if (currentValue !== void 0) {
    labels.push(mermaidText(input.currentLabel ?? "this PR", 12));
    line.push(charted(metric, currentValue));
    bar.push(charted(metric, currentValue));
  }
  const name = endpoint === OVERALL_NAME ? "all requests" : endpoint;
  const title = `${HISTORY_METRICS[metric].label} of ${name} (${unitOf(metric)})`;
  const top = Math.max(...line) || 1;
  const lines = [
    "xychart-beta",
    `  title "${mermaidText(title)}"`,
    `  x-axis [${labels.map((l) => `"${l}"`).join(", ")}]`,
    `  y-axis "${unitOf(metric)}" 0 --> ${Number((top * 1.15).toPrecision(3))}`,
    ...currentValue !== void 0 ? [`  bar [${bar.join(", ")}]`] : [],
    `  line [${line.join(", ")}]`
  ];
  return fencedBlock(lines.join("\n"), { language: "mermaid", maxLines: 20, maxLineLength: 4e3 });
}
function percent2(change) {
  const p = Math.abs(change * 100);
  return `${p >= 10 ? p.toFixed(0) : p.toFixed(1)}%`;
}
function digits(v) {
  return Math.abs(v) >= 100 ? String(Math.round(v)) : String(Number(v.toPrecision(3)));
}
function valueText(metric, value) {
  if (metric === "errorRate") return `${digits(value * 100)}%`;
  return metric === "throughput" ? `${digits(value)} req/s` : `${digits(value)} ms`;
}
function describeShift(shift) {
  const verb = shift.after > shift.before ? "rose" : "fell";
  const ago = shift.runsAgo === 0 ? "the latest run" : `${shift.runsAgo} run${shift.runsAgo === 1 ? "" : "s"} ago`;
  const from = shortCommit(shift.commit) ?? `run ${shift.index + 1}`;
  return {
    metric: HISTORY_METRICS[shift.metric].label,
    endpoint: shift.endpoint === OVERALL_NAME ? "all requests" : shift.endpoint,
    rest: `${verb} ${percent2(shift.change)} from ${from} (${ago}): ${valueText(shift.metric, shift.before)} \u2192 ${valueText(shift.metric, shift.after)}`
  };
}
function shiftLine(shift) {
  const d = describeShift(shift);
  return `${shift.kind === "regression" ? "regression" : "improvement"}: ${d.metric} of ${d.endpoint} ${d.rest}`;
}
function limitValue(metric, value) {
  if (metric === "errorRate") return String(value);
  return metric === "throughput" ? `${value} req/s` : `${value} ms`;
}
function proposalLine(p) {
  const name = p.limit.endpoint === OVERALL_NAME ? "all requests" : p.limit.endpoint;
  return `${p.limit.metric} of ${name}: the last ${p.runs} runs stayed at or ${p.limit.bound === "max" ? "under" : "over"} ${limitValue(p.limit.metric, p.worst)}, far from the limit ${limitValue(p.limit.metric, p.limit.value)} (${p.limit.source}); tighten it to ${limitValue(p.limit.metric, p.proposed)}`;
}
function trendSection(input) {
  if (input.entries.length === 0) return void 0;
  const shown = Math.min(input.runs ?? 20, input.entries.length);
  const branch = input.branch ? ` on ${codeSpan(input.branch, { maxLength: 80 })}` : "";
  const out = [
    `### Trend`,
    "",
    `The last ${shown} run${shown === 1 ? "" : "s"}${branch}${input.current ? `, then ${escapeMarkdown(input.currentLabel ?? "this PR")} (the bar)` : ""}.`
  ];
  if (input.shifts.length > 0) {
    out.push("");
    for (const s of input.shifts) {
      const d = describeShift(s);
      const icon = s.kind === "regression" ? "\u{1F53A}" : "\u2705";
      out.push(
        `- ${icon} ${escapeMarkdown(d.metric)} of ${codeSpan(d.endpoint, { maxLength: 120 })} ${escapeMarkdown(d.rest)}`
      );
    }
  }
  if (input.proposals.length > 0) {
    out.push("", "**Tighten a limit** (ratchet):", "");
    for (const p of input.proposals) out.push(`- ${escapeMarkdown(proposalLine(p), { maxLength: 600 })}`);
  }
  const charts = [];
  for (const endpoint of [OVERALL_NAME, ...input.endpoints ?? []]) {
    for (const metric of CHARTED) {
      const chart = trendChart(input, endpoint, metric);
      if (chart) charts.push(chart);
    }
  }
  if (charts.length > 0) {
    const summary2 = `Charts: p95, error rate and throughput over the last ${plainRuns(shown)}`;
    out.push(
      "",
      "<details>",
      `<summary>${escapeHtml(summary2)}</summary>`,
      "",
      charts.join("\n\n"),
      "",
      "</details>"
    );
  }
  return out.join("\n");
}
function plainRuns(n) {
  return `${n} run${n === 1 ? "" : "s"}`;
}

export {
  OVERALL_NAME,
  redactQuery,
  pathOf,
  studentTwoSidedP,
  VERSION,
  isCredentialKey,
  classifySecret,
  findShifts,
  ratchetProposals,
  limitsFromThresholds,
  METRIC_ORDER,
  metricLabel,
  endpointLabel,
  formatValue,
  formatChange,
  formatInterval,
  formatBudget,
  describeProfile,
  overshoot,
  plural,
  shortCommit,
  maskSecretShapes,
  secretLiterals,
  maskSecrets,
  stripUnsafe,
  truncate,
  escapeMarkdown,
  escapeHtml,
  codeSpan,
  fencedBlock,
  terminalText,
  shiftLine,
  proposalLine,
  trendSection
};
