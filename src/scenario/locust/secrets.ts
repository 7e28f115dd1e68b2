import type { SecretRef } from '../model.js';
import { classifySecret } from '../secrets.js';
import { callArguments, locOf, named, nodesOfTypes, stringValue, type PyNode } from '../python/syntax.js';

/** The nodes a secret is found in: keys and keywords with their values, assignments, calls, and strings. */
const SECRET_TYPES = ['pair', 'keyword_argument', 'assignment', 'call', 'string'];

/**
 * String literals that look like credentials: by the key, keyword or variable they are given to
 * (`"password": "..."`, `password="..."`, `token = "..."`, `auth=("user", "...")`), or by a known token
 * shape anywhere. A default of `os.environ.get("X", "...")` is a local fallback, not reported.
 */
export function findSecrets(root: PyNode, file: string): SecretRef[] {
  const out: SecretRef[] = [];
  const seen = new Set<number>();
  const add = (key: string | undefined, value: PyNode | null | undefined) => {
    if (!value || seen.has(value.id)) return;
    const text = stringValue(value);
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
  for (const node of nodesOfTypes(root, SECRET_TYPES)) {
    if (node.startIndex < insideStringUntil) continue;
    switch (node.type) {
      case 'pair':
        add(stringValue(node.childForFieldName('key')), node.childForFieldName('value'));
        continue;
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
