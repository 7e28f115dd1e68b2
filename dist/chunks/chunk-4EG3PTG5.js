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

export {
  forEachLine
};
