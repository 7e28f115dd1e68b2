import type * as t from '@babel/types';
import type { SecretRef } from '../model.js';
import { classifySecret } from '../secrets.js';
import { locOf, staticKeyName, unwrap } from './ast.js';

function literalText(node: t.Node | null | undefined): { text: string; node: t.Node } | undefined {
  if (!node) return undefined;
  const n = unwrap(node);
  if (n.type === 'StringLiteral') return { text: n.value, node: n };
  if (n.type === 'TemplateLiteral' && n.expressions.length === 0)
    return { text: n.quasis[0]?.value.cooked ?? '', node: n };
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
        const verdict = lit ? classifySecret(undefined, lit.text) : undefined;
        if (lit && verdict) this.add('(string)', verdict.masked, verdict.reason, lit.node);
        return;
      }
      default:
        return;
    }
  }

  private named(key: string, value: t.Node | null | undefined): void {
    const lit = literalText(value);
    const verdict = lit ? classifySecret(key, lit.text) : undefined;
    if (lit && verdict) this.add(key, verdict.masked, verdict.reason, lit.node);
  }

  private add(key: string, masked: string, reason: string, node: t.Node): void {
    if (this.seen.has(node)) {
      // A literal found by shape first and by key later keeps the more informative key.
      const existing = this.secrets.find(
        (s) => s.loc.line === node.loc?.start.line && s.loc.column === (node.loc?.start.column ?? 0) + 1,
      );
      if (existing && existing.key === '(string)') existing.key = key;
      return;
    }
    this.seen.add(node);
    this.secrets.push({ key, masked, reason, loc: locOf(node, this.file) });
  }
}
