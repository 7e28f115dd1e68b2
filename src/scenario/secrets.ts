/**
 * What counts as a credential written into a scenario, for every tool: one classifier, so a value is a
 * secret in a k6 script exactly when it would be one in an Artillery script. Adapters find the candidate
 * values (literal strings with the key they are assigned to); this decides and masks.
 */

/** Token formats that are credentials whatever they are assigned to. */
const TOKEN_SHAPES: [RegExp, string][] = [
  [/^gh[pousr]_[A-Za-z0-9]{30,}$/, 'a GitHub token'],
  [/^github_pat_[A-Za-z0-9_]{30,}$/, 'a GitHub token'],
  [/^(?:AKIA|ASIA)[A-Z0-9]{16}$/, 'an AWS access key'],
  [/^eyJ[A-Za-z0-9_-]{5,}\.eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{8,}$/, 'a JSON Web Token'],
  [/^xox[abposr]-[A-Za-z0-9-]{10,}$/, 'a Slack token'],
  [/^sk_(?:live|test)_[A-Za-z0-9]{16,}$/, 'a Stripe key'],
  [/^glpat-[A-Za-z0-9_-]{20,}$/, 'a GitLab token'],
  [/^-----BEGIN (?:[A-Z]+ )?PRIVATE KEY-----/, 'a private key'],
  [/^Bearer\s+[A-Za-z0-9._~+/=-]{16,}$/i, 'a bearer token'],
  [/^Basic\s+[A-Za-z0-9+/]{8,}={0,2}$/i, 'basic-auth credentials'],
];

/** The last word of a key that names a credential: `password`, `x-api-key`, `clientSecret`, `Authorization`. */
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
  'bearer',
  'credential',
  'credentials',
  'cookie',
]);
/** `api key`, `private key`, `session id`: two words that together name a credential. */
const QUALIFIED = new Map([
  ['key', new Set(['api', 'app', 'access', 'private', 'secret', 'client', 'subscription', 'signing'])],
  ['id', new Set(['session'])],
]);

/** Splits `x-api-key`, `apiKey`, `client_secret`, `demo123` into lower-case words. */
function words(text: string): string[] {
  return text
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/([A-Za-z])([0-9])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w.toLowerCase());
}

export function isCredentialKey(key: string): boolean {
  const w = words(key);
  const last = w[w.length - 1];
  if (!last) return false;
  if (CREDENTIAL_WORDS.has(last)) return true;
  return w.length > 1 && (QUALIFIED.get(last)?.has(w[w.length - 2] ?? '') ?? false);
}

/** Values that stand for a secret rather than being one: references, masks, scheme names, URLs. */
function isPlaceholder(value: string): boolean {
  const v = value.trim();
  if (v === '') return true;
  if (/\$\{|\{\{|%\(|<[^>]*>|^\$[A-Z_]+$|^%[^%]+%$/.test(v)) return true;
  if (/^[x*•.\-_#]+$/i.test(v)) return true;
  if (
    /^(?:changeme|change[_-]?me|todo|tbd|placeholder|redacted|none|null|undefined|secret|password|token)$/i.test(
      v,
    )
  )
    return true;
  if (/^(?:your|my)[_-]?.*(?:here|token|key|secret|password)$/i.test(v)) return true;
  if (/^(?:Bearer|Basic|Token)\s*$/i.test(v)) return true;
  // k6 `auth` params name a scheme, not a credential.
  if (/^(?:basic|digest|ntlm|aws4|bearer|oauth2?|jwt)$/i.test(v)) return true;
  return /^(?:https?|wss?):\/\//i.test(v);
}

const DUMMY_WORDS = new Set([
  'demo',
  'dummy',
  'sample',
  'example',
  'fake',
  'test',
  'testing',
  'placeholder',
  'mock',
]);

/**
 * A value found only by its key that reads as a fixture or as prose rather than as a credential:
 * `demo123`, `test-password-123`, `overrides-the-value-in-defaults`. Token shapes are never excused.
 */
function isDummyOrProse(value: string): boolean {
  const body = value.replace(/^(?:Bearer|Basic|Token)\s+/i, '');
  const w = words(body);
  if (w.some((word) => DUMMY_WORDS.has(word))) return true;
  // Three or more lower-case words joined by spaces or dashes are a phrase, not a generated secret.
  return /^[a-z]+(?:[\s-][a-z]+){2,}$/.test(body);
}

/** Shows enough to find the value, never enough to use it: `ab•••••yz`, keeping an auth scheme word. */
export function maskSecret(value: string): string {
  const scheme = /^(Bearer|Basic|Token)\s+/i.exec(value);
  const prefix = scheme ? scheme[0] : '';
  const body = value.slice(prefix.length);
  if (body.length < 8) return `${prefix}•••••`;
  return `${prefix}${body.slice(0, 2)}•••••${body.slice(-2)}`;
}

export interface SecretVerdict {
  masked: string;
  reason: string;
}

/**
 * Is this literal a credential? By a known token shape whatever its key, or by a credential key when the
 * value is not a reference, a placeholder, a fixture value or prose.
 */
export function classifySecret(key: string | undefined, value: string): SecretVerdict | undefined {
  const text = value.trim();
  if (isPlaceholder(text)) return undefined;
  for (const [pattern, reason] of TOKEN_SHAPES) {
    if (pattern.test(text)) return { masked: maskSecret(text), reason: `it has the shape of ${reason}` };
  }
  if (key === undefined || !isCredentialKey(key) || text.length < 3 || isDummyOrProse(text)) return undefined;
  return { masked: maskSecret(text), reason: `it is assigned to "${key}"` };
}
