import { metricNameOf } from '../../scenario/k6/metrics.js';
import type { Scenario, Workload } from '../../scenario/model.js';
import { getEntry, getValue, type SourceValue } from '../../scenario/value.js';
import type { CheckFunction } from '../types.js';

const ITERATION_EXECUTORS = new Set(['shared-iterations', 'per-vu-iterations']);
/** Words that state a request-rate goal in a scenario name or tag. */
const THROUGHPUT_WORDS =
  /throughput|\brps\b|\btps\b|\bqps\b|req(?:uest)?s?[ _-]?(?:per[ _-]?sec(?:ond)?|\/s)|_rps\b|rps_/i;

/** The scenario's own config in `options.scenarios`, or the options themselves for the shortcut. */
function configOf(native: SourceValue, workload: Workload): SourceValue | undefined {
  const scenarios = getValue(native, 'scenarios');
  return scenarios ? getValue(scenarios, workload.name) : native;
}

function statedGoal(
  scenario: Scenario,
  workload: Workload,
  config: SourceValue | undefined,
): string | undefined {
  const rate = scenario.criteria.items.find((c) => {
    const name = metricNameOf(c.metric);
    return (name === 'http_reqs' || name === 'iterations') && c.aggregation === 'rate';
  });
  if (rate) return `the threshold "${rate.metric}: ${rate.expression}" sets a rate goal`;
  if (THROUGHPUT_WORDS.test(workload.name)) return `its name "${workload.name}" states a throughput goal`;
  const tags = getValue(config, 'tags') ?? getValue(scenario.native, 'tags');
  if (tags?.kind === 'object') {
    for (const e of tags.entries) {
      if (e.value.kind === 'string' && THROUGHPUT_WORDS.test(e.value.value)) {
        return `its tag ${e.key}: "${e.value.value}" states a throughput goal`;
      }
    }
  }
  return undefined;
}

/**
 * A fixed number of iterations on a fixed pool of VUs is a closed model: each VU waits for the response
 * before its next request, so the rate achieved is VUs ÷ response time and falls exactly when the system
 * slows down (coordinated omission; k6 docs, Open and closed models). Fine for "run this N times"; wrong for
 * a test whose goal is a request rate. Reported only when the script states such a goal.
 */
export const check: CheckFunction = {
  name: 'k6-iterations-as-throughput-test',
  run(scenario, ctx) {
    if (!Array.isArray(scenario?.workloads) || !scenario.criteria) return;
    for (const workload of scenario.workloads) {
      if (!ITERATION_EXECUTORS.has(workload.executor)) continue;
      const config = configOf(scenario.native, workload);
      // k6's implicit one-iteration default is not a load test the script asked for.
      if (!getEntry(config, 'iterations') && !getValue(scenario.native, 'scenarios')) continue;
      const goal = statedGoal(scenario, workload, config);
      if (!goal) continue;
      ctx.report({ loc: workload.loc, data: { name: workload.name, executor: workload.executor, goal } });
    }
  },
};
