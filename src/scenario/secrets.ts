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

/**
 * Every word `isCredentialKey` accepts, and the word a qualified one ends with (`key`, `session id`), contains
 * one of these: a key without any (most keys) is answered without splitting it into words.
 */
const CREDENTIAL_HINT = /pass|pwd|secret|token|key|auth|bearer|credential|cookie|session/i;

/** How every one of `TOKEN_SHAPES` begins, case aside: most strings fail this one test instead of ten. */
const TOKEN_START =
  /^(?:gh[pousr]_|github_pat_|AKIA|ASIA|eyJ|xox[abposr]-|sk_(?:live|test)_|glpat-|-----BEGIN|Bearer\s|Basic\s)/i;

export function isCredentialKey(key: string): boolean {
  if (!CREDENTIAL_HINT.test(key)) return false;
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
  if (/^[x*\u2022.\-_#]+$/i.test(v)) return true;
  if (
    /^(?:changeme|change[_-]?me|todo|tbd|placeholder|redacted|none|null|undefined|secret|password|token)$/i.test(
      v,
    ) ||
    // The same words in leetspeak, as sample configs write them (`Chang3M3` in a Kafka plugin's plan).
    /^(?:change[_-]?me|placeholder|secret|password)$/i.test(unleet(v))
  )
    return true;
  if (/^(?:your|my)[_-]?.*(?:here|token|key|secret|password)$/i.test(v)) return true;
  if (/^(?:Bearer|Basic|Token)\s*$/i.test(v)) return true;
  // k6 `auth` params name a scheme, not a credential.
  if (/^(?:basic|digest|ntlm|aws4|bearer|oauth2?|jwt)$/i.test(v)) return true;
  return /^(?:https?|wss?):\/\//i.test(v);
}

function unleet(value: string): string {
  const map: Record<string, string> = {
    '0': 'o',
    '1': 'i',
    '3': 'e',
    '4': 'a',
    '5': 's',
    '7': 't',
    '@': 'a',
    $: 's',
  };
  return value.replace(/[013457@$]/g, (c) => map[c] ?? c);
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
 * Values API specifications and generated clients write where a value goes (OpenAPI `"password": "string"`,
 * a format name): the type of the field, not its content.
 */
const SPEC_PLACEHOLDERS = new Set([
  'string',
  'str',
  'text',
  'value',
  'integer',
  'int',
  'number',
  'boolean',
  'bool',
  'object',
  'array',
  'uuid',
  'date',
  'date-time',
  'datetime',
  'email',
  'binary',
  'byte',
  'base64',
  'any',
  'default',
  'example',
]);

/**
 * Passwords famous for being jokes or wordlist defaults (`hunter2`, `letmein`, `123456`): publishing them
 * leaks nothing every wordlist does not already hold, and in a scenario they are fixtures of a local app.
 */
const JOKE_VALUES = new Set([
  'hunter2',
  'letmein',
  'qwerty',
  'qwerty123',
  'abc123',
  'abcdef',
  'foobar',
  'foobarbaz',
  'iloveyou',
  'trustno1',
  'password1',
  'password123',
  'passw0rd',
  'p@ssw0rd',
  'p@ssword',
  'admin123',
  'secret123',
  'pass123',
  'pa55word',
  'opensesame',
  'swordfish',
]);

/**
 * A value found only by its key that reads as a fixture, a spec placeholder, a joke or prose rather than as
 * a credential: `demo123`, `string`, `hunter2`, `matter` (in `username: doesnt, password: matter`),
 * `overrides-the-value-in-defaults`. Token shapes are never excused.
 */
function isDummyOrProse(value: string): boolean {
  const body = value.replace(/^(?:Bearer|Basic|Token)\s+/i, '');
  const lower = body.toLowerCase();
  if (SPEC_PLACEHOLDERS.has(lower) || /^string\s*\(.*\)$/.test(lower) || JOKE_VALUES.has(lower)) return true;
  // One word of letters (`matter`, `admin`) or a short run of digits (`1234`) is a word or a PIN-pad
  // default, not a generated secret; generated ones mix classes or run long.
  if (/^[A-Za-z]{1,12}$/.test(body) || /^[0-9]{1,8}$/.test(body)) return true;
  if (isKeyboardRun(body)) return true;
  const w = words(body);
  if (w.some((word) => DUMMY_WORDS.has(word))) return true;
  // Three or more lower-case words joined by spaces or dashes are a phrase, not a generated secret.
  return /^[a-z]+(?:[\s-][a-z]+){2,}$/.test(body);
}

/**
 * `abcdef0123456789`, `12345678`: at most two runs of consecutive characters, what a demo app (QuickPizza's
 * `token abcdef0123456789`) or a tutorial writes where a token goes. No generated secret looks like this.
 */
function isKeyboardRun(value: string): boolean {
  if (value.length < 6) return false;
  let runs = 1;
  for (let i = 1; i < value.length; i++) if (value.charCodeAt(i) !== value.charCodeAt(i - 1) + 1) runs++;
  return runs <= 2;
}

/**
 * Says which value it is without any of it: its length, and an auth scheme word when there is one
 * (`Bearer, 32 characters`). Even two characters at each end help guess a short password.
 */
export function maskSecret(value: string): string {
  const scheme = /^(Bearer|Basic|Token)\s+/i.exec(value);
  const body = value.slice(scheme ? scheme[0].length : 0);
  const length = `${body.length} character${body.length === 1 ? '' : 's'}`;
  return scheme ? `${scheme[1]}, ${length}` : length;
}

/**
 * The password of a `Basic` authorization value whose base64 decodes to printable `user:password`;
 * undefined when the value is not one (a token then falls to the token shapes as before).
 */
function basicPassword(value: string): string | undefined {
  const match = /^Basic\s+([A-Za-z0-9+/]{4,}={0,2})$/i.exec(value);
  if (!match?.[1] || match[1].length % 4 !== 0) return undefined;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  if (!/^[\x20-\x7e]+$/.test(decoded)) return undefined;
  const colon = decoded.indexOf(':');
  return colon < 0 ? undefined : decoded.slice(colon + 1);
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
  // Adapters ask about every string literal; without a credential key only a token shape can make one a
  // secret, so the placeholder tests (a dozen regexes) are run only for values that could be one.
  if (
    (key === undefined || !isCredentialKey(key)) &&
    !(
      TOKEN_START.test(text) &&
      (/^Basic\s/i.test(text) || TOKEN_SHAPES.some(([pattern]) => pattern.test(text)))
    )
  )
    return undefined;
  if (isPlaceholder(text)) return undefined;
  const basic = basicPassword(text);
  if (basic !== undefined) {
    // `Basic YWRtaW46YWRtaW4=` is `admin:admin`: judge the password it carries, as if it were written plain.
    if (isPlaceholder(basic) || basic.length < 3 || isDummyOrProse(basic)) return undefined;
    return {
      masked: `Basic, ${basic.length} character${basic.length === 1 ? '' : 's'}`,
      reason: "it decodes to basic-auth user:password, and the length given is the password's",
    };
  }
  for (const [pattern, reason] of TOKEN_SHAPES) {
    if (pattern.test(text)) return { masked: maskSecret(text), reason: `it has the shape of ${reason}` };
  }
  if (key === undefined || !isCredentialKey(key) || text.length < 3 || isDummyOrProse(text)) return undefined;
  return { masked: maskSecret(text), reason: 'its key names a credential' };
}
