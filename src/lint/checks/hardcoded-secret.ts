import type { CheckFunction } from '../types.js';

/**
 * A credential committed in a scenario is readable by everyone with the repository and lands in CI logs and
 * result files. Reported for every literal the adapter recognised as a secret, naming its key and giving only
 * its length: the finding itself (PR comment, SARIF, annotation) must never repeat any of the secret.
 */
export const check: CheckFunction = {
  name: 'hardcoded-secret',
  run(scenario, ctx) {
    if (!Array.isArray(scenario?.secrets)) return;
    for (const secret of scenario.secrets) {
      // A token found by its shape outside any key is named by what it is, not by a made-up key.
      const named = secret.key.trim() !== '' && secret.key !== '(string)';
      const key = named ? `"${secret.key}"` : 'A string';
      const variable = named ? envName(secret.key) : 'SECRET';
      ctx.report({
        loc: secret.loc,
        messageId: scenario.tool === 'k6' ? 'k6' : scenario.tool,
        data: { key, masked: secret.masked, reason: secret.reason, variable },
      });
    }
  },
};

/** The environment variable to suggest: `apiKey` → `API_KEY`, `x-api-key` → `X_API_KEY`. */
function envName(key: string): string {
  const name = key
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .toUpperCase();
  return /^[A-Z_]/.test(name) ? name : 'SECRET';
}
