import { describe, expect, it } from '@jest/globals';
import { applyEdits } from '../../../src/lint/fixes/apply.js';
import type { AdapterContext } from '../../../src/scenario/model.js';
import { findings, lines } from '../../helpers/rule-tester.js';

const DEFAULT = 'export default function () {\n  http.get(`${__ENV.BASE_URL}/`);\n}\n';

describe('k6/option-exported-outside-options', () => {
  const run = (code: string) => findings('k6/option-exported-outside-options', code, 'script.js');

  it('reports scenarios and thresholds exported beside options', () => {
    const code = `import http from 'k6/http';\nexport const options = { vus: 2 };\nexport const scenarios = { a: { executor: 'constant-vus', vus: 5, duration: '1m' } };\nexport const thresholds = { checks: ['rate>0.9'] };\n${DEFAULT}`;
    const found = run(code);
    expect(lines(found)).toEqual([3, 4]);
    expect(found[0]?.severity).toBe('error');
  });

  it('accepts an export the file uses, and options it cannot read', () => {
    const used = `import http from 'k6/http';\nexport const stages = [{ duration: '1m', target: 5 }];\nexport const options = { scenarios: { a: { executor: 'ramping-vus', stages } } };\n${DEFAULT}`;
    expect(run(used)).toEqual([]);
    const built = `import http from 'k6/http';\nimport { build } from './lib.js';\nexport const options = build();\nexport const thresholds = {};\n${DEFAULT}`;
    expect(run(built)).toEqual([]);
  });

  it('leaves libraries alone: no default function and no options', () => {
    expect(run("export const scenarios = { a: { executor: 'constant-vus' } };\n")).toEqual([]);
  });
});

describe('k6/missing-exec-function', () => {
  const run = (code: string) => findings('k6/missing-exec-function', code, 'script.js');

  it('reports a script with options and no default function', () => {
    const code = `import http from 'k6/http';\nexport const options = { vus: 1 };\nfunction main() {\n  http.get('/');\n}\n`;
    const found = run(code);
    expect(lines(found)).toEqual([1]);
    expect(found[0]?.message).toContain("function 'default' not found");
  });

  it('reports an exec naming a function that is defined but not exported', () => {
    const code = `import http from 'k6/http';\nexport const options = { scenarios: { a: { executor: 'constant-vus', exec: 'browse' } } };\nfunction browse() {}\n${DEFAULT}`;
    const found = run(code);
    expect(found.map((f) => f.message)).toEqual([expect.stringContaining('exec: "browse"')]);
  });

  it('accepts exported exec functions in any form, and stays silent on exports it cannot list', () => {
    const named = `import http from 'k6/http';\nexport const options = { scenarios: { a: { executor: 'constant-vus', exec: 'browse' } } };\nconst browse = () => http.get('/');\nexport { browse };\n`;
    expect(run(named)).toEqual([]);
    const star = `import http from 'k6/http';\nexport * from './flows.js';\nexport const options = { vus: 1 };\nhttp.get('/');\n`;
    expect(run(star)).toEqual([]);
    const builder = `import http from 'k6/http';\nimport { B } from './b.js';\nconst { options, run } = new B().request(() => http.get('/')).build();\nexport { options, run };\n`;
    expect(run(builder)).toEqual([]);
  });
});

describe('k6/options-duplicate-key', () => {
  it('reports a repeated key at any depth, but not thresholds or spread overrides', () => {
    const code = `import http from 'k6/http';\nconst base = { executor: 'constant-vus', vus: 1 };\nexport const options = {\n  scenarios: {\n    a: { executor: 'ramping-vus', executor: 'constant-vus', duration: '1m' },\n    b: { ...base, vus: 3 },\n  },\n  thresholds: { checks: ['rate>0.9'], checks: ['rate>0.99'] },\n};\n${DEFAULT}`;
    const found = findings('k6/options-duplicate-key', code, 'script.js');
    expect(lines(found)).toEqual([5]);
    expect(found[0]?.message).toContain('"scenarios.a.executor" is written again on line 5');
  });
});

