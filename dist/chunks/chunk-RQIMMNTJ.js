import { createRequire as __loadgateCreateRequire } from 'node:module';
const require = __loadgateCreateRequire(import.meta.url);

// src/results/raw/lines.ts
async function forEachLine(input, onLine) {
  let rest = "";
  let lineNo = 0;
  let first = true;
  for await (const chunk of input) {
    let text = rest + chunk;
    if (first) {
      first = false;
      if (text.charCodeAt(0) === 65279) text = text.slice(1);
    }
    let start = 0;
    for (let nl = text.indexOf("\n"); nl >= 0; nl = text.indexOf("\n", start)) {
      const end = nl > start && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
      onLine(text.slice(start, end), ++lineNo);
      start = nl + 1;
    }
    rest = text.slice(start);
  }
  if (rest.length > 0) {
    onLine(rest.endsWith("\r") ? rest.slice(0, -1) : rest, ++lineNo);
    return { lines: lineNo, endsWithNewline: false };
  }
  return { lines: lineNo, endsWithNewline: true };
}
async function forEachLineBytes(input, onLine, fastLine, onChunk) {
  let rest;
  let lineNo = 0;
  let first = true;
  for await (const chunk of input) {
    let start = 0;
    if (first && chunk.length > 0) {
      first = false;
      if (chunk[0] === 239 && chunk[1] === 187 && chunk[2] === 191) start = 3;
    }
    if (rest) {
      const nl = chunk.indexOf(10);
      if (nl < 0) {
        rest = Buffer.concat([rest, chunk]);
        continue;
      }
      const line = Buffer.concat([rest, chunk.subarray(0, nl)]);
      rest = void 0;
      onLine(
        line,
        0,
        line.length > 0 && line[line.length - 1] === 13 ? line.length - 1 : line.length,
        ++lineNo
      );
      start = nl + 1;
    }
    const limit = chunk.length;
    onChunk?.(chunk);
    for (; ; ) {
      if (fastLine) {
        const nl2 = fastLine(chunk, start, limit);
        if (nl2 >= 0) {
          lineNo++;
          start = nl2 + 1;
          continue;
        }
      }
      const nl = chunk.indexOf(10, start);
      if (nl < 0) break;
      onLine(chunk, start, nl > start && chunk[nl - 1] === 13 ? nl - 1 : nl, ++lineNo);
      start = nl + 1;
    }
    if (start < chunk.length) rest = Buffer.from(chunk.subarray(start));
  }
  if (rest && rest.length > 0) {
    const end = rest[rest.length - 1] === 13 ? rest.length - 1 : rest.length;
    onLine(rest, 0, end, ++lineNo);
    return { lines: lineNo, endsWithNewline: false };
  }
  return { lines: lineNo, endsWithNewline: true };
}

export {
  forEachLine,
  forEachLineBytes
};
