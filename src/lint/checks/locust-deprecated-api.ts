import type { Scenario } from '../../scenario/model.js';
import type { CheckFunction } from '../types.js';

/**
 * Locust 1.0 renamed its classes (`HttpLocust` → `HttpUser`, `TaskSequence` → `SequentialTaskSet`), removed
 * `task_set`, `min_wait`/`max_wait` and `self.locust`: a file using them stops at import or at start with
 * current Locust. A rename is fixed in place; `min_wait`/`max_wait` (milliseconds) get the `wait_time` to
 * write (seconds) in words, since it also needs `between` imported.
 */
export const check: CheckFunction = {
  name: 'locust-deprecated-api',
  run(target, ctx) {
    const scenario = target as Scenario;
    for (const use of scenario?.locust?.deprecated ?? []) {
      const { loc } = use;
      const edits =
        use.text !== undefined && loc.endLine === loc.line && loc.endColumn !== undefined
          ? [
              {
                file: loc.file,
                start: { line: loc.line, column: loc.column },
                end: { line: loc.line, column: loc.endColumn },
                text: use.text,
              },
            ]
          : undefined;
      ctx.report({
        loc,
        messageId: use.name === 'min_wait' || use.name === 'max_wait' ? 'wait' : 'default',
        data: { name: use.name, where: use.where, replacement: use.replacement, since: use.since },
        edits,
      });
    }
  },
};
