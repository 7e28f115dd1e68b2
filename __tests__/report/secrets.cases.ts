import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runEngine } from '../../src/engine/run.js';
import { renderJson } from '../../src/report/json.js';
import { REPO } from '../helpers/corpus.js';
import { workspaces } from '../helpers/workspace.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { MASK, maskSecretShapes, secretLiterals } from '../../src/report/secrets.js';
import { renderTerminal } from '../../src/report/terminal.js';
import { file, finding, report } from './build.js';

const SOURCE = [
  "import http from 'k6/http';",
  'export default function () {',
  "  http.get('https://api.example.com/items', { headers: { 'X-Api-Key': 'Zq8vT2mK9xLw4Rb7' } });",
  '}',
  '',
].join('\n');

function secretReport() {
  const column = SOURCE.split('\n')[2]!.indexOf("'Zq8") + 1;
  return report([
    file('load/api.js', [
      finding('load/api.js', 3, {
        ruleId: 'hardcoded-secret',
        category: 'security',
        message: '"X-Api-Key" holds a literal credential (16 characters).',
        loc: { file: 'load/api.js', line: 3, column, endLine: 3, endColumn: column + 18 },
        fix: {
          description: 'Read it from the environment.',
          edits: [
            {
              file: 'load/api.js',
              start: { line: 3, column },
              end: { line: 3, column: column + 18 },
              text: '__ENV.X_API_KEY',
            },
          ],
        },
      }),
    ]),
  ]);
}

describe('credentials', () => {
  it('are read from the file at the security finding, for masking and core.setSecret', () => {
    expect(secretLiterals(secretReport(), new Map([['load/api.js', SOURCE]]))).toEqual(['Zq8vT2mK9xLw4Rb7']);
  });

  it('never reach the comment, even in the removed line of a fix diff', () => {
    const body = renderMarkdown(secretReport(), { sources: new Map([['load/api.js', SOURCE]]) });
    expect(body).toContain('```diff');
    expect(body).toContain(
      `-  http.get('https://api.example.com/items', { headers: { 'X-Api-Key': '${MASK}' } });`,
    );
    expect(body).toContain(
      "+  http.get('https://api.example.com/items', { headers: { 'X-Api-Key': __ENV.X_API_KEY } });",
    );
    expect(body).not.toContain('Zq8vT2mK9xLw4Rb7');
  });

  it('are masked by shape in URLs and tokens wherever they pass', () => {
    expect(maskSecretShapes('GET /items?api_key=abc123&page=2&token=${__ENV.T}')).toBe(
      `GET /items?api_key=${MASK}&page=2&token=\${__ENV.T}`,
    );
    expect(maskSecretShapes('auth ghp_abcdefghijklmnopqrstuvwxyz0123456789 ok')).toBe(`auth ${MASK} ok`);
    const r = report([file('a.js', [finding('a.js', 1, { message: 'GET /x?password=hunter22xyz' })])]);
    expect(renderMarkdown(r)).not.toContain('hunter22xyz');
    expect(renderTerminal(r)).not.toContain('hunter22xyz');
  });
});

const workspace = workspaces();

describe('k6 setup_data', () => {
  it('never reaches the reports, whatever token setup() returned', async () => {
    const summary = JSON.parse(
      readFileSync(join(REPO, '__tests__/fixtures/results/k6-summary-current.json'), 'utf8'),
    ) as Record<string, unknown>;
    const token = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhZG1pbiJ9.c2lnbmF0dXJlLXNlY3JldA';
    summary.setup_data = { token, password: 'pr0d-Passw0rd!' };
    const cwd = workspace({
      'results/current.json': JSON.stringify(summary),
      'results/baseline.json': JSON.stringify({ ...summary, setup_data: { token } }),
    });
    const { report } = await runEngine({
      command: 'compare',
      cwd,
      baseline: 'results/baseline.json',
      current: ['results/current.json'],
    });
    for (const out of [renderJson(report), renderMarkdown(report), renderTerminal(report)]) {
      expect(out).not.toContain(token);
      expect(out).not.toContain('pr0d-Passw0rd!');
    }
  });
});
