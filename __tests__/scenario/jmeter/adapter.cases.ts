import { beforeAll, describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeText } from '../../../src/engine/decode.js';
import { runEngine } from '../../../src/engine/run.js';
import { lintText } from '../../../src/lint/lint-text.js';
import { parseJmeter } from '../../../src/scenario/jmeter/adapter.js';
import { CORPUS, describeCorpus } from '../../helpers/corpus.js';
import { workspaces } from '../../helpers/workspace.js';
import { loadAdapters } from '../../../src/scenario/adapters.js';

// Adapters are imported on demand; these tests parse synchronously.
beforeAll(loadAdapters);

const PLANS = join(CORPUS, 'scenarios/jmeter');

const plan = (body: string, group = '') => `<?xml version="1.0" encoding="UTF-8"?>
<jmeterTestPlan version="1.2" properties="5.0" jmeter="5.6.3">
  <hashTree>
    <TestPlan guiclass="TestPlanGui" testclass="TestPlan" testname="Plan" enabled="true"/>
    <hashTree>
      <ThreadGroup guiclass="ThreadGroupGui" testclass="ThreadGroup" testname="Users" enabled="true">
        <stringProp name="ThreadGroup.num_threads">\${__P(threads,40)}</stringProp>
        <stringProp name="ThreadGroup.ramp_time">0</stringProp>
${group}      </ThreadGroup>
      <hashTree>
${body}      </hashTree>
    </hashTree>
  </hashTree>
</jmeterTestPlan>
`;

const sampler = (
  domain: string,
  enabled = 'true',
) => `        <HTTPSamplerProxy guiclass="HttpTestSampleGui" testclass="HTTPSamplerProxy" testname="Home" enabled="${enabled}">
          <stringProp name="HTTPSampler.domain">${domain}</stringProp>
          <stringProp name="HTTPSampler.path">/home</stringProp>
        </HTTPSamplerProxy>
        <hashTree/>
`;

describe('JMeter adapter', () => {
  it('maps thread groups, samplers and hosts with the lines they are written on', () => {
    const { scenario, diagnostics } = parseJmeter(plan(sampler('shop.example.com')), 'plan.jmx');
    expect(diagnostics).toEqual([]);
    expect(scenario?.workloads).toEqual([
      expect.objectContaining({ name: 'Users', model: 'closed', maxVUs: 40, partiallyUnknown: false }),
    ]);
    expect(scenario?.requests).toEqual([
      expect.objectContaining({ method: 'GET', url: 'http://shop.example.com/home', within: 'Users' }),
    ]);
    expect(scenario?.hosts).toEqual([
      expect.objectContaining({ origin: 'literal', loc: expect.objectContaining({ line: 12 }) }),
    ]);
    expect(scenario?.criteria.status).toBe('unknown');
  });

  it('skips disabled elements and everything under them', () => {
    const { scenario } = parseJmeter(plan(sampler('a.example.com', 'false')), 'plan.jmx');
    expect(scenario?.requests).toEqual([]);
  });

  it('reads ${__P(...)} and ${__env(...)} as parameters, never as hard-coded hosts or secrets', () => {
    const { scenario } = parseJmeter(plan(sampler('${__P(host,shop.example.com)}')), 'plan.jmx');
    expect(scenario?.hosts).toEqual([expect.objectContaining({ origin: 'env' })]);
    const result = lintText(plan(sampler('${__P(host,shop.example.com)}')), 'plan.jmx');
    expect(result.findings.map((f) => f.ruleId)).not.toContain('hardcoded-target-host');
  });

  it('honours a suppression comment, with its reason after a single dash', () => {
    const debug = `        <!-- loadgate-disable-next-line jmeter/debug-element-enabled - kept for the smoke run -->
        <DebugSampler guiclass="TestBeanGUI" testclass="DebugSampler" testname="Debug" enabled="true"/>
        <hashTree/>
`;
    const result = lintText(plan(debug), 'plan.jmx');
    expect(result.findings.map((f) => f.ruleId)).not.toContain('jmeter/debug-element-enabled');
    expect(result.suppressed).toEqual([
      expect.objectContaining({
        ruleId: 'jmeter/debug-element-enabled',
        suppression: { line: 11, reason: 'kept for the smoke run' },
      }),
    ]);
  });

  it('decodes UTF-16 with a byte-order mark and CRLF lines, and reports the lines as written', () => {
    const text = plan(sampler('shop.example.com')).replace(/\n/g, '\r\n');
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const { scenario, diagnostics } = parseJmeter(decodeText(bytes).text, 'plan.jmx');
    expect(diagnostics).toEqual([]);
    expect(scenario?.hosts[0]?.loc.line).toBe(12);
    expect(scenario?.workloads[0]?.loc.line).toBe(6);
  });
});

