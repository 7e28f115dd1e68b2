import type * as t from '@babel/types';
import type { SecretRef } from '../model.js';
import { locOf, staticKeyName, unwrap } from './ast.js';

/** Names of keys and variables that hold credentials. */
const CREDENTIAL_NAME =
  /(?:^|[_\-.]|[a-z](?=[A-Z]))(?:pass(?:word|wd|phrase)?|pwd|secret|token|api[_-]?key|apikey|auth(?:orization)?|bearer|client[_-]?secret|private[_-]?key|access[_-]?key|secret[_-]?key|session[_-]?id|cookie|credentials?)$/i;
/** Names that end like a credential but hold something else: `tokenUrl`, `passwordField`, `authType`. */
const NOT_A_CREDENTIAL =
  /(?:url|uri|endpoint|path|field|name|type|label|selector|header|length|policy|method|regex|pattern|prefix|mode|expiry|expires|ttl|id_key)$/i;

/** Token formats that are credentials whatever they are assigned to. */
const TOKEN_SHAPES: [RegExp, string][] = [
  [/^gh[pousr]_[A-Za-z0-9]{30,}$/, 'a GitHub token'],
  [/^github_pat_[A-Za-z0-9_]{30,}$/, 'a GitHub token'],
  [/^(?:AKIA|ASIA)[A-Z0-9]{16}$/, 'an AWS access key'],
  [/^eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}$/, 'a JSON Web Token'],
  [/^xox[abprs]-[A-Za-z0-9-]{10,}$/, 'a Slack token'],
  [/^sk_(?:live|test)_[A-Za-z0-9]{16,}$/, 'a Stripe key'],
  [/^glpat-[A-Za-z0-9_-]{20,}$/, 'a GitLab token'],
  [/^-----BEGIN (?:[A-Z]+ )?PRIVATE KEY-----/, 'a private key'],
  [/^Bearer\s+[A-Za-z0-9._~+/=-]{16,}$/i, 'a bearer token'],
  [/^Basic\s+[A-Za-z0-9+/]{8,}={0,2}$/i, 'basic-auth credentials'],
];

/** Values that stand for a secret rather than being one. */
function isPlaceholder(value: string): boolean {
  const v = value.trim();
  if (v === '') return true;
  if (/\$\{|\{\{|%\(|<[^>]*>|^\$[A-Z_]+$/.test(v)) return true;
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

/** Shows enough to find the value, never enough to use it: `ab•••••yz`, keeping an auth scheme word. */
export function maskSecret(value: string): string {
  const scheme = /^(Bearer|Basic|Token)\s+/i.exec(value);
  const prefix = scheme ? scheme[0] : '';
  const body = value.slice(prefix.length);
  if (body.length < 8) return `${prefix}•••••`;
  return `${prefix}${body.slice(0, 2)}•••••${body.slice(-2)}`;
}

function literalText(node: t.Node | null | undefined): { text: string; node: t.Node } | undefined {
  if (!node) return undefined;
  const n = unwrap(node);
  if (n.type === 'StringLiteral') return { text: n.value, node: n };
  if (n.type === 'TemplateLiteral' && n.expressions.length === 0)
    return { text: n.quasis[0]?.value.cooked ?? '', node: n };
  return undefined;
}

function shapeOf(value: string): string | undefined {
  for (const [pattern, reason] of TOKEN_SHAPES) if (pattern.test(value.trim())) return reason;
  return undefined;
}

/**
 * Finds string literals that look like credentials: by the name of the key or variable they are assigned
 * to, or by a known token format anywhere. Collects across calls to `visit`; one report per literal.
 */
export class SecretCollector {
  readonly secrets: SecretRef[] = [];
  private readonly seen = new Set<t.Node>();

  constructor(private readonly file: string) {}

  visit(node: t.Node): void {
    switch (node.type) {
      case 'ObjectProperty': {
        const key = staticKeyName(node.key, node.computed);
        if (key !== undefined) this.named(key, node.value);
        return;
      }
      case 'VariableDeclarator':
        if (node.id.type === 'Identifier') this.named(node.id.name, node.init);
        return;
      case 'AssignmentExpression': {
        const left = node.left;
        if (left.type === 'Identifier') this.named(left.name, node.right);
        else if (left.type === 'MemberExpression') {
          const key = staticKeyName(left.property, left.computed);
          if (key !== undefined) this.named(key, node.right);
        }
        return;
      }
      case 'StringLiteral':
      case 'TemplateLiteral': {
        const lit = literalText(node);
        const reason = lit ? shapeOf(lit.text) : undefined;
        if (lit && reason && !isPlaceholder(lit.text))
          this.add('(string)', lit.text, `it has the shape of ${reason}`, lit.node);
        return;
      }
      default:
        return;
    }
  }

  private named(key: string, value: t.Node | null | undefined): void {
    const lit = literalText(value);
    if (!lit || isPlaceholder(lit.text)) return;
    const shape = shapeOf(lit.text);
    if (shape) {
      this.add(key, lit.text, `it has the shape of ${shape}`, lit.node);
      return;
    }
    if (CREDENTIAL_NAME.test(key) && !NOT_A_CREDENTIAL.test(key)) {
      this.add(key, lit.text, `it is assigned to "${key}"`, lit.node);
    }
  }

  private add(key: string, value: string, reason: string, node: t.Node): void {
    if (this.seen.has(node)) {
      // A literal found by shape first and by key later keeps the more informative key.
      const existing = this.secrets.find(
        (s) => s.loc.line === node.loc?.start.line && s.loc.column === (node.loc?.start.column ?? 0) + 1,
      );
      if (existing && existing.key === '(string)') existing.key = key;
      return;
    }
    this.seen.add(node);
    this.secrets.push({ key, masked: maskSecret(value), reason, loc: locOf(node, this.file) });
  }
}
