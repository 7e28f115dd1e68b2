import { describe, expect, it } from '@jest/globals';
import { rebaseReport, toRepoPath } from '../../src/action/paths.js';
import { comparison, file, finding, report } from '../report/build.js';

describe('repository paths', () => {
  it('rebases paths from the working directory onto the repository root', () => {
    expect(toRepoPath('load/a.js', '/ws/perf', '/ws')).toBe('perf/load/a.js');
    expect(toRepoPath('/ws/perf/b.yml', '/ws/perf', '/ws')).toBe('perf/b.yml');
    expect(toRepoPath('./c.js', '/ws', '/ws')).toBe('c.js');
  });

  it('rebases every path in a report, fixes and comparison included', () => {
    const r = report(
      [
        file(
          'a.js',
          [
            finding('a.js', 1, {
              fix: {
                description: 'd',
                edits: [
                  { file: 'a.js', start: { line: 1, column: 1 }, end: { line: 1, column: 1 }, text: 'x' },
                ],
              },
            }),
          ],
          { diagnostics: [{ file: 'a.js', message: 'm', severity: 'warning' }] },
        ),
      ],
      { comparison: comparison([]), results: [{ path: 'cur.json', role: 'current', diagnostics: [] }] },
    );
    const out = rebaseReport(r, '/ws/perf', '/ws');
    expect(out.files[0]!.path).toBe('perf/a.js');
    expect(out.files[0]!.findings[0]!.loc.file).toBe('perf/a.js');
    expect(out.files[0]!.findings[0]!.fix!.edits![0]!.file).toBe('perf/a.js');
    expect(out.files[0]!.diagnostics[0]!.file).toBe('perf/a.js');
    expect(out.results[0]!.path).toBe('perf/cur.json');
    expect(out.comparison!.baseline.file).toBe('perf/baseline.json');
    expect(r.files[0]!.path).toBe('a.js');
  });
});