describe('JMeter bad input', () => {
  const workspace = workspaces();
  it('malformed XML: one error with the line where it breaks', () => {
    const broken = plan(sampler('x')).replace('</HTTPSamplerProxy>', '');
    expect(parseJmeter(broken, 'plan.jmx').diagnostics).toEqual([
      expect.objectContaining({ severity: 'error', line: 16, message: expect.stringContaining('XML') }),
    ]);
  });

  it('a binary or CSV file named .jmx: an error on line 1', () => {
    const binary = String.fromCharCode(...Array.from({ length: 512 }, (_, i) => 1 + ((i * 37) % 255)));
    expect(parseJmeter(binary, 'blob.jmx').diagnostics).toEqual([
      expect.objectContaining({
        severity: 'error',
        line: 1,
        message: expect.stringContaining('not a JMeter'),
      }),
    ]);
  });

  it('20,000-deep nesting: an error, in bounded time', () => {
    const deep = `<jmeterTestPlan>${'<hashTree>'.repeat(20000)}${'</hashTree>'.repeat(20000)}</jmeterTestPlan>`;
    const started = Date.now();
    const { diagnostics } = parseJmeter(deep, 'deep.jmx');
    expect(Date.now() - started).toBeLessThan(5000);
    expect(diagnostics).toEqual([
      expect.objectContaining({ severity: 'error', message: expect.stringContaining('nest') }),
    ]);
  });

  it('a 2 MB line is read', () => {
    const long = plan(sampler('shop.example.com')).replace(
      'testname="Home"',
      `testname="${'x'.repeat(2 * 1024 * 1024)}"`,
    );
    const { scenario, diagnostics } = parseJmeter(long, 'long.jmx');
    expect(diagnostics).toEqual([]);
    expect(scenario?.requests).toHaveLength(1);
  });

  // Over the 2 MB at which the k6, Python and JVM readers stop, a plan is still read: `npm run bench` lints one
  // of 30 MB within its time and memory budget (scripts/bench-hostile.mjs).
  it('a valid plan over 2 MB is linted, not skipped', () => {
    const body = sampler('${__P(host,localhost)}').repeat(Math.ceil((2.1 * 1024 * 1024) / 250));
    const text = plan(body);
    expect(text.length).toBeGreaterThan(2 * 1024 * 1024);
    const result = lintText(text, 'big.jmx');
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.scenario?.requests.length).toBeGreaterThan(8000);
  });

  it('a broken plan and a binary one next to good ones: each is reported, the others are still linted', async () => {
    const cwd = workspace({
      'bad.jmx': '<jmeterTestPlan><hashTree>',
      'blob.jmx': '\u0000\u0001\u0002binary',
      'good.jmx': plan(sampler('shop.example.com')),
    });
    const { report } = await runEngine({ command: 'lint', cwd, paths: ['.'] });
    const bad = report.files.find((f) => f.path === 'bad.jmx');
    const good = report.files.find((f) => f.path === 'good.jmx');
    expect(bad?.diagnostics).toEqual([expect.objectContaining({ severity: 'error', line: 1 })]);
    expect(report.files.find((f) => f.path === 'blob.jmx')?.diagnostics).toEqual([
      expect.objectContaining({ message: 'is a binary file, not a scenario' }),
    ]);
    expect(good?.tool).toBe('jmeter');
    expect(good?.findings.map((f) => f.ruleId)).toContain('no-ramp-up');
  });
});

describeCorpus('JMeter corpus (scenarios/jmeter)', () => {
  const sources = () => readFileSync(join(PLANS, 'SOURCES.md'), 'utf8');
  const malformed = () =>
    sources()
      .split('\n')
      .filter((row) => row.includes('MALFORMED'))
      .map((row) => row.split('|')[1]!.trim());

  it('every malformed plan named in SOURCES.md gets an error with its line', () => {
    expect(malformed().length).toBeGreaterThanOrEqual(3);
    for (const name of malformed()) {
      const { diagnostics, scenario } = parseJmeter(decodeText(readFileSync(join(PLANS, name))).text, name);
      expect(scenario).toBeUndefined();
      expect(diagnostics).toEqual([expect.objectContaining({ severity: 'error', line: expect.any(Number) })]);
    }
  });

  it('every other plan parses with no error', () => {
    const names = readdirSync(PLANS).filter((n) => n.endsWith('.jmx') && !malformed().includes(n));
    expect(names.length).toBeGreaterThanOrEqual(55);
    for (const name of names) {
      const { diagnostics } = parseJmeter(decodeText(readFileSync(join(PLANS, name))).text, name);
      expect({ name, errors: diagnostics.filter((d) => d.severity === 'error') }).toEqual({
        name,
        errors: [],
      });
    }
  });
});
