import { getEntry, getValue } from '../../scenario/artillery/tree.js';
import { hasUnknownEntries, type SourceValue } from '../../scenario/value.js';
import type { CheckFunction } from '../types.js';

const LOCAL_HOST = /^(?:localhost|127(?:\.\d{1,3}){3}|0\.0\.0\.0|\[::1\]|host\.docker\.internal)$/i;

/** Scheme and authority of a URL (`https://api.example.com:8443`), or the text itself when it is not a URL. */
function originOf(value: string): string {
  return /^\s*[a-z][a-z0-9+.-]*:\/\/[^/?#\s]*/i.exec(value)?.[0].trim() ?? value.trim();
}

/** The host name of an origin, without user and port (a port may be a run-time value: `127.0.0.1:${PORT}`). */
function hostnameOf(origin: string): string {
  const authority = origin.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').replace(/^[^@]*@/, '');
  return authority.startsWith('[') ? authority.replace(/(\]).*$/, '$1') : authority.replace(/:.*$/, '');
}

/** A host name with a run-time part (`api-${__ENV.STAGE}.example.com`) is not hard-coded. */
const RUNTIME_PART = /\$\{|\{\{/;

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
  run(scenario, ctx) {
    if (!Array.isArray(scenario?.hosts)) return;
    const hasEnvironments = scenario.tool === 'artillery' && environmentsSetTarget(scenario.native);
    const seen = new Set<string>();
    for (const host of scenario.hosts) {
      if (host.origin !== 'literal') continue;
      if (host.role === 'target' && hasEnvironments) continue;
      const origin = originOf(host.value);
      if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(origin)) continue;
      const hostname = hostnameOf(origin);
      if (hostname === '' || RUNTIME_PART.test(hostname) || LOCAL_HOST.test(hostname)) continue;
      const key = origin.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      // A base URL (a target, a constant) is shown with its path; a request URL names the host it hard-codes.
      const inRequest = host.role === 'url' && !/^\/?$/.test(host.value.trim().slice(origin.length));
      const tool = scenario.tool === 'artillery' ? 'artillery' : 'k6';
      ctx.report({
        loc: host.loc,
        messageId:
          scenario.tool === 'locust' ||
          scenario.tool === 'jmeter' ||
          scenario.tool === 'gatling' ||
          scenario.tool === 'taurus'
            ? scenario.tool
            : inRequest
              ? `${tool}Url`
              : tool === 'artillery'
                ? 'artilleryTarget'
                : 'k6',
        data: { host: host.role === 'url' ? origin : host.value.trim(), url: host.value.trim() },
      });
    }
  },
};
