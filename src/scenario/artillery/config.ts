import type { HostRef, HttpOptions } from '../model.js';
import type { SourceValue } from '../value.js';
import { originOf } from './templates.js';
import { entriesOf, getEntry, getValue } from './tree.js';

/** `config.target` and every `config.environments.<env>.target`. */
export function readTargets(config: SourceValue | undefined): HostRef[] {
  const hosts: HostRef[] = [];
  const push = (value: SourceValue | undefined) => {
    if (value?.kind !== 'string' || value.value.trim() === '') return;
    hosts.push({ value: value.value, origin: originOf(value.value), role: 'target', loc: value.loc });
  };
  push(getValue(config, 'target'));
  for (const env of entriesOf(getValue(config, 'environments'))) push(getValue(env.value, 'target'));
  return hosts;
}

/**
 * The HTTP engine's timeout is `config.timeout || config.http.timeout || 10` seconds; TLS verification is off
 * when `config.tls.rejectUnauthorized` is false (in the config or in an environment, which merges over it).
 */
export function readHttpOptions(config: SourceValue | undefined): HttpOptions {
  const http: HttpOptions = {};
  const timeout = [getEntry(config, 'timeout'), getEntry(getValue(config, 'http'), 'timeout')].find(
    (e) => e !== undefined && seconds(e.value) !== undefined,
  );
  if (timeout) {
    http.timeoutSec = seconds(timeout.value);
    http.timeoutLoc = timeout.value.loc;
  }
  const scopes = [config, ...entriesOf(getValue(config, 'environments')).map((e) => e.value)];
  for (const scope of scopes) {
    const reject = getValue(getValue(scope, 'tls'), 'rejectUnauthorized');
    if (reject?.kind === 'boolean' && !reject.value) {
      http.tlsVerifyDisabled = reject.loc;
      break;
    }
  }
  return http;
}

function seconds(value: SourceValue): number | undefined {
  if (value.kind === 'number' && value.value > 0) return value.value;
  if (value.kind === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(value.value))
    return Number(value.value) || undefined;
  return undefined;
}

/**
 * Can this file hold the whole config? A file with no `config`, or whose config has neither `target` nor
 * `environments`, is meant to be merged with another via `--config`: what it lacks may be there.
 */
export function configIsLocal(document: SourceValue | undefined): boolean {
  const config = getValue(document, 'config');
  if (!config || config.kind !== 'object') return false;
  return getEntry(config, 'target') !== undefined || getEntry(config, 'environments') !== undefined;
}

/** Is a plugin configured in `config.plugins` or in any environment's `plugins`? */
export function pluginConfigs(config: SourceValue | undefined, plugin: string): SourceValue[] {
  const scopes = [config, ...entriesOf(getValue(config, 'environments')).map((e) => e.value)];
  return scopes
    .map((s) => getValue(getValue(s, 'plugins'), plugin))
    .filter((v): v is SourceValue => v !== undefined);
}

/**
 * Does metrics-by-endpoint emit one metric per distinct URL for a request with this name? Only with
 * `groupDynamicURLs: false` (the default groups by the URL template), unless `useOnlyRequestNames` names it
 * or `ignoreUnnamedRequests` drops it.
 */
export function perUrlMetricsFor(config: SourceValue | undefined): (name: string | undefined) => boolean {
  const settings = pluginConfigs(config, 'metrics-by-endpoint');
  return (name) =>
    settings.some((s) => {
      const flag = (key: string) => {
        const v = getValue(s, key);
        return v?.kind === 'boolean' && v.value;
      };
      const groups = getValue(s, 'groupDynamicURLs');
      if (!(groups?.kind === 'boolean' && !groups.value)) return false;
      if (name === undefined) return !flag('ignoreUnnamedRequests');
      return !flag('useOnlyRequestNames');
    });
}
