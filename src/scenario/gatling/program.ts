import type { Node } from 'web-tree-sitter';
import type { JvmLanguage } from './grammars.js';
import { CALL_TYPES, named, toExpr, walk, type CallExpr, type Expr } from './syntax.js';

/** What the DSL reading needs from a file: every call in source order, and the names declared once. */
export interface Program {
  language: JvmLanguage;
  file: string;
  calls: CallExpr[];
  /** `val x = ...`, `final String X = ...`: the value of each name declared exactly once in the file. */
  resolve(name: string): Expr | undefined;
  comments: { line: number; text: string }[];
}

/** Member accesses and calls with no parentheses in each grammar, roots of a DSL chain as much as calls are. */
const ACCESS_TYPES: Record<JvmLanguage, ReadonlySet<string>> = {
  java: new Set(['field_access']),
  kotlin: new Set(['navigation_expression']),
  scala: new Set(['field_expression']),
};

export function readProgram(root: Node, language: JvmLanguage, file: string): Program {
  const calls: CallExpr[] = [];
  const declared = new Map<string, Node[]>();
  const comments: { line: number; text: string }[] = [];
  const callTypes = CALL_TYPES[language];
  const accessTypes = ACCESS_TYPES[language];
  const pending: Node[] = [root];
  // Each maximal expression is converted once; what conversion leaves as `other` (a lambda, a block, a
  // node past the depth limit) is walked again as a root of its own, so nothing is converted twice.
  while (pending.length > 0) {
    walk(pending.pop()!, (node) => {
      if (/comment$/.test(node.type)) {
        comments.push({ line: node.startPosition.row + 1, text: commentText(node.text) });
        return false;
      }
      const declaration = declarationOf(node, language);
      if (declaration)
        declared.set(declaration.name, [...(declared.get(declaration.name) ?? []), declaration.value]);
      if (!callTypes.has(node.type) && !accessTypes.has(node.type)) return;
      collect(toExpr(node, language), node, calls, pending);
      return false;
    });
  }
  // In source order of the names: in `exec(a).pause(1).pace(5)`, pause before pace.
  calls.sort((a, b) => a.nameNode.startIndex - b.nameNode.startIndex);
  const cache = new Map<string, Expr | undefined>();
  return {
    language,
    file,
    calls,
    comments,
    resolve(name) {
      if (cache.has(name)) return cache.get(name);
      const values = declared.get(name);
      const expr = values?.length === 1 ? toExpr(values[0]!, language) : undefined;
      cache.set(name, expr);
      return expr;
    },
  };
}

/** The calls of an expression converted from `root`; what it left as `other` is walked again (`pending`). */
function collect(expr: Expr, root: Node, calls: CallExpr[], pending: Node[]): void {
  const stack: Expr[] = [expr];
  while (stack.length > 0) {
    const e = stack.pop()!;
    switch (e.kind) {
      case 'call':
        calls.push(e);
        if (e.receiver) stack.push(e.receiver);
        for (const a of e.args ?? []) stack.push(a);
        break;
      case 'concat':
        stack.push(...e.parts);
        break;
      case 'other':
        // The root itself left as it is (a call of a number, `5.0(...)`, from a string left open) is not
        // converted again, or the walk would take it up forever: its children are walked instead.
        if (e.node.id === root.id) {
          for (const child of e.node.namedChildren) if (child) pending.push(child);
        } else pending.push(e.node);
        break;
      default:
        break;
    }
  }
}

function commentText(text: string): string {
  return text
    .replace(/^\/\/\s?/, '')
    .replace(/^\/\*+\s?|\s*\*+\/$/g, '')
    .trim();
}

function declarationOf(node: Node, language: JvmLanguage): { name: string; value: Node } | undefined {
  if (language === 'java' && node.type === 'variable_declarator') {
    const name = node.childForFieldName('name')?.text;
    const value = node.childForFieldName('value');
    return name && value ? { name, value } : undefined;
  }
  if (language === 'kotlin' && node.type === 'property_declaration') {
    const parts = named(node);
    const variable = parts.find((p) => p.type === 'variable_declaration');
    const name = variable ? named(variable).find((c) => c.type === 'identifier')?.text : undefined;
    const value = parts.at(-1);
    if (
      !name ||
      !value ||
      value === variable ||
      /^(?:modifiers|property_delegate|getter|setter)$/.test(value.type)
    )
      return undefined;
    return { name, value };
  }
  if (language === 'scala' && (node.type === 'val_definition' || node.type === 'var_definition')) {
    const pattern = node.childForFieldName('pattern');
    const value = node.childForFieldName('value');
    return pattern?.type === 'identifier' && value ? { name: pattern.text, value } : undefined;
  }
  return undefined;
}
