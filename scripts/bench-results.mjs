// Raw result files for the reader benchmark (`npm run bench`): a k6 `--out json` NDJSON and a JMeter CSV JTL
// of a given size, deterministic (seeded), with 20 endpoints, ids in their URLs, k6's default system tags and
// JMeter's 17 default columns, about 1 % of 5xx. Each file comes with the exact latencies per endpoint (the
// folded name loadgate gives it), to measure the percentile error of what loadgate reports.
import { closeSync, openSync, writeSync } from 'node:fs';

const HOST = 'https://shop.example.test';
/** Endpoint templates: `{n}` becomes a number, `{u}` a UUID, `{h}` a hex hash. */
const ROUTES = [
  ['GET', '/api/products/{n}', 40],
  ['GET', '/api/products/{n}/reviews', 85],
  ['GET', '/api/products/{n}/images/{n}', 25],
  ['GET', '/api/categories/{n}/products', 120],
  ['GET', '/api/users/{n}', 30],
  ['GET', '/api/users/{n}/cart', 45],
  ['POST', '/api/users/{n}/cart/items', 70],
  ['DELETE', '/api/users/{n}/cart/items/{n}', 55],
  ['GET', '/api/orders/{u}', 60],
  ['POST', '/api/orders', 180],
  ['GET', '/api/orders/{u}/status', 20],
  ['POST', '/api/payments/{u}/capture', 350],
  ['GET', '/api/search', 220],
  ['GET', '/api/recommendations/{n}', 150],
  ['GET', '/static/{h}/app.js', 8],
  ['GET', '/static/img/{h}', 6],
  ['POST', '/api/auth/login', 260],
  ['GET', '/api/inventory/{n}', 35],
  ['PUT', '/api/users/{n}/profile', 90],
  ['GET', '/health', 3],
];

/** mulberry32: small, fast and the same everywhere. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function requests(seed) {
  const rand = prng(seed);
  const hex = (n) => {
    let s = '';
    for (let i = 0; i < n; i++) s += ((rand() * 16) | 0).toString(16);
    return s;
  };
  const id = {
    n: () => String(1 + ((rand() * 99999) | 0)),
    u: () => `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}`,
    h: () => hex(20),
  };
  // Each template split once at its placeholders: [text, kind, text, kind, …, text].
  const parts = ROUTES.map(([, t]) => t.split(/\{([nuh])\}/));
  const fill = (r) => {
    const p = parts[r];
    let s = p[0];
    for (let i = 1; i < p.length; i += 2) s += id[p[i]]() + p[i + 1];
    return s;
  };
  // The sampler names of a recorded JMeter plan: each route's path with the ids seen while recording.
  const recorded = ROUTES.map((_, r) => fill(r));
  // Log-normal around each route's median, a slow tail for 2 % of requests.
  const gauss = () => Math.sqrt(-2 * Math.log(rand() || 1e-12)) * Math.cos(2 * Math.PI * rand());
  return () => {
    const r = (rand() * ROUTES.length) | 0;
    const [method, template, median] = ROUTES[r];
    const slow = rand() < 0.02 ? 4 : 1;
    const latency = median * slow * Math.exp(0.45 * gauss());
    const status = rand() < 0.01 ? (rand() < 0.7 ? 500 : 503) : method === 'POST' ? 201 : 200;
    return { route: r, method, template, path: fill(r), recorded: recorded[r], latency, status };
  };
}

/** Writes ASCII text through an 8 MB buffer: no string is joined, so generating 1 GB stays quick. */
function writer(file) {
  const fd = openSync(file, 'w');
  const buf = Buffer.allocUnsafe(8 << 20);
  let off = 0;
  let written = 0;
  return {
    add(s) {
      if (off + s.length > buf.length) this.flush();
      off += buf.latin1Write(s, off);
    },
    flush() {
      let at = 0;
      while (at < off) at += writeSync(fd, buf, at, off - at);
      written += off;
      off = 0;
    },
    get bytes() {
      return written + off;
    },
    close() {
      this.flush();
      closeSync(fd);
    },
  };
}

/** Exact latencies per folded endpoint name, grown as needed. */
class Exact {
  constructor(names) {
    this.values = names.map(() => new Float64Array(1024));
    this.counts = names.map(() => 0);
    this.names = names;
  }
  add(route, v) {
    let arr = this.values[route];
    const n = this.counts[route];
    if (n === arr.length) {
      const next = new Float64Array(arr.length * 2);
      next.set(arr);
      this.values[route] = arr = next;
    }
    arr[n] = v;
    this.counts[route] = n + 1;
  }
  /**
   * Per endpoint name: the count and the sample of rank p·(n − 1) for p50/p95/p99, the rank the sketch answers
   * for (k6 interpolates between the two samples around it; in a sparse tail that gap alone can exceed 1 %).
   */
  percentiles() {
    const out = {};
    this.names.forEach((name, r) => {
      const sorted = this.values[r].subarray(0, this.counts[r]).sort();
      const at = (p) => sorted[Math.floor(p * (sorted.length - 1))];
      out[name] = { count: sorted.length, p50: at(0.5), p95: at(0.95), p99: at(0.99) };
    });
    return out;
  }
}

const folded = (template) => template.replace(/\{[nuh]\}/g, '{id}');
const T0 = Date.UTC(2026, 0, 15, 9, 0, 0);

