import type { Scenario } from '../../scenario/model.js';
import { getValue, type SourceValue } from '../../scenario/value.js';
import type { CheckFunction } from '../types.js';

/**
 * A Thread Group that loops forever without a scheduler duration runs until it is killed, unless something
 * in it stops the thread: a CSV Data Set with "Stop thread on EOF", a Flow Control Action, or a script that
 * may call `ctx.getThread().stop()` (we cannot read scripts, so they count as a way out).
 */
export const check: CheckFunction = {
  name: 'jmeter-infinite-loop',
  run(target, ctx) {
    const scenario = target as Scenario;
    if (scenario?.tool !== 'jmeter') return;
    const elements = getValue(scenario.native, 'elements');
    if (elements?.kind !== 'array') return;
    const stoppers = new Set<string | undefined>();
    for (const element of elements.items) {
      const kind = text(getValue(element, 'kind'));
      const props = getValue(element, 'props');
      const stops =
        (kind === 'CSVDataSet' && value(getValue(props, 'stopThread')) === 'true') ||
        kind === 'TestAction' ||
        /^(?:JSR223|BeanShell)/.test(kind);
      if (stops) stoppers.add(optional(getValue(element, 'threadGroup')));
    }
    // An element at the plan's level is in scope of every thread group.
    if (stoppers.has(undefined)) return;
    for (const element of elements.items) {
      if (text(getValue(element, 'kind')) !== 'ThreadGroup') continue;
      const props = getValue(element, 'props');
      const loops = getValue(getValue(props, 'ThreadGroup.main_controller'), 'LoopController.loops');
      if (value(loops) !== '-1') continue;
      const scheduled = value(getValue(props, 'ThreadGroup.scheduler')) === 'true';
      if (scheduled && value(getValue(props, 'ThreadGroup.duration')).trim() !== '') continue;
      const name = text(getValue(element, 'name'));
      if (stoppers.has(name)) continue;
      ctx.report({ loc: loops!.loc, data: { name } });
    }
  },
};

function text(v: SourceValue | undefined): string {
  return v?.kind === 'string' ? v.value : '';
}

function optional(v: SourceValue | undefined): string | undefined {
  return v?.kind === 'string' ? v.value : undefined;
}

function value(v: SourceValue | undefined): string {
  return v && (v.kind === 'string' || v.kind === 'number' || v.kind === 'boolean') ? String(v.value) : '';
}
