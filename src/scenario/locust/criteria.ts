import type { Location } from '../location.js';
import type { CriteriaSet, Criterion } from '../model.js';
import { dottedName, locOf, named, walk, type PyNode } from '../python/syntax.js';
import type { LocustNodes } from './nodes.js';

/** Locust statistics a `quitting` listener compares, by what they are about. */
const STAT_CONCERNS: [RegExp, Criterion['concerns']][] = [
  [/fail_ratio|num_failures|errors/, 'errors'],
  [/response_time|get_response_time_percentile|avg_|median|percentile/, 'latency'],
  [/rps|reqs_per_sec|num_requests/, 'throughput'],
];

/**
 * Locust's criteria. By default Locust exits 1 when any request failed (`--exit-code-on-error`, default 1),
 * so every locustfile has that one criterion on errors. Anything more is code: a listener (usually on
 * `events.quitting`) that sets `environment.process_exit_code` after comparing `environment.stats`. Each
 * comparison in such a function becomes a criterion; the function's location is kept for rules.
 */
export function readCriteria(
  nodes: LocustNodes,
  file: string,
  anchor: Location,
): { criteria: CriteriaSet; setters: Location[] } {
  const items: Criterion[] = [
    {
      metric: 'failures',
      expression: 'exit code 1 when any request failed (Locust default, --exit-code-on-error)',
      concerns: 'errors',
      strict: true,
      loc: anchor,
    },
  ];
  const setters: Location[] = [];
  // Every function is walked to find the assignment; a file that never names the attribute has none.
  const functions = nodes.text.includes('process_exit_code') ? nodes.of('function_definition') : [];
  for (const fn of functions) {
    if (!setsExitCode(fn)) continue;
    setters.push(locOf(fn.childForFieldName('name') ?? fn, file));
    walk(fn, (node) => {
      if (node.type !== 'comparison_operator') return;
      const text = node.text;
      const concern = STAT_CONCERNS.find(([pattern]) => pattern.test(text))?.[1];
      if (!concern) return false;
      const left = named(node)[0];
      items.push({
        metric: (dottedName(left) ?? left?.text ?? text).replace(
          /^environment\.(?:runner\.)?stats\.total\./,
          '',
        ),
        expression: text,
        concerns: concern,
        strict: true,
        loc: locOf(node, file),
      });
      return false;
    });
  }
  return { criteria: { status: 'present', items, anchor }, setters };
}

/** A function that assigns `<something>.process_exit_code` (whichever event it listens to). */
function setsExitCode(fn: PyNode): boolean {
  let found = false;
  walk(fn, (node) => {
    if (found) return false;
    if (node.type === 'assignment' && /\.process_exit_code$/.test(node.childForFieldName('left')?.text ?? ''))
      found = true;
    return !found;
  });
  return found;
}