describe('k6/threshold-metric-not-emitted', () => {
  const options =
    "export const options = { thresholds: { http_req_duration: ['p(95)<500'], checks: ['rate>0.9'] } };\n";
  const run = (code: string, context?: AdapterContext) =>
    findings('k6/threshold-metric-not-emitted', code, 'script.js', undefined, context);

  it('reports http metrics in a browser-only script and suggests the browser metric', () => {
    const code = `import { browser } from 'k6/browser';\n${options}export default async function () {}\n`;
    const found = run(code);
    expect(lines(found)).toEqual([2]);
    expect(found[0]?.message).toContain('browser_http_req_duration');
  });

  it('follows local imports: a helper that imports k6/http feeds the metric', () => {
    const context: AdapterContext = {
      readSibling: (_from, spec) =>
        spec === './api.js'
          ? { file: 'api.js', text: "import http from 'k6/http';\nexport const get = () => http.get('/');\n" }
          : undefined,
    };
    const code = `import { get } from './api.js';\n${options}export default function () {\n  get();\n}\n`;
    expect(run(code, context)).toEqual([]);
  });

  it('stays silent when a module it cannot see might send HTTP requests', () => {
    expect(
      run(`import { get } from './missing.js';\n${options}export default function () { get(); }\n`),
    ).toEqual([]);
    const remote = "import { Httpx } from 'https://jslib.k6.io/httpx/0.1.0/index.js';\n";
    expect(run(`${remote}${options}export default function () {}\n`)).toEqual([]);
    expect(
      run(`import { browser } from 'k6/experimental/browser';\n${options}export default function () {}\n`),
    ).toEqual([]);
  });

  it('leaves a shared options module (no default function, no exec) to the scripts that import it', () => {
    expect(run(`${options}`)).toEqual([]);
    const exec =
      "export const options = { scenarios: { a: { executor: 'shared-iterations', exec: 'run' } }, thresholds: { http_req_duration: ['p(95)<500'] } };\nexport function run() {}\n";
    expect(lines(run(exec))).toEqual([1]);
  });
});

describe('k6/deprecated-api', () => {
  const run = (code: string) => findings('k6/deprecated-api', code, 'script.js');

  it('renames graduated modules in place', () => {
    const code = `import { setTimeout } from 'k6/experimental/timers';\nimport { WebSocket } from "k6/experimental/websockets";\nexport default function () {}\n`;
    const found = run(code);
    expect(lines(found)).toEqual([1, 2]);
    const fixed = applyEdits(
      code,
      found.flatMap((f) => f.fix?.edits ?? []),
    )!;
    expect(fixed.split('\n').slice(0, 2)).toEqual([
      "import { setTimeout } from 'k6/timers';",
      'import { WebSocket } from "k6/websockets";',
    ]);
  });

  it('moves ext.loadimpact to cloud only when ext holds nothing else and cloud is unset', () => {
    const alone = `export const options = { vus: 1, ext: { loadimpact: { projectID: 1, name: 'x' } } };\nexport default function () {}\n`;
    const fixed = applyEdits(alone, run(alone)[0]!.fix!.edits!)!;
    expect(fixed.split('\n')[0]).toBe(
      "export const options = { vus: 1, cloud: { projectID: 1, name: 'x' } };",
    );
    expect(run(fixed)).toEqual([]);
    const mixed = `export const options = { ext: { loadimpact: { projectID: 1 }, other: {} } };\nexport default function () {}\n`;
    expect(run(mixed)[0]?.fix?.edits).toBeUndefined();
  });
});

describe('abrupt-ramp-up', () => {
  const k6 = (options: string) =>
    findings(
      'abrupt-ramp-up',
      `import http from 'k6/http';\nexport const options = ${options};\n${DEFAULT}`,
      'script.js',
    );

  it('reports vus that start at once below the peak (k6 uses them as startVUs)', () => {
    const found = k6(
      "{ vus: 100, stages: [{ duration: '1m', target: 100 }, { duration: '5m', target: 200 }] }",
    );
    expect(found[0]?.message).toContain('from 0 VUs to 100 VUs at once');
  });

  it('measures a step from the highest load so far, and honours minIncrease', () => {
    const art = (phases: string, options?: Record<string, unknown>) =>
      findings(
        'abrupt-ramp-up',
        `config:\n  target: http://localhost\n  phases:\n${phases}scenarios:\n  - flow:\n      - get: { url: / }\n`,
        'test.yml',
        options,
      );
    const stepped =
      '    - { duration: 60, arrivalRate: 50 }\n    - { pause: 10 }\n    - { duration: 60, arrivalRate: 120 }\n';
    expect(art(stepped)).toEqual([]);
    expect(lines(art(stepped, { minIncrease: 50, maxSeconds: 10 }))).toEqual([4]);
  });

  it('leaves spike tests alone', () => {
    const spike =
      "{ scenarios: { spike: { executor: 'ramping-vus', stages: [{ duration: '5s', target: 800 }, { duration: '1m', target: 0 }] } } }";
    expect(k6(spike)).toEqual([]);
  });
});
