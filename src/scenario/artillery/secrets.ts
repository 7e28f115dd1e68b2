import type { SecretRef } from '../model.js';
import type { SourceValue } from '../value.js';
import { classifySecret } from '../secrets.js';
import { isTemplate } from './templates.js';

/**
 * Literal credentials anywhere in the document: values under credential-like keys (`password`, `token`,
 * `x-api-key`, `Authorization`, `auth.pass`), and values shaped like credentials whatever their key
 * (`Bearer …`, `Basic …`, JWTs, AWS and GitHub tokens). `{{ }}` templates are references, not secrets.
 */
export function findSecrets(document: SourceValue | undefined): SecretRef[] {
  const found: SecretRef[] = [];
  const visit = (value: SourceValue, key: string | undefined, depth: number): void => {
    if (depth > 100) return;
    if (value.kind === 'object') {
      for (const entry of value.entries) visit(entry.value, entry.key, depth + 1);
      return;
    }
    if (value.kind === 'array') {
      // A list under a credential key (Artillery `variables: { password: [a, b] }`) keeps that key.
      for (const item of value.items) visit(item, key, depth + 1);
      return;
    }
    const secret = classify(key, value);
    if (secret) found.push({ ...secret, loc: value.loc });
  };
  if (document) visit(document, undefined, 0);
  return found;
}

function classify(key: string | undefined, value: SourceValue): Omit<SecretRef, 'loc'> | undefined {
  if (value.kind !== 'string' && value.kind !== 'number') return undefined;
  const text = String(value.value);
  if (isTemplate(text)) return undefined;
  const verdict = classifySecret(key, text);
  return verdict && { key: key ?? '', ...verdict };
}
