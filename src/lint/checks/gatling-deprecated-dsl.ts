import type { CheckFunction } from '../types.js';

/**
 * Gatling 3.0 renamed or dropped parts of the Gatling 2 DSL (`over`, `baseURL`, `splitUsers`, `lessThan`) and
 * 3.7 deprecated more (`${}` EL, `heavisideUsers`, `WhiteList`): a simulation using the first no longer
 * compiles with current Gatling, one using the second will stop compiling when they are removed. A rename is
 * fixed in place (`${` becomes `#{`); a dropped API gets its replacement in words.
 */
export const check: CheckFunction = {
  name: 'gatling-deprecated-dsl',
  run(scenario, ctx) {
    for (const use of scenario?.gatling?.deprecated ?? []) {
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
      const el = use.name.startsWith('${');
      ctx.report({
        loc,
        messageId: el ? 'expressionLanguage' : use.removed ? 'removed' : 'deprecated',
        data: { name: use.name, replacement: use.replacement, since: use.since },
        edits,
      });
    }
  },
};
