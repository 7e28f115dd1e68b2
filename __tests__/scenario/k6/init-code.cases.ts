import { describe, expect, it } from '@jest/globals';
import { k6Adapter } from '../../../src/scenario/k6/adapter.js';
import { getValue } from '../../../src/scenario/value.js';
import { scenarioFromText } from './helpers.js';

const HEAD = "import http from 'k6/http';\n";

describe('init code that shapes options', () => {
  it('follows top-level assignments to options: k6 reads options after the init code ran', () => {
    const s = scenarioFromText(
      `${HEAD}export let options = { vus: 10, duration: '1m' };\noptions.thresholds = { http_req_failed: ['rate<0.01'] };\noptions.thresholds['checks'] = ['rate>0.99'];\nexport default function () { http.get('http://localhost/'); }\n`,
    );
    expect(s.criteria.status).toBe('present');
    expect(s.criteria.items.map((c) => [c.metric, c.loc.line])).toEqual([
      ['http_req_failed', 3],
      ['checks', 4],
    ]);
  });

  it('follows Object.assign(options, {...}), and an unreadable one makes options partly unknown', () => {
    const merged = scenarioFromText(
      `${HEAD}export const options = {};\nObject.assign(options, { thresholds: { checks: ['rate>0.9'] } });\nexport default function () {}\n`,
    );
    expect(merged.criteria.status).toBe('present');
    const unread = scenarioFromText(
      `${HEAD}export const options = {};\nObject.assign(options, JSON.parse(open('./o.json')));\nexport default function () {}\n`,
    );
    expect(unread.criteria.status).toBe('unknown');
  });

  it('ignores assignments inside functions: they run after k6 read the options', () => {
    const s = scenarioFromText(
      `${HEAD}export const options = { vus: 1 };\nexport function setup() { options.thresholds = { checks: ['rate>0.9'] }; }\nexport default function () {}\n`,
    );
    expect(s.criteria.status).toBe('absent');
    expect(getValue(s.native, 'vus')).toMatchObject({ kind: 'number', value: 1 });
  });
});

describe('library modules', () => {
  it('marks a file with neither a default function nor options as a library whose criteria are unknown', () => {
    const s = scenarioFromText(
      `${HEAD}export function browse(base) { http.get(\`\${base}/products\`); }\n`,
      'lib/browse.js',
    );
    expect(s.module).toBe(true);
    expect(s.criteria.status).toBe('unknown');
    expect(s.requests).toHaveLength(1);
    // A leading `${base}` before a path is the origin (k6 needs absolute URLs): one value per run.
    expect(s.requests[0]?.boundedUrl).toBe(true);
  });

  it('still reports run-time values after the origin', () => {
    const s = scenarioFromText(
      `${HEAD}export default function () { http.get(\`\${__ENV.BASE}/items/\${Math.random()}\`); http.get(base + '/items/' + id); }\nlet base; let id;\n`,
    );
    expect(s.requests.map((r) => r.boundedUrl)).toEqual([false, false]);
  });

  it('keeps a script that re-exports its default function as a script, recognised by content', () => {
    const text =
      "import { x } from './flow.js';\nexport { default } from './flow.js';\nexport const options = { vus: 5, duration: '30s' };\n";
    expect(k6Adapter.sniff(text, 'main.js')).toBe(true);
    expect(scenarioFromText(text, 'main.js').module).toBeUndefined();
    expect(
      k6Adapter.sniff(
        "export { default } from './app.js';\nexport const options = { port: 3000 };\n",
        'server.js',
      ),
    ).toBe(false);
  });
});
