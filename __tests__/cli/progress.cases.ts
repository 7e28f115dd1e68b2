import { describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Progress } from '../../src/cli/progress.js';
import { main } from '../../src/cli/main.js';

/** A stream that records what was written, a terminal or not, and a clock the test moves. */
function fake(isTTY: boolean) {
  const writes: string[] = [];
  let t = 0;
  return {
    writes,
    stream: { write: (text: string) => writes.push(text), isTTY },
    now: () => t,
    advance: (ms: number) => (t += ms),
  };
}

describe('progress on long work', () => {
  it('on a terminal, redraws one line in place, throttled, and erases it at the end', () => {
    const f = fake(true);
    const progress = new Progress({ stream: f.stream, env: {}, now: f.now });
    progress.lint('parsed', 1, 10);
    // Nothing for work that ends quickly.
    expect(f.writes).toEqual([]);
    f.advance(400);
    progress.lint('parsed', 5, 10);
    expect(f.writes).toEqual(['\rloadgate: linting: reading 5/10 files\x1b[K']);
    f.advance(20);
    progress.lint('parsed', 6, 10);
    expect(f.writes).toHaveLength(1);
    f.advance(200);
    progress.read(3_000_000);
    expect(f.writes.at(-1)).toBe('\rloadgate: linting: reading 6/10 files; reading results: 3.0 MB\x1b[K');
    progress.done();
    expect(f.writes.at(-1)).toBe('\r\x1b[K');
    // Small work: no summary line, and callbacks after the end draw nothing.
    f.advance(500);
    progress.lint('checked', 10, 10);
    expect(f.writes.at(-1)).toBe('\r\x1b[K');
  });

  it('in a CI log (CI set, even on a pseudo-terminal), is silent but for one summary line of large work', () => {
    const f = fake(true);
    const progress = new Progress({ stream: f.stream, env: { CI: 'true' }, now: f.now });
    for (let i = 1; i <= 2000; i++) {
      f.advance(1);
      progress.lint('parsed', i, 2000);
    }
    for (let i = 1; i <= 2000; i++) progress.lint('checked', i, 2000);
    f.advance(1100);
    progress.done();
    expect(f.writes).toEqual(['loadgate: linted 2000 files in 2.0 s\n']);
  });

  it('not on a terminal, writes the bytes read as one summary line', () => {
    const f = fake(false);
    const progress = new Progress({ stream: f.stream, env: {}, now: f.now });
    f.advance(500);
    for (let i = 0; i < 1000; i++) {
      progress.read(1 << 20);
      f.advance(2.4);
    }
    progress.done();
    expect(f.writes).toEqual(['loadgate: read 1.0 GB of results in 2.4 s\n']);
  });

  it('keeps stdout to the report: linting a large tree prints one summary line on stderr, and the JSON parses', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'loadgate-progress-'));
    mkdirSync(join(dir, 'load'));
    for (let i = 0; i < 220; i++)
      writeFileSync(
        join(dir, 'load', `s${i}.js`),
        `import http from 'k6/http';\nexport const options = { vus: 2, duration: '1m', thresholds: { http_req_failed: ['rate<0.01'] } };\nexport default function () { http.get('https://test.k6.io/${i}'); }\n`,
      );
    let stdout = '';
    let stderr = '';
    const code = await main(['lint', 'load', '-f', 'json'], {
      cwd: dir,
      env: { CI: 'true' },
      stdout: { write: (t: string) => (stdout += t), isTTY: false },
      stderr: { write: (t: string) => (stderr += t), isTTY: false },
    });
    expect(code).toBeLessThanOrEqual(1);
    expect(stderr).toMatch(/^loadgate: linted 220 files in \d+\.\d s\n$/);
    expect((JSON.parse(stdout) as { summary: { files: number } }).summary.files).toBe(220);
  });
});
