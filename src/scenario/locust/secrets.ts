import type { SecretRef } from '../model.js';
import { classifySecret } from '../secrets.js';
import { callArguments, locOf, named, stringValue, type PyNode } from '../python/syntax.js';
import type { LocustNodeType, LocustNodes } from './nodes.js';

/** The nodes a secret is found in: keys and keywords with their values, assignments, calls, and strings. */
const SECRET_TYPES = new Set<LocustNodeType>(['pair', 'keyword_argument', 'assignment', 'call', 'string']);

/**
 * String literals that look like credentials: by the key, keyword or variable they are given to
 * (`"password": "..."`, `password="..."`, `token = "..."`, `auth=("user", "...")`), or by a known token
 * shape anywhere. A default of `os.environ.get("X", "...")` is a local fallback, not reported.
 */
export function findSecrets(nodes: LocustNodes, file: string): SecretRef[] {
  const out: SecretRef[] = [];
  const seen = new Set<number>();
  // A string is met twice, as a value given to a key and on its own: its value is read once.
  const values = new Map<number, string | undefined>();
  const valueOf = (node: PyNode): string | undefined => {
    if (values.has(node.id)) return values.get(node.id);
    const value = stringValue(node);
    values.set(node.id, value);
    return value;
  };
  // Only calls to these can hold a fallback; a file that names neither has no call worth reading.
  const readsEnv = nodes.text.includes('environ.get') || nodes.text.includes('getenv');
  const add = (key: string | undefined, value: PyNode | null | undefined) => {
    if (!value || seen.has(value.id)) return;
    const text = valueOf(value);
    if (text === undefined) return;
    const verdict = classifySecret(key, text);
    if (!verdict) return;
    seen.add(value.id);
    out.push({
      key: key ?? '(string)',
      masked: verdict.masked,
      reason: verdict.reason,
      loc: locOf(value, file),
    });
  };
  // A string's own parts (an f-string's `{...}`) are part of its text, never looked at again: in source
  // order they come right after the string and before its end.
  let insideStringUntil = -1;
  for (const [node, type] of nodes.ofAny(SECRET_TYPES)) {
    if (node.startIndex < insideStringUntil) continue;
    switch (type) {
      case 'pair': {
        const key = node.childForFieldName('key');
        add(key ? valueOf(key) : undefined, node.childForFieldName('value'));
        continue;
      }
      case 'keyword_argument': {
        const name = node.childForFieldName('name')?.text;
        const value = node.childForFieldName('value');
        if (name === 'auth' && value && (value.type === 'tuple' || value.type === 'list')) {
          add('password', named(value)[1]);
          continue;
        }
        add(name, value);
        continue;
      }
      case 'assignment': {
        const left = node.childForFieldName('left');
        const key = left?.type === 'attribute' ? left.childForFieldName('attribute')?.text : left?.text;
        add(key, node.childForFieldName('right'));
        continue;
      }
      case 'call': {
        if (!readsEnv) continue;
        // `os.environ.get("PASSWORD", "local")`: the literal is the fallback of a variable, not the secret.
        const callee = node.childForFieldName('function')?.text ?? '';
        if (/(?:environ\.get|getenv)$/.test(callee)) {
          for (const arg of callArguments(node).positional) if (arg.id) seen.add(arg.id);
        }
        continue;
      }
      case 'string':
        add(undefined, node);
        insideStringUntil = node.endIndex;
        continue;
    }
  }
  return out;
}
