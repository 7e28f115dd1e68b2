import type { SecretRef } from '../model.js';
import { classifySecret } from '../secrets.js';
import type { SourceValue } from '../value.js';
import { isTemplate } from './templates.js';

/**
 * Literal credentials anywhere in the config: values under credential-like keys (`password`, `token`,
 * `Authorization` headers, `modules.blazemeter.token`) and values shaped like credentials whatever their
 * key. `${...}` references (JMeter properties, environment variables) are not secrets.
 */
export function findSecrets(config: SourceValue | undefined): SecretRef[] {
  const found: SecretRef[] = [];
  const visit = (value: SourceValue, key: string | undefined, depth: number): void => {
    if (depth > 100) return;
    if (value.kind === 'object') {
      for (const entry of value.entries) visit(entry.value, entry.key, depth + 1);
      return;
    }
    if (value.kind === 'array') {
      for (const item of value.items) visit(item, key, depth + 1);
      return;
    }
    if (value.kind !== 'string' && value.kind !== 'number') return;
    const text = String(value.value);
    if (isTemplate(text)) return;
    const verdict = classifySecret(key, text);
    if (verdict) found.push({ key: key ?? '', ...verdict, loc: value.loc });
  };
  if (config) visit(config, undefined, 0);
  return found;
}
