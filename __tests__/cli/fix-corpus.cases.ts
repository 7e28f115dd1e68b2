import { describe, expect, it } from '@jest/globals';
import { parse as parseJs } from '@babel/parser';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, relative } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { main } from '../../src/cli/main.js';
import { CORPUS, REPO } from '../helpers/corpus.js';

/**
 * `loadgate lint --fix` over real files: the Artillery corpus, the real k6 scripts committed as fixtures and
 * the examples. Every file that parsed before must parse after, by the parsers the tools use (YAML refusing
 * duplicate keys, JSON.parse for a JSON script, Babel for k6), and every fix the CLI says it wrote must have
 * taken its finding away.
 */
const SOURCES = [
  { name: 'artillery-corpus', dir: join(CORPUS, 'scenarios/artillery') },
  { name: 'k6-real', dir: join(REPO, '__tests__/fixtures/real/k6') },
  { name: 'examples', dir: join(REPO, 'examples') },
];
const corpusPresent = existsSync(SOURCES[0]!.dir);

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** Why the text does not parse as its tool would read it, or undefined when it does. */
function parseError(path: string, text: string): string | undefined {
  const ext = extname(path);
  try {
    if (ext === '.json') JSON.parse(text);
    else if (ext === '.yml' || ext === '.yaml') {
      for (const doc of parseAllDocuments(text, { uniqueKeys: true }))
        if (doc.errors.length > 0) return doc.errors[0]!.message;
    } else if (['.js', '.mjs', '.cjs', '.ts'].includes(ext)) {
      parseJs(text, { sourceType: 'module', plugins: ext === '.ts' ? ['typescript'] : [] });
    }
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

async function cli(cwd: string, args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    cwd,
    env: {},
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: (t: string) => (stderr += t) },
  });
  return { code, stdout, stderr };
}

interface JsonFinding {
  ruleId: string;
  line: number;
}
type JsonReport = { files: { path: string; findings: JsonFinding[] }[] };

function countsByRule(report: JsonReport): Map<string, number> {
  const counts = new Map<string, number>();
  for (const file of report.files)
    for (const f of file.findings) {
      const key = `${file.path}\u0000${f.ruleId}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  return counts;
}

describe('loadgate lint --fix over real files', () => {
  (corpusPresent ? it : it.skip)(
    'never breaks a file, and every fix it reports removes its finding (the shared corpus is needed)',
    async () => {
      const cwd = mkdtempSync(join(tmpdir(), 'loadgate-fix-corpus-'));
      for (const { name, dir } of SOURCES)
        if (existsSync(dir)) cpSync(dir, join(cwd, name), { recursive: true });
      const files = filesUnder(cwd);
      const before = new Map(files.map((f) => [f, readFileSync(f, 'utf8')]));

      const linted = await cli(cwd, ['lint', '.', '--format', 'json']);
      const findingsBefore = countsByRule(JSON.parse(linted.stdout) as JsonReport);
      const fixed = await cli(cwd, ['lint', '.', '--fix-suggestions', '--format', 'json']);
      const findingsAfter = countsByRule(JSON.parse(fixed.stdout) as JsonReport);

      const broken: string[] = [];
      let changed = 0;
      for (const file of files) {
        const text = readFileSync(file, 'utf8');
        if (text !== before.get(file)) changed++;
        if (parseError(file, before.get(file)!) !== undefined) continue; // broken in its project already
        const error = parseError(file, text);
        if (error !== undefined) broken.push(`${relative(cwd, file)}: ${error.split('\n')[0]}`);
      }
      expect(broken).toEqual([]);

      const written = [...fixed.stderr.matchAll(/^loadgate: (.+):(\d+): fixed \[(.+)\]$/gm)];
      expect(new Set(written.map(([, path]) => path)).size).toBe(changed);
      expect(changed).toBeGreaterThanOrEqual(30);
      for (const [, path, , ruleId] of written) {
        const key = `${path}\u0000${ruleId}`;
        expect({ key, after: findingsAfter.get(key) ?? 0 }).toEqual({
          key,
          after: (findingsBefore.get(key) ?? 0) - 1,
        });
      }
      // The files measured broken by the first --fix: JSON scripts stay JSON, an ensure list gets no second key.
      for (const name of [
        'artilleryio__artillery__before_test.json',
        'geekforbrains__websocket-tests__artillery.json',
        'jplusplus__rentswatch-app__artillery.json',
      ]) {
        const text = readFileSync(join(cwd, 'artillery-corpus', name), 'utf8');
        expect(JSON.parse(text).config.plugins.ensure).toEqual(expect.objectContaining({ maxErrorRate: 1 }));
      }
      // k6 scripts without options get them, after their imports, with thresholds on their protocol's metrics.
      const grpc = readFileSync(
        join(cwd, 'k6-real', 'grafana__quickpizza__k6__foundations__16.grpc.js'),
        'utf8',
      );
      expect(grpc).toContain(
        "import { check, sleep } from 'k6';\n\nexport const options = {\n  thresholds: {\n    grpc_req_duration: ['p(95)<500'],",
      );
      // Its ensure is a list Artillery ignores: reported as such, and never given a second ensure key.
      const bPayal = (JSON.parse(fixed.stdout) as JsonReport).files.find((f) =>
        f.path.endsWith('B-Payal__movie-quote-api-load-testing__load-test.yml'),
      );
      expect(bPayal?.findings.map((f) => f.ruleId)).toContain('artillery/ignored-criteria');
    },
    60_000,
  );
});
