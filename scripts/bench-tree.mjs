// The tree of scenario files the lint benches read (bench-lint.mjs, bench-adapters.mjs): every real file of
// the fixtures, the corpus and the examples that an adapter claims, replicated to `target` copies, each made
// unique by a comment in its own syntax so no content cache helps.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

function walk(folder) {
  if (!existsSync(folder)) return [];
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** A comment in the file's own syntax, so each copy is a different text with the same meaning. */
function unique(file, i) {
  if (file.tool === 'jmeter') return `${file.text}\n<!-- copy ${i} -->\n`;
  if (file.tool === 'k6' || file.tool === 'gatling') return `${file.text}\n// copy ${i}\n`;
  if (file.path.endsWith('.json')) return file.text;
  return `${file.text}\n# copy ${i}\n`;
}

/**
 * The text as one flat string, as reading a file gives it. The copy and its comment joined by `+` is a rope
 * that V8 flattens (copies) on first reading: seconds over the whole tree, charged to whichever phase reads
 * the file first (the bare parse of the first round) rather than to any parser.
 */
function flat(text) {
  const copy = Buffer.from(text, 'utf8').toString('utf8');
  // A lone surrogate would not survive UTF-8: that text is kept as it is (comparing it flattens it too).
  return copy === text ? copy : text;
}

/** `target` unique copies of the real files of the tools `bareParsers` names: `{ path, text, tool }`. */
export function benchTree({ root, corpus, target, adapterFor, decodeText, bareParsers }) {
  const sources = [
    ...walk(join(root, '__tests__/fixtures/real')),
    ...walk(join(corpus, 'scenarios')),
    ...walk(join(root, 'examples')),
  ]
    .map((path) => {
      const { text } = decodeText(readFileSync(path));
      const adapter = adapterFor(text, path);
      return adapter && bareParsers[adapter.tool] ? { path, text, tool: adapter.tool } : undefined;
    })
    .filter((f) => f !== undefined);
  return Array.from({ length: target }, (_, i) => {
    const f = sources[i % sources.length];
    return { ...f, text: flat(unique(f, i)) };
  });
}
