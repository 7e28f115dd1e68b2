import { getEntry, getValue } from '../../scenario/artillery/tree.js';
import type { Scenario } from '../../scenario/model.js';
import { hasUnknownEntries, type SourceValue } from '../../scenario/value.js';
import type { CheckFunction } from '../types.js';

const LOCAL_HOST = /^(?:localhost|127(?:\.\d{1,3}){3}|0\.0\.0\.0|\[::1\]|host\.docker\.internal)$/i;

/** Scheme and authority of a URL (`https://api.example.com:8443`), or the text itself when it is not a URL. */
function originOf(value: string): string {
  return /^\s*[a-z][a-z0-9+.-]*:\/\/[^/?#\s]*/i.exec(value)?.[0].trim() ?? value.trim();
}

function hostnameOf(origin: string): string {
  const authority = origin.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').replace(/^[^@]*@/, '');
  return authority.startsWith('[') ? authority.replace(/(\])(:\d+)?$/, '$1') : authority.replace(/:\d+$/, '');
}

/**
 * Can `-e <environment>` switch the host? Only when an environment under `config.environments` sets its own
 * `target` (or one we cannot read); an `environments:` block that only changes phases or plugins leaves
 * `config.target` as the host of every run.
 */
function environmentsSetTarget(document: SourceValue): boolean {
  const environments = getValue(getValue(document, 'config'), 'environments');
  if (environments === undefined) return false;
  if (environments.kind !== 'object') return true;
  return environments.entries.some(
    (e) =>
      e.value.kind !== 'object' || hasUnknownEntries(e.value) || getEntry(e.value, 'target') !== undefined,
  );
}

/**
 * A system-under-test host written into the script ties it to one environment: running it against staging
 * or a preview deployment means editing the file. One finding per distinct host, where it is first written.
 * Local hosts are fine (a test of a local build). Artillery's `target` is overridable per environment, so
 * a document whose `environments:` set their own targets is not reported for its targets.
 */
export const check: CheckFunction = {
  name: 'hardcoded-target-host',
  run(target, ctx) {
    const scenario = target as Scenario;
    if (!Array.isArray(scenario?.hosts)) return;
    const hasEnvironments = scenario.tool === 'artillery' && environmentsSetTarget(scenario.native);
    const seen = new Set<string>();
    for (const host of scenario.hosts) {
      if (host.origin !== 'literal') continue;
      if (host.role === 'target' && hasEnvironments) continue;
      const origin = originOf(host.value);
      if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(origin)) continue;
      if (LOCAL_HOST.test(hostnameOf(origin))) continue;
      const key = origin.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      ctx.report({
        loc: host.loc,
        messageId:
          scenario.tool === 'jmeter'
            ? 'jmeter'
            : scenario.tool === 'artillery'
              ? host.role === 'target'
                ? 'artilleryTarget'
                : 'artilleryUrl'
              : 'k6',
        data: { host: origin },
      });
    }
  },
};
