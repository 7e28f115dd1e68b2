import { beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFile } from '../../../src/lint/lint-text.js';
import { prepareAllAdapters } from '../../../src/scenario/adapters.js';
import type { Scenario } from '../../../src/scenario/model.js';
import { changeHeadline } from '../../../src/scenario/profile/change.js';
import { profileOf } from '../../../src/scenario/profile/compute.js';
import { enrichScenario } from '../../../src/lint/enrich.js';
import { CORPUS, REPO, describeCorpus } from '../../helpers/corpus.js';

beforeAll(() => prepareAllAdapters());

function scenario(path: string, name = path.split('/').pop()!): Scenario {
  const parsed = parseFile(readFileSync(path, 'utf8'), name, { explicit: true });
  expect(parsed.scenario).toBeDefined();
  return parsed.scenario!;
}

const real = (tool: string, file: string) => scenario(join(REPO, '__tests__/fixtures/real', tool, file));
const text = (code: string, file: string) => {
  const parsed = parseFile(code, file, { explicit: true });
  return parsed.scenario!;
};

describe('load profile of real k6 scripts', () => {
  it('sums k6 scenarios running in parallel, closed and open apart', () => {
    const p = profileOf(
      real('k6', 'NarasimhaYanamala__k6-personal__0-Demo-Files__12-scenario__scenario_complex.js'),
    );
    expect(p.model).toBe('mixed');
    // constant 5 VUs + ramping-vus from 1 to 10 and back: 15 VUs at the top, 20 s long.
    expect(p.peakVUs).toBe(15);
    expect(p.peakRatePerSec).toBe(10);
    expect(p.durationSec).toBe(20);
    expect(p.testType).toBe('unknown');
  });

  it('integrates an arrival rate into iterations', () => {
    const p = profileOf(real('k6', 'grafana__quickpizza__k6__foundations__08.arrival-rate.js'));
    expect(p).toMatchObject({ model: 'open', peakRatePerSec: 20, durationSec: 30, iterations: 600 });
  });

  it('classifies a ten-minute hold at 100 VUs as average-load and the door-buster sale as a spike', () => {
    const average = profileOf(real('k6', 'dapr__dapr__tests__perf__workflows__test.js'));
    expect(average).toMatchObject({ testType: 'average-load', peakVUs: 100, duration: '10 min' });
    const spike = profileOf(real('k6', 'javaducky__demo-k6-operator__test-scripts__door-buster-sale.js'));
    expect(spike).toMatchObject({ testType: 'spike', shapeType: 'spike', peakRatePerSec: 150 });
    expect(spike.declaredType).toBeUndefined();
  });

  it('reads the declared intent from a scenario name', () => {
    const p = profileOf(real('k6', 'configcat__configcat-proxy__internal__resources__load_proxy.js'));
    expect(p.declaredType).toBe('spike');
    expect(p.testType).toBe('spike');
  });

  it('is unknown where the load is set at run time, and says why', () => {
    const p = profileOf(real('k6', 'mostafa__xk6-kafka__test.js'));
    expect(p.peakVUs).toBeUndefined();
    expect(p.durationSec).toBeUndefined();
    expect(p.testType).toBe('unknown');
    expect(p.unknown.join(' ')).toMatch(/set at run time/);
  });

  it('leaves the type unknown when workloads declare different types', () => {
    const p = profileOf(real('k6', 'grafana__quickpizza__k6__foundations__12.modularization.js'));
    expect(p.declaredType).toBeUndefined();
    expect(p.testType).toBe('unknown');
  });

  it('follows k6 startTime', () => {
    const p = profileOf(
      text(
        `export const options = { scenarios: {
          a: { executor: 'constant-vus', vus: 10, duration: '1m' },
          b: { executor: 'constant-vus', vus: 30, duration: '1m', startTime: '1m' },
        } };
        export default function () {}`,
        'two.js',
      ),
    );
    expect(p.peakVUs).toBe(30);
    expect(p.durationSec).toBe(120);
    expect(p.vus).toEqual([
      { t: 0, load: 0 },
      { t: 0, load: 10 },
      { t: 60, load: 10 },
      { t: 60, load: 30 },
      { t: 120, load: 30 },
      { t: 120, load: 0 },
    ]);
  });
});

describe('load profile of real Locust files', () => {
  it('follows a LoadTestShape: three rising plateaus are a stress test', () => {
    const p = profileOf(real('locust', 'locustio__locust__examples__custom_shape__stages.py'));
    expect(p).toMatchObject({ testType: 'stress', peakVUs: 100, durationSec: 240 });
  });

  it('leaves users and spawn rate to the command line', () => {
    const p = profileOf(real('locust', 'locustio__locust__examples__fast_http_locust.py'));
    expect(p.peakVUs).toBeUndefined();
    expect(p.unknown.join(' ')).toMatch(/-u, -r or locust.conf/);
  });
});

