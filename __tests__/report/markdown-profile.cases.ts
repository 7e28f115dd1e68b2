import { beforeAll, describe, expect, it } from '@jest/globals';
import { parseFile } from '../../src/lint/lint-text.js';
import type { FileReport } from '../../src/report/model.js';
import { profileChangesSection } from '../../src/report/markdown-profile.js';
import { changeHeadline } from '../../src/scenario/profile/change.js';
import { profileOf } from '../../src/scenario/profile/compute.js';
import { loadAdapters } from '../../src/scenario/adapters.js';

// Adapters are imported on demand; these tests parse synchronously.
beforeAll(loadAdapters);

const k6 = (vus: number, duration: string, file = 'load.js') =>
  profileOf(
    parseFile(
      `export const options = { vus: ${vus}, duration: '${duration}' };\nexport default function () {}`,
      file,
      {
        explicit: true,
      },
    ).scenario!,
  );

function changed(path: string, before: [number, string] | undefined, after: [number, string]): FileReport {
  const base = before ? k6(...before) : undefined;
  const head = k6(...after);
  return {
    path,
    tool: 'k6',
    findings: [],
    diagnostics: [],
    profile: head,
    profileChange: {
      baseRef: 'a'.repeat(40),
      ...(base ? { base } : {}),
      headline: changeHeadline(base, head),
    },
  };
}

describe('the load profile section of the comment', () => {
  it('is left out when no profile changed', () => {
    const same: FileReport = {
      path: 'load.js',
      tool: 'k6',
      findings: [],
      diagnostics: [],
      profile: k6(5, '1m'),
    };
    expect(profileChangesSection([same], 'this PR')).toBeUndefined();
  });

  it('lists every headline and folds the charts of several files into one details block', () => {
    const section = profileChangesSection(
      [changed('a.js', [10, '5m'], [30, '5m']), changed('b.js', undefined, [5, '1m'])],
      'this PR',
    )!;
    expect(section.split('\n').slice(0, 3)).toEqual([
      '**Load profile changes** · 2 scenarios',
      '- `a.js`: peak load ×3: 10 → 30 VUs',
      '- `b.js`: new scenario: 5 VUs peak, 1 min, smoke',
    ]);
    expect(section).toContain('<details><summary>Charts of the 2 scenarios</summary>');
    expect(section.match(/```mermaid/g)).toHaveLength(2);
    expect(section).toContain('y-axis "VUs" 0 --> 5.3\n');
    // The base sha is shortened; the new file has one series only.
    expect(section).toContain(
      'base `aaaaaaa`: 10 VUs peak, 5 min, average-load · this PR: 30 VUs peak, 5 min, average-load · grey: base, red: this PR',
    );
    expect(section).toContain('base `aaaaaaa`: _no such file_');
  });

  it('keeps file names out of the Mermaid text and escapes them outside it', () => {
    const section = profileChangesSection([changed('x`|<b>y.js', [10, '5m'], [30, '5m'])], 'this PR')!;
    const mermaid = section.slice(section.indexOf('```mermaid'), section.lastIndexOf('```'));
    expect(mermaid).not.toContain('y.js');
    // In a code span (a longer fence than the backtick inside), where GitHub shows HTML as text.
    expect(section).toContain('- ``x`|<b>y.js``: peak load ×3: 10 → 30 VUs');
    expect(section).toContain('y-axis "VUs" 0 --> 32');
  });

  it('draws no chart across a change of load model, and says it in words', () => {
    const open = profileOf(
      parseFile(
        `export const options = { scenarios: { s: { executor: 'constant-arrival-rate', rate: 5, duration: '1m', preAllocatedVUs: 5 } } };\nexport default function () {}`,
        'load.js',
        { explicit: true },
      ).scenario!,
    );
    const head = k6(10, '1m');
    const file: FileReport = {
      path: 'load.js',
      tool: 'k6',
      findings: [],
      diagnostics: [],
      profile: head,
      profileChange: { baseRef: 'main', base: open, headline: changeHeadline(open, head) },
    };
    const section = profileChangesSection([file], 'this PR')!;
    expect(section).toContain(
      '- `load.js`: open model → closed model: 5/s → 10 VUs; test type smoke → unknown\n',
    );
    expect(section).not.toContain('```mermaid');
    expect(section).toContain(
      'base `main`: 5/s peak, 1 min, smoke · this PR: 10 VUs peak, 1 min, type unknown',
    );
  });
});
