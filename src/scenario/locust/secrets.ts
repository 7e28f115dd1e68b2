import type { SecretRef } from '../model.js';
import { classifySecret } from '../secrets.js';
import { callArguments, locOf, named, stringValue, walk, type PyNode } from '../python/syntax.js';

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
  walk(root, (node) => {
    switch (node.type) {
      case 'pair':
        add(stringValue(node.childForFieldName('key')), node.childForFieldName('value'));
        return;
      case 'keyword_argument': {
        const name = node.childForFieldName('name')?.text;
        const value = node.childForFieldName('value');
        if (name === 'auth' && value && (value.type === 'tuple' || value.type === 'list')) {
          add('password', named(value)[1]);
          return;
        }
        add(name, value);
        return;
      }
      case 'assignment': {
        const left = node.childForFieldName('left');
        const key = left?.type === 'attribute' ? left.childForFieldName('attribute')?.text : left?.text;
        add(key, node.childForFieldName('right'));
        return;
      }
      case 'call': {
        // `os.environ.get("PASSWORD", "local")`: the literal is the fallback of a variable, not the secret.
        const callee = node.childForFieldName('function')?.text ?? '';
        if (/(?:environ\.get|getenv)$/.test(callee)) {
          for (const arg of callArguments(node).positional) if (arg.id) seen.add(arg.id);
        }
        return;
      }
      case 'string':
        add(undefined, node);
        return false;
      default:
        return;
    }
  });
  return out;
}
