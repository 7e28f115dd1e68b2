import { listFiles, practice, testScenarios, type RepoFacts } from '../facts.js';
import type { Evidence, PracticeResult } from '../model.js';
import { classifyScenario, TEST_TYPES, type TestType } from '../test-types.js';
import { getEntry, getValue } from '../../scenario/value.js';

const TYPE_SCORES = [0, 3, 5, 7, 9, 10];

/** Level 4: more than one question is asked of the system: does it work, at normal load, beyond it, over time. */
export function testTypesPractice(facts: RepoFacts): PracticeResult {
  const classified = testScenarios(facts).flatMap((t) => classifyScenario(t.scenario!));
  const found = new Set<TestType>(classified.map((c) => c.type));
  const types = TEST_TYPES.filter((t) => found.has(t));
  const missing = TEST_TYPES.filter((t) => !found.has(t) && t !== 'breakpoint');
  return practice(
    'test-types',
    'Several test types',
    4,
    7,
    TYPE_SCORES[Math.min(types.length, 5)]!,
    types.length === 0
      ? 'no scenario whose test type loadgate recognises by name or load shape'
      : `${types.length} test type${types.length === 1 ? '' : 's'}: ${types.join(', ')}`,
    // Every classified workload, grouped by type in the model's order.
    [...classified].sort((a, b) => TEST_TYPES.indexOf(a.type) - TEST_TYPES.indexOf(b.type)),
    [
      `Add the test types you lack (${missing.join(', ')}), named for what they are (\`load/soak.js\`, a k6 scenario \`spike\`, or \`tags: { test_type: 'stress' }\`): a smoke test on every pull request, an average-load test before release, stress and soak tests on a schedule.`,
    ],
  );
}

const DATA_MODULES = [/^k6\/data$/, /papaparse/, /^k6\/experimental\/(csv|fs)$/];

/** Level 4: the load looks like users: varied data, pauses between steps, arrivals that do not wait for the system. */
export function realisticWorkloadPractice(facts: RepoFacts): PracticeResult {
  const tests = testScenarios(facts);
  const evidence: Evidence[] = [];

  // Think time matters where the load is closed (VUs loop); open-model workloads are paced by their rate.
  const closed = tests.filter((t) => t.scenario!.workloads.some((w) => w.model !== 'open'));
  const paused = closed.filter((t) => t.scenario!.thinkTimes.length > 0);
  for (const t of paused) {
    const pause = t.scenario!.thinkTimes[0]!;
    evidence.push({
      file: pause.loc.file,
      line: pause.loc.line,
      note: `think time${pause.seconds !== undefined ? ` ${pause.seconds} s` : ''}`,
    });
  }
  const thinkScore = closed.length === 0 ? 0 : (3 * paused.length) / closed.length;

  let data = false;
  for (const s of facts.scenarios) {
    const scenario = s.scenario;
    if (!scenario) continue;
    for (const ref of scenario.imports ?? [])
      if (DATA_MODULES.some((p) => p.test(ref.specifier))) {
        data = true;
        evidence.push({ file: ref.loc.file, line: ref.loc.line, note: `test data from ${ref.specifier}` });
      }
    if (scenario.tool === 'artillery') {
      const payload = getEntry(getValue(scenario.native, 'config'), 'payload');
      if (payload) {
        data = true;
        evidence.push({ file: s.path, line: payload.keyLoc.line, note: 'test data from a payload file' });
      }
    }
  }

  const open = tests.flatMap((t) =>
    t.scenario!.workloads.filter((w) => w.model === 'open').map((w) => ({ t, w })),
  );
  for (const { t, w } of open.slice(0, 3))
    evidence.push({ file: t.path, line: w.loc.line, note: `open model (${w.executor})` });

  const envHosts = tests.filter(
    (t) => t.scenario!.hosts.length > 0 && t.scenario!.hosts.every((h) => h.origin !== 'literal'),
  );
  const hosted = tests.filter((t) => t.scenario!.hosts.length > 0);
  for (const t of envHosts.slice(0, 3)) {
    const host = t.scenario!.hosts[0]!;
    evidence.push({ file: host.loc.file, line: host.loc.line, note: 'target host from the environment' });
  }
  const hostScore = hosted.length === 0 ? 0 : (2 * envHosts.length) / hosted.length;

  const score = thinkScore + (data ? 3 : 0) + (open.length > 0 ? 2 : 0) + hostScore;
  const steps: string[] = [];
  const unpaused = closed.filter((t) => !paused.includes(t)).map((t) => t.path);
  if (unpaused.length > 0)
    steps.push(
      `Add think time between steps in ${listFiles(unpaused)} (k6 \`sleep()\`, Artillery \`think\`), as real users pause (rule \`missing-think-time\`).`,
    );
  if (!data)
    steps.push(
      'Parameterise requests with test data: k6 `SharedArray` from `k6/data` over a CSV or JSON file, Artillery `config.payload`; the same id every time measures a cache.',
    );
  if (open.length === 0 && tests.length > 0)
    steps.push(
      'Where users arrive independently of response times (public APIs, web traffic), model arrivals: k6 `constant-arrival-rate`/`ramping-arrival-rate`, Artillery `arrivalRate`.',
    );
  const literal = hosted.filter((t) => !envHosts.includes(t)).map((t) => t.path);
  if (literal.length > 0)
    steps.push(
      `Read the target host from the environment in ${listFiles(literal)} (\`__ENV.BASE_URL\`, Artillery \`{{ $processEnvironment.TARGET }}\`), so one script runs against every environment.`,
    );
  return practice(
    'realistic-workload',
    'Parameterised, realistic workloads',
    4,
    7,
    score,
    [
      closed.length > 0
        ? `think time in ${paused.length} of ${closed.length} closed-model tests`
        : 'no closed-model test',
      data ? 'test data' : 'no test data',
      open.length > 0
        ? `${open.length} open-model workload${open.length === 1 ? '' : 's'}`
        : 'no open-model workload',
      hosted.length > 0 ? `hosts from the environment in ${envHosts.length} of ${hosted.length}` : 'no host',
    ].join(', '),
    evidence,
    steps,
  );
}
