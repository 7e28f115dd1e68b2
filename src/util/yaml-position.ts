import { isMap, isSeq, LineCounter, type Document, type Node } from 'yaml';

/** The 1-based line of the YAML node at a JSON-pointer-like path, or of its closest existing parent. */
export function lineOfPath(
  doc: Document,
  lineCounter: LineCounter,
  segments: readonly string[],
): number | undefined {
  let node: unknown = doc.contents;
  let line = rangeLine(node, lineCounter);
  for (const segment of segments) {
    let next: unknown;
    if (isMap(node)) {
      const pair = node.items.find(
        (p) => String((p.key as { value?: unknown } | null)?.value ?? p.key) === segment,
      );
      if (pair) {
        line = rangeLine(pair.key, lineCounter) ?? line;
        next = pair.value;
      }
    } else if (isSeq(node)) {
      next = node.items[Number(segment)];
    }
    if (next === undefined || next === null) break;
    node = next;
    line = rangeLine(node, lineCounter) ?? line;
  }
  return line;
}

function rangeLine(node: unknown, lineCounter: LineCounter): number | undefined {
  const range = (node as Node | undefined)?.range;
  return range ? lineCounter.linePos(range[0]).line : undefined;
}
