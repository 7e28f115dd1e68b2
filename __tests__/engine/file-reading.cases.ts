import { describe, expect, it } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeText, encodeText } from '../../src/engine/decode.js';
import { runEngine } from '../../src/engine/run.js';
import { K6_WITHOUT_CRITERIA, workspaces } from '../helpers/workspace.js';

const workspace = workspaces();

const withBom = (text: string, encoding: 'utf8-bom' | 'utf16le' | 'utf16be') => encodeText(text, encoding);

describe('reading scenario files', () => {
  it.each(['utf8-bom', 'utf16le', 'utf16be'] as const)(
    'decodes a %s file with a byte-order mark and lints it, with lines as the editor shows them',
    async (encoding) => {
      const cwd = workspace({});
      writeFileSync(join(cwd, 'load.js'), withBom(K6_WITHOUT_CRITERIA, encoding));
      const { report } = await runEngine({ command: 'lint', cwd });
      const [file] = report.files;
      expect(file?.tool).toBe('k6');
      expect(file?.diagnostics).toEqual([]);
      const criteria = file?.findings.find((f) => f.ruleId === 'no-pass-fail-criteria');
      const plain = await runEngine({ command: 'lint', cwd: workspace({ 'load.js': K6_WITHOUT_CRITERIA }) });
      const expected = plain.report.files[0]?.findings.find((f) => f.ruleId === 'no-pass-fail-criteria');
      expect(expected).toBeDefined();
      expect(criteria?.loc).toEqual(expected?.loc);
    },
  );

  it('round-trips every encoding it decodes, so --fix keeps the file as it was saved', () => {
    for (const encoding of ['utf8', 'utf8-bom', 'utf16le', 'utf16be'] as const) {
      expect(decodeText(encodeText('const é = "ü";\n', encoding))).toEqual({
        text: 'const é = "ü";\n',
        encoding,
      });
    }
  });

  it('lints a test whose imports are all local, found in a folder', async () => {
    const cwd = workspace({
      'perf/lib/flows.js':
        "import http from 'k6/http';\nexport function browse() { http.get(`${__ENV.BASE_URL}/`); }\n",
      'perf/main.js':
        "export { browse } from './lib/flows.js';\nexport const options = {\n  scenarios: { browse: { executor: 'constant-vus', vus: 5, duration: '1m', exec: 'browse' } },\n};\n",
    });
    const { report } = await runEngine({ command: 'lint', cwd });
    expect(report.files.map((f) => [f.path, f.tool])).toEqual([
      ['perf/lib/flows.js', 'k6'],
      ['perf/main.js', 'k6'],
    ]);
    expect(report.files[1]?.findings.map((f) => f.ruleId)).toContain('no-pass-fail-criteria');
  });

  it('reads a large discovered file whole only when its first 64 KiB look like a scenario', async () => {
    const padding = `// ${'x'.repeat(100)}\n`.repeat(1000); // about 100 kB: past the sniffed head
    const cwd = workspace({
      'load/big.js': `${K6_WITHOUT_CRITERIA}${padding}`,
      'src/big.js': `export const value = 1;\n${padding}`,
    });
    const { report } = await runEngine({ command: 'lint', cwd });
    expect(report.files.map((f) => [f.path, f.tool])).toEqual([['load/big.js', 'k6']]);
    expect(report.files[0]?.findings.map((f) => f.ruleId)).toContain('no-pass-fail-criteria');
  });

  it('says a generated bundle is one instead of linting it clean, and lints the other files', async () => {
    const cwd = workspace({
      'dist-k6/test.bundle.js':
        '(() => {\nvar __webpack_modules__ = {};\nfunction __webpack_require__(id) { return __webpack_modules__[id]; }\nconst http = require("k6/http");\nmodule.exports.default = function () { http.get("https://a.test/"); };\n})();\n',
      'load/api.js': K6_WITHOUT_CRITERIA,
    });
    const { report } = await runEngine({ command: 'lint', cwd });
    const bundle = report.files.find((f) => f.path === 'dist-k6/test.bundle.js');
    expect(bundle?.findings).toEqual([]);
    expect(bundle?.diagnostics).toEqual([
      expect.objectContaining({
        severity: 'warning',
        line: 2,
        message: 'generated bundle: lint its sources (found webpack runtime)',
      }),
    ]);
    expect(report.files.find((f) => f.path === 'load/api.js')?.findings.length).toBeGreaterThan(0);
  });

  it('takes a sourceMappingURL comment or minified code for generated output too', async () => {
    const minified = `import http from "k6/http";\n${'var a=1;'.repeat(500)}\n`;
    const cwd = workspace({
      'a.js': `import http from 'k6/http';\nexport default function () { http.get('https://a.test/'); }\n//# sourceMappingURL=a.js.map\n`,
      'b.js': minified,
    });
    const { report } = await runEngine({ command: 'lint', cwd });
    expect(report.files.map((f) => [f.path, f.diagnostics.map((d) => [d.line, d.message])])).toEqual([
      ['a.js', [[3, 'generated bundle: lint its sources (found sourceMappingURL comment)']]],
      ['b.js', [[2, 'generated bundle: lint its sources (found minified code)']]],
    ]);
  });
});
