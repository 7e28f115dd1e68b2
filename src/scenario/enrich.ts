import type { Scenario, SecretRef } from './model.js';

/**
 * Facts every tool's model gets the same way, derived after the adapter read the file and before rules run
 * (`runRules`), so rules state them as data and a new adapter has them without writing any: a secret's
 * `label` and the environment `variable` to suggest for it. Returns a new scenario; the parsed one is kept.
 */
export function enrichScenario(scenario: Scenario): Scenario {
  if (!Array.isArray(scenario.secrets) || scenario.secrets.length === 0) return scenario;
  return { ...scenario, secrets: scenario.secrets.map(secretFacts) };
}

function secretFacts(secret: SecretRef): SecretRef {
  // A token found by its shape outside any key is named by what it is, not by a made-up key.
  const named = secret.key.trim() !== '' && secret.key !== '(string)';
  return {
    ...secret,
    label: named ? `"${secret.key}"` : 'A string',
    variable: named ? envName(secret.key) : 'SECRET',
  };
}

/** The environment variable to suggest: `apiKey` → `API_KEY`, `x-api-key` → `X_API_KEY`. */
function envName(key: string): string {
  const name = key
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .toUpperCase();
  return /^[A-Z_]/.test(name) ? name : 'SECRET';
}