/** k6 --out json of about `bytes`: 9 points per request, iteration points, vus every second. */
export function writeK6Ndjson(file, bytes, seed = 1) {
  const next = requests(seed);
  // A k6 row is the folded URL (its `name` tag) and the method.
  const exact = new Exact(ROUTES.map(([m, t]) => `${m} ${HOST}${folded(t)}`));
  const out = writer(file);
  const metric = (name, type, contains) =>
    `{"type":"Metric","data":{"name":"${name}","type":"${type}","contains":"${contains}","thresholds":[],"submetrics":null},"metric":"${name}"}\n`;
  for (const [name, type, contains] of [
    ['http_reqs', 'counter', 'default'],
    ['http_req_duration', 'trend', 'time'],
    ['http_req_blocked', 'trend', 'time'],
    ['http_req_connecting', 'trend', 'time'],
    ['http_req_tls_handshaking', 'trend', 'time'],
    ['http_req_sending', 'trend', 'time'],
    ['http_req_waiting', 'trend', 'time'],
    ['http_req_receiving', 'trend', 'time'],
    ['http_req_failed', 'rate', 'default'],
    ['data_sent', 'counter', 'data'],
    ['data_received', 'counter', 'data'],
    ['iteration_duration', 'trend', 'time'],
    ['iterations', 'counter', 'default'],
    ['vus', 'gauge', 'default'],
  ])
    out.add(metric(name, type, contains));
  let ms = T0;
  let second = -1;
  let iso = '';
  let i = 0;
  while (out.bytes < bytes) {
    const q = next();
    ms += 2.5;
    if (Math.floor(ms / 1000) !== second) {
      second = Math.floor(ms / 1000);
      iso = new Date(second * 1000 + 3600_000).toISOString().slice(0, 19);
      out.add(
        `{"metric":"vus","type":"Point","data":{"time":"${iso}.000000000+01:00","value":50,"tags":{}}}\n`,
      );
    }
    const time = `${iso}.${String(Math.floor((ms % 1000) * 1e6)).padStart(9, '0')}+01:00`;
    const url = `${HOST}${q.path}`;
    const ok = q.status < 400;
    const tags = `{"expected_response":"${ok}","group":"::shop","method":"${q.method}","name":"${url}","proto":"HTTP/1.1","scenario":"browse","status":"${q.status}","tls_version":"tls1.3","url":"${url}"}`;
    const value = Math.round(q.latency * 1e6) / 1e6;
    exact.add(q.route, value);
    const point = (name, v) =>
      `{"metric":"${name}","type":"Point","data":{"time":"${time}","value":${v},"tags":${tags}}}\n`;
    out.add(
      point('http_reqs', 1) +
        point('http_req_duration', value) +
        point('http_req_blocked', 0.004512) +
        point('http_req_connecting', 0) +
        point('http_req_tls_handshaking', 0) +
        point('http_req_sending', 0.031) +
        point('http_req_waiting', Math.round(value * 0.93 * 1e6) / 1e6) +
        point('http_req_receiving', 0.212) +
        point('http_req_failed', ok ? 0 : 1),
    );
    if (++i % 4 === 0) {
      const it = `{"group":"","scenario":"browse"}`;
      out.add(
        `{"metric":"data_sent","type":"Point","data":{"time":"${time}","value":1843,"tags":${it}}}\n` +
          `{"metric":"data_received","type":"Point","data":{"time":"${time}","value":48211,"tags":${it}}}\n` +
          `{"metric":"iteration_duration","type":"Point","data":{"time":"${time}","value":${(value * 4).toFixed(6)},"tags":${it}}}\n` +
          `{"metric":"iterations","type":"Point","data":{"time":"${time}","value":1,"tags":${it}}}\n`,
      );
    }
  }
  out.close();
  return { bytes: out.bytes, requests: i, exact: exact.percentiles() };
}

/**
 * JMeter CSV JTL with a header and the 17 default columns, of about `bytes`. The label is the sampler's name,
 * as recorded (its path with the ids of the recording, folded by loadgate); the URL column has each request's
 * own ids. A label with a new id on every row (a sampler named `${path}`) costs the reader a folding per row.
 */
export function writeJtlCsv(file, bytes, seed = 2) {
  const next = requests(seed);
  const exact = new Exact(ROUTES.map(([, t]) => folded(t)));
  const out = writer(file);
  out.add(
    'timeStamp,elapsed,label,responseCode,responseMessage,threadName,dataType,success,failureMessage,bytes,sentBytes,grpThreads,allThreads,URL,Latency,IdleTime,Connect\n',
  );
  let ms = T0;
  let i = 0;
  while (out.bytes < bytes) {
    const q = next();
    ms += 1;
    const elapsed = Math.max(1, Math.round(q.latency));
    exact.add(q.route, elapsed);
    const ok = q.status < 400;
    const thread = `Shop users 1-${1 + (i % 50)}`;
    const message = ok ? (q.status === 201 ? 'Created' : 'OK') : 'Internal Server Error';
    out.add(
      `${ms},${elapsed},${q.recorded},${q.status},${message},${thread},text,${ok},,${2000 + (i % 7000)},${300 + (i % 200)},50,50,${HOST}${q.path},${Math.max(1, elapsed - 2)},0,${i % 100 === 0 ? 3 : 0}\n`,
    );
    i++;
  }
  out.close();
  return { bytes: out.bytes, requests: i, exact: exact.percentiles() };
}
