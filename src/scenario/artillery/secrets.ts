import type { SecretRef } from '../model.js';
import type { SourceValue } from '../value.js';
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

const CREDENTIAL_WORDS = new Set([
  'password',
  'passwd',
  'pwd',
  'pass',
  'passphrase',
  'secret',
  'token',
  'apikey',
  'authorization',
  'auth',
  'credential',
  'credentials',
  'cookie',
]);
const KEY_QUALIFIERS = new Set([
  'api',
  'app',
  'access',
  'private',
  'secret',
  'client',
  'subscription',
  'signing',
]);

/** Splits `x-api-key`, `apiKey`, `client_secret` into lower-case words. */
function words(key: string): string[] {
  return key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w.toLowerCase());
}

export function isCredentialKey(key: string): boolean {
  const w = words(key);
  const last = w[w.length - 1];
  if (!last) return false;
  if (CREDENTIAL_WORDS.has(last)) return true;
  if (last === 'key' && w.length > 1 && KEY_QUALIFIERS.has(w[w.length - 2] ?? '')) return true;
  // `x-auth-token`, `auth_token`, `access_token` end in a credential word; `x-auth` alone too.
  return false;
}

const PLACEHOLDER =
  /^(<[^>]*>|\$\{[^}]*\}|%[^%]+%|x+|\*+|\.+|changeme|change_me|todo|redacted|null|none|undefined)$/i;

const SHAPES: { pattern: RegExp; reason: string; prefix: string }[] = [
  { pattern: /^Bearer\s+[A-Za-z0-9\-._~+/]{8,}=*$/, reason: 'a Bearer token', prefix: 'Bearer ' },
  { pattern: /^Basic\s+[A-Za-z0-9+/]{8,}=*$/, reason: 'Basic credentials', prefix: 'Basic ' },
  {
    pattern: /^eyJ[A-Za-z0-9_-]{5,}\.eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*$/,
    reason: 'a JSON Web Token',
    prefix: 'eyJ',
  },
  { pattern: /^(AKIA|ASIA)[0-9A-Z]{16}$/, reason: 'an AWS access key id', prefix: 'AKIA' },
  { pattern: /^gh[pousr]_[A-Za-z0-9]{36,}$/, reason: 'a GitHub token', prefix: 'gh' },
  { pattern: /^xox[abposr]-[A-Za-z0-9-]{10,}$/, reason: 'a Slack token', prefix: 'xox' },
  { pattern: /^sk_live_[A-Za-z0-9]{16,}$/, reason: 'a Stripe secret key', prefix: 'sk_live_' },
];

function classify(key: string | undefined, value: SourceValue): Omit<SecretRef, 'loc'> | undefined {
  if (value.kind !== 'string' && value.kind !== 'number') return undefined;
  const text = String(value.value).trim();
  if (text === '' || isTemplate(text) || PLACEHOLDER.test(text)) return undefined;
  for (const shape of SHAPES) {
    if (shape.pattern.test(text))
      return { key: key ?? '', masked: `${shape.prefix}****`, reason: shape.reason };
  }
  if (key !== undefined && isCredentialKey(key) && text.length >= 3) {
    // `Authorization: Bearer {{ token }}` was excluded above; a literal scheme with a literal value is kept.
    return { key, masked: '****', reason: `the key "${key}" names a credential` };
  }
  return undefined;
}