describeCorpus('load profile of real Artillery and JMeter files', () => {
  const corpus = (tool: string, file: string) => scenario(join(CORPUS, 'scenarios', tool, file));

  it('runs Artillery phases in sequence and classifies stepped plateaus as stress', () => {
    const p = profileOf(corpus('artillery', 'Ectropy-ai__platform__load-test.yml'));
    expect(p).toMatchObject({ model: 'open', peakRatePerSec: 100, durationSec: 540, testType: 'stress' });
    expect(p.iterations).toBe(39600);
  });

  it('estimates requests when every arrival sends a known number of them', () => {
    // 3 → 5 arrivals per second over 1,000 s, 18 requests per flow, no loop.
    const p = profileOf(corpus('artillery', 'aozou99__datadog-demo__artillery.yaml'));
    expect(p).toMatchObject({ iterations: 4000, requests: 72000 });
    // Weighted scenarios with different flows: the count per arrival is not one number.
    expect(profileOf(corpus('artillery', 'Ectropy-ai__platform__load-test.yml')).requests).toBeUndefined();
  });

  it('leaves an Artillery test without default phases to the environment chosen at run time', () => {
    const p = profileOf(corpus('artillery', 'Anik16298__HelloBD-News-Load-Test__load-test.yml'));
    expect(p.workloads.map((w) => w.name)).toEqual(['smoke', 'load', 'pure', 'stepped', 'stress']);
    expect(p.peakRatePerSec).toBeUndefined();
    expect(p.unknown).toContain('the workload is chosen at run time (an environment)');
  });

  it('reads a JMeter Ultimate Thread Group and a one-thread plan', () => {
    const ultimate = profileOf(corpus('jmeter', 'undera__jmeter-plugins__ThroughputShapingExample.jmx'));
    expect(ultimate).toMatchObject({ model: 'closed', peakVUs: 100, durationSec: 75 });
    const single = profileOf(corpus('jmeter', 'apache__jmeter__GenTest22.jmx'));
    expect(single).toMatchObject({ testType: 'smoke', peakVUs: 1 });
  });
});

describe('JMeter thread groups run consecutively', () => {
  const plan = (serialize: boolean) => `<?xml version="1.0" encoding="UTF-8"?>
<jmeterTestPlan version="1.2" properties="5.0" jmeter="5.6.3">
  <hashTree>
    <TestPlan guiclass="TestPlanGui" testclass="TestPlan" testname="Plan" enabled="true">
      <boolProp name="TestPlan.serialize_threadgroups">${serialize}</boolProp>
    </TestPlan>
    <hashTree>
      ${['A', 'B']
        .map(
          (
            name,
          ) => `<ThreadGroup guiclass="ThreadGroupGui" testclass="ThreadGroup" testname="${name}" enabled="true">
        <stringProp name="ThreadGroup.num_threads">20</stringProp>
        <stringProp name="ThreadGroup.ramp_time">60</stringProp>
        <boolProp name="ThreadGroup.scheduler">true</boolProp>
        <stringProp name="ThreadGroup.duration">600</stringProp>
      </ThreadGroup>
      <hashTree/>`,
        )
        .join('\n')}
    </hashTree>
  </hashTree>
</jmeterTestPlan>`;

  it('one after another when "Run Thread Groups consecutively" is on, else together', () => {
    const serial = profileOf(text(plan(true), 'plan.jmx'));
    expect(serial).toMatchObject({ peakVUs: 20, durationSec: 1200 });
    const parallel = profileOf(text(plan(false), 'plan.jmx'));
    expect(parallel).toMatchObject({ peakVUs: 40, durationSec: 600 });
  });
});

describe('change headline', () => {
  const k6 = (stages: string) =>
    profileOf(
      text(`export const options = { stages: [${stages}] };\nexport default function () {}`, 'load.js'),
    );

  it('says how much the peak and the duration change', () => {
    const before = k6(
      `{ duration: '1m', target: 50 }, { duration: '3m', target: 50 }, { duration: '1m', target: 0 }`,
    );
    const after = k6(
      `{ duration: '1m', target: 150 }, { duration: '28m', target: 150 }, { duration: '1m', target: 0 }`,
    );
    expect(changeHeadline(before, after)).toBe(
      'peak load ×3: 50 → 150 VUs; duration 5 min → 30 min; test type unknown → average-load',
    );
  });

  it('names a change of load model and a new file', () => {
    const closed = k6(`{ duration: '1m', target: 10 }`);
    const open = profileOf(
      text(
        `export const options = { scenarios: { s: { executor: 'constant-arrival-rate', rate: 5, duration: '1m', preAllocatedVUs: 5 } } };\nexport default function () {}`,
        'load.js',
      ),
    );
    expect(changeHeadline(open, closed)).toMatch(/^open model → closed model/);
    expect(changeHeadline(undefined, closed)).toBe('new scenario: 10 VUs peak, 1 min, type unknown');
  });
});

describe('load profile of the scenario the rules read', () => {
  it("is the parsed scenario's: the report and the rules show one profile", () => {
    const parsed = real('k6', 'grafana__quickpizza__k6__foundations__08.arrival-rate.js');
    const enriched = enrichScenario(parsed);
    expect(enriched).not.toBe(parsed);
    expect(profileOf(enriched)).toBe(profileOf(parsed));
    expect(profileOf(enriched)).toMatchObject({ model: 'open', peakRatePerSec: 20, iterations: 600 });
  });
});
