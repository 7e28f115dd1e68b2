import type { Criterion, HostRef, Scenario, SecretRef } from '../scenario/model.js';
import { criteriaComplete, isCentralAggregation } from './criteria.js';

/**
 * Facts every tool's model gets the same way, derived after the adapter read the file and before rules run
 * (`runRules`), so rules state them as data and a new adapter has them without writing any: a secret's
 * `label` and the environment `variable` to suggest for it, a literal host's `hostname` and whether it is
 * `repeated`, whether the criteria read are `complete` (nothing a spread or another config file may add)
 * and, per criterion, whether it is `central` (an average or median) and the `firstOfConcern` (the first
 * about latency, errors...). Returns a new scenario; the parsed one is kept.
 */
export function enrichScenario(scenario: Scenario): Scenario {
  const enriched = { ...scenario };
  if (scenario.criteria && Array.isArray(scenario.criteria.items)) {
    const seen = new Set<string>();
    const items = scenario.criteria.items.map((c): Criterion => {
      const firstOfConcern = !seen.has(c.concerns);
      seen.add(c.concerns);
      return { ...c, central: isCentralAggregation(c), firstOfConcern };
    });
    enriched.criteria = { ...scenario.criteria, items, complete: criteriaComplete(scenario) };
  }
  if (Array.isArray(scenario.secrets) && scenario.secrets.length > 0)
    enriched.secrets = scenario.secrets.map(secretFacts);
  if (Array.isArray(scenario.hosts) && scenario.hosts.length > 0) enriched.hosts = hostFacts(scenario.hosts);
  return enriched;
}

function hostFacts(hosts: readonly HostRef[]): HostRef[] {
  const seen = new Set<string>();
  return hosts.map((host) => {
    if (host.origin !== 'literal') return host;
    const hostname = hostnameOf(host.value);
    const repeated = seen.has(hostname);
    seen.add(hostname);
    return { ...host, hostname, repeated };
  });
}

function hostnameOf(value: string): string {
  return value
    .replace(/^[a-z][a-z0-9+.-]*:\/\//i, '')
    .replace(/[/?#].*$/, '')
    .replace(/:\d+$/, '')
    .toLowerCase();
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
