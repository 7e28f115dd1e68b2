import { expect, it } from '@jest/globals';
import { describeCorpus } from '../../helpers/corpus.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { artilleryAdapter } from '../../../src/scenario/artillery/adapter.js';
import { artilleryCorpus, parse, peerCases, scriptFiles } from './helpers.js';

const corpusFiles = scriptFiles(artilleryCorpus);
const peerFixtureDir = join(peerCases, 'artillery-fixtures');
const peerFiles = scriptFiles(peerFixtureDir);

describeCorpus('Artillery corpus', () => {
  it('is present (set LOADGATE_CORPUS when it lives elsewhere)', () => {
    expect(corpusFiles.length).toBeGreaterThanOrEqual(40);
    expect(peerFiles.length).toBe(31);
  });

  it.each(corpusFiles)(
    '%s: sniffed as Artillery and read into a Scenario or a located diagnostic',
    (name) => {
      const text = readFileSync(join(artilleryCorpus, name), 'utf8');
      expect(artilleryAdapter.sniff(text, name)).toBe(true);
      const result = parse(text, name);
      for (const d of result.diagnostics) expect(d.line).toBeGreaterThanOrEqual(1);
      if (!result.scenario) {
        expect(result.diagnostics.some((d) => d.severity === 'error')).toBe(true);
        return;
      }
      const s = result.scenario;
      expect(s.tool).toBe('artillery');
      expect(s.native.kind).toBe('object');
      // Every located fact points inside the file.
      const lines = text.split(/\r\n|\r|\n/).length;
      const locs = [
        ...s.workloads.map((w) => w.loc),
        ...s.workloads.flatMap((w) => w.stages.map((st) => st.loc)),
        ...s.criteria.items.map((c) => c.loc),
        ...s.requests.map((r) => r.loc),
        ...s.thinkTimes.map((t) => t.loc),
        ...s.hosts.map((h) => h.loc),
        ...s.secrets.map((x) => x.loc),
        ...s.checks.map((c) => c.loc),
      ];
      for (const loc of locs) {
        expect(loc.file).toBe(name);
        expect(loc.line).toBeGreaterThanOrEqual(1);
        expect(loc.line).toBeLessThanOrEqual(lines);
      }
      // Secrets are never echoed: at most a scheme word before the length.
      for (const secret of s.secrets) expect(secret.masked).toMatch(/^((Bearer|Basic), )?\d+ characters?$/);
    },
  );

  it('reads the real scripts with the facts SOURCES.md describes', () => {
    const read = (name: string) => parse(readFileSync(join(artilleryCorpus, name), 'utf8'), name).scenario;
    // Split config / scenarios files: criteria in the scenarios file are unknown, not absent.
    expect(read('SeunAdelekan__backend-coding-test__scenarios.yml')?.criteria.status).toBe('unknown');
    expect(read('SeunAdelekan__backend-coding-test__config.yml')?.criteria.status).toBe('present');
    // CRLF file with a rampTo-only phase, legacy ensure, http.timeout and tls.rejectUnauthorized false.
    const starter = read('artilleryio__artillery__sample_task_03.yaml');
    expect(starter?.criteria.items.map((c) => c.expression)).toEqual(['p95 < 200', 'maxErrorRate < 1']);
    expect(starter?.http.timeoutSec).toBe(15);
    expect(starter?.http.tlsVerifyDisabled?.line).toBe(32);
    expect(starter?.workloads.map((w) => w.name)).toEqual(['default', 'production', 'local']);
    // $env target is an environment reference.
    expect(read('metrotranscom__doorway-testing__stress-test.yml')?.hosts[0]?.origin).toBe('env');
    // Duplicate JSON key: the later flow wins and the earlier is reported.
    const dup = parse(
      readFileSync(join(artilleryCorpus, 'jplusplus__rentswatch-app__artillery.json'), 'utf8'),
      'x.json',
    );
    expect(dup.diagnostics).toEqual([
      expect.objectContaining({
        severity: 'warning',
        line: 26,
        message: expect.stringContaining('duplicate key "flow"'),
      }),
    ]);
    // Literal credentials are found; fixture values ("demo123", "Bearer demo_token") and prose are not.
    expect(read('artilleryio__artillery__all_features.json')?.secrets.map((x) => [x.key, x.masked])).toEqual([
      ['x-auth', '24 characters'],
    ]);
    expect(read('Ectropy-ai__platform__load-test.yml')?.secrets).toEqual([]);
  });

  it.each(peerFiles)('peer fixture %s is read without errors', (name) => {
    const text = readFileSync(join(peerFixtureDir, name), 'utf8');
    const result = parse(text, name);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.scenario).toBeDefined();
    // The one fixture that is a GitHub workflow, not a script, must not be claimed.
    expect(artilleryAdapter.sniff(text, name)).toBe(!name.startsWith('cicd__github-actions'));
  });
});
