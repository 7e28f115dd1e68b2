/**
 * Calls `onLine` for every line of a chunked text stream, with its 1-based number, without an async step per
 * line (an async generator costs a promise per line, several times the parse itself). A trailing `\r` is
 * removed. Returns whether the last line ended with a newline: a raw stream whose last line has none was
 * usually cut off (the run was killed while writing).
 */
export async function forEachLine(
  input: AsyncIterable<string>,
  onLine: (line: string, lineNo: number) => void,
): Promise<{ lines: number; endsWithNewline: boolean }> {
  let rest = '';
  let lineNo = 0;
  let first = true;
  for await (const chunk of input) {
    let text = rest + chunk;
    if (first) {
      first = false;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    let start = 0;
    for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
      const end = nl > start && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
      onLine(text.slice(start, end), ++lineNo);
      start = nl + 1;
    }
    rest = text.slice(start);
  }
  if (rest.length > 0) {
    onLine(rest.endsWith('\r') ? rest.slice(0, -1) : rest, ++lineNo);
    return { lines: lineNo, endsWithNewline: false };
  }
  return { lines: lineNo, endsWithNewline: true };
}
