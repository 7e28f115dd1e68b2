import { describe, expect, it } from '@jest/globals';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { k6Adapter, MAX_SCRIPT_CHARS } from '../../../src/scenario/k6/adapter.js';
import { getValue } from '../../../src/scenario/value.js';
import { parseText, siblingReader } from './helpers.js';

describe('k6 adapter never runs the script', () => {
  it('reads a script and the modules it imports without executing a line of either', () => {
    const dir = mkdtempSync(join(tmpdir(), 'loadgate-k6-'));
    try {
      const marker = join(dir, 'pwned.txt');
      const fromHelper = join(dir, 'pwned-by-helper.txt');
      writeFileSync(
        join(dir, 'helper.js'),
        `import fs from 'fs';\nfs.writeFileSync(${JSON.stringify(fromHelper)}, 'x');\nexport const base = { vus: 2 };\n`,
      );
      writeFileSync(join(dir, 'data.json'), '{ "duration": "1m" }');
      const script = [
        "import fs from 'fs';",
        "import http from 'k6/http';",
        "import { base } from './helper.js';",
        `fs.writeFileSync(${JSON.stringify(marker)}, 'x');`,
        "const data = JSON.parse(open('./data.json'));",
        'export const options = { ...base, duration: data.duration, setupTimeout: (() => { require("child_process").execSync("touch " + ' +
          JSON.stringify(marker) +
          '); return "1m"; })() };',
        "export default function () { http.get('https://test.k6.io'); }",
      ].join('\n');
      const file = join(dir, 'script.js');
      writeFileSync(file, script);
      const result = k6Adapter.parse(script, file, siblingReader(dir));
      // The facts came through static reading...
      expect(getValue(result.scenario?.native, 'vus')).toMatchObject({ kind: 'number', value: 2 });
      expect(getValue(result.scenario?.native, 'duration')).toMatchObject({ kind: 'string', value: '1m' });
      expect(getValue(result.scenario?.native, 'setupTimeout')?.kind).toBe('unknown');
      // ...and nothing ran.
      expect(existsSync(marker)).toBe(false);
      expect(existsSync(fromHelper)).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('k6 adapter on hostile input', () => {
  it('reads an empty file as a script with nothing in it', () => {
    const result = parseText('');
    expect(result.diagnostics).toEqual([]);
    expect(result.scenario?.requests).toEqual([]);
    expect(result.scenario?.module).toBe(true); // no default, no options: a library, its criteria are its importers'
    expect(result.scenario?.criteria.status).toBe('unknown');
  });

  it('reports binary garbage as a syntax error, without throwing', () => {
    const bytes = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256));
    const result = parseText(bytes.toString('latin1'));
    expect(result.scenario).toBeUndefined();
    expect(result.diagnostics[0]).toMatchObject({ severity: 'error', line: expect.any(Number) });
    expect(result.diagnostics.length).toBeLessThanOrEqual(5);
  });

  it('declines a multi-megabyte bundle with a warning that says why', () => {
    const chunk = 'function f(a,b){var c=a+b;if(c>1){return[c,{k:"v",z:[1,2,3]}]}return null}';
    const text = "import http from 'k6/http';" + chunk.repeat(Math.ceil((5 * 1024 * 1024) / chunk.length));
    expect(k6Adapter.sniff(text, 'bundle.js')).toBe(true);
    const result = k6Adapter.parse(text, 'bundle.js', {});
    expect(result.scenario).toBeUndefined();
    expect(result.diagnostics).toEqual([
      {
        file: 'bundle.js',
        severity: 'warning',
        line: 1,
        message:
          'is 5.0 MB, over the 2 MB loadgate reads for a k6 script; this looks like a bundle, so lint its sources instead',
      },
    ]);
  });

  // `npm run bench` reads one of 400 KB (thousands of requests) within a time and memory budget
  // (scripts/bench-hostile.mjs); this one is just long enough for a minified line.
  it('reads a script of hundreds of functions, and calls it generated when it is minified onto one line', () => {
    const parts = [
      "import http from 'k6/http';import{sleep as s}from'k6';export const options={vus:10,duration:'1m'};",
    ];
    let i = 0;
    while (parts.join('\n').length < 24 * 1024) {
      parts.push(
        `function f${i}(a){var c=a*${i};http.get('https://x.test/p/'+c,{tags:{name:'n'}});return c}`,
      );
      i++;
    }
    parts.push('export default function(){f1(1);s(1)}');
    const text = parts.join('\n');
    expect(text.length).toBeLessThan(MAX_SCRIPT_CHARS);
    const scenario = parseText(text).scenario;
    expect(scenario?.requests).toHaveLength(i);
    expect(scenario?.workloads[0]).toMatchObject({ executor: 'constant-vus', maxVUs: 10 });
    expect(scenario?.thinkTimes).toEqual([
      expect.objectContaining({ seconds: 1, within: 'default', trailing: true }),
    ]);
    const minified = parseText(parts.join(''));
    expect(minified.scenario).toBeUndefined();
    expect(minified.diagnostics).toEqual([
      expect.objectContaining({
        severity: 'warning',
        line: 1,
        message: 'generated bundle: lint its sources (found minified code)',
      }),
    ]);
  });

  it('reports expressions nested too deeply instead of overflowing the stack', () => {
    const depth = 50_000;
    const text = `import 'k6';\nexport const options = { vus: ${'('.repeat(depth)}1${')'.repeat(depth)} };`;
    const result = parseText(text);
    expect(result.scenario).toBeUndefined();
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ severity: 'error', message: 'is nested too deeply to analyse statically' }),
    ]);
  });

  it('reads moderately nested data without losing it', () => {
    const depth = 300;
    const text = `import 'k6';\nexport const options = { tags: ${'{ a: '.repeat(depth)}1${' }'.repeat(depth)} };`;
    const result = parseText(text);
    expect(result.diagnostics).toEqual([]);
    expect(result.scenario?.native.kind).toBe('object');
  });

  it('survives a self-referencing constant', () => {
    const s = parseText(
      "import 'k6';\nconst a = { ...b };\nconst b = { ...a };\nexport const options = a;",
    ).scenario;
    expect(s?.native.kind).toBe('object');
    expect(s?.criteria.status).toBe('unknown');
  });

  it('survives modules that import each other', () => {
    const files: Record<string, string> = {
      '/p/a.js': "import { b } from './b.js';\nexport const a = { ...b, x: 1 };",
      '/p/b.js': "import { a } from './a.js';\nexport const b = { ...a, y: 2 };",
    };
    const context = {
      readSibling: (_from: string, spec: string) => {
        const file = `/p/${spec.slice(2)}`;
        const text = files[file];
        return text === undefined ? undefined : { file, text };
      },
    };
    const s = parseText(
      "import 'k6';\nimport { a } from './a.js';\nexport const options = a;",
      '/p/s.js',
      context,
    ).scenario;
    expect(getValue(s?.native, 'x')).toMatchObject({ kind: 'number', value: 1 });
  });

  it('never asks for remote modules or packages, only local files', () => {
    const reads: string[] = [];
    parseText(
      "import 'k6';\nimport x from 'https://jslib.k6.io/k6-utils/1.4.0/index.js';\nimport y from 'lodash';\nexport const options = { ...x, ...y };",
      's.js',
      {
        readSibling: (_from, spec) => {
          reads.push(spec);
          return undefined;
        },
      },
    );
    expect(reads).toEqual([]);
  });
});
