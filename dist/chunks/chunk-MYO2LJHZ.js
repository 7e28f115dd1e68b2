import { createRequire as __loadgateCreateRequire } from 'node:module';
const require = __loadgateCreateRequire(import.meta.url);

// src/results/raw/csv.ts
var CsvRecords = class {
  constructor(delimiter = ",") {
    this.delimiter = delimiter;
  }
  delimiter;
  pending;
  pendingLine = 0;
  pendingQuotes = 0;
  /** The fields of the record this line completes (and the line it started on), or undefined while a quote is open. */
  push(line, lineNo) {
    if (this.pending === void 0) {
      if (line.indexOf('"') < 0) return { fields: line.split(this.delimiter), line: lineNo };
      const quotes = countQuotes(line);
      if (quotes % 2 === 0) return { fields: splitQuoted(line, this.delimiter), line: lineNo };
      this.pending = line;
      this.pendingLine = lineNo;
      this.pendingQuotes = quotes;
      return void 0;
    }
    this.pending += `
${line}`;
    this.pendingQuotes += countQuotes(line);
    if (this.pendingQuotes % 2 !== 0) return void 0;
    const record = { fields: splitQuoted(this.pending, this.delimiter), line: this.pendingLine };
    this.pending = void 0;
    return record;
  }
  /** Whether a quoted field is open (the next line continues a record). */
  get open() {
    return this.pending !== void 0;
  }
  /** The line where a quoted field opened and never closed, if the input ended inside one. */
  get unterminated() {
    return this.pending === void 0 ? void 0 : this.pendingLine;
  }
};
function countQuotes(s) {
  let n = 0;
  for (let i = s.indexOf('"'); i >= 0; i = s.indexOf('"', i + 1)) n++;
  return n;
}
function splitQuoted(text, delimiter) {
  const fields = [];
  let field = "";
  let quoted = false;
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else field += c;
    } else if (c === '"') quoted = true;
    else if (text.startsWith(delimiter, i)) {
      fields.push(field);
      field = "";
      i += delimiter.length;
      continue;
    } else field += c;
    i++;
  }
  fields.push(field);
  return fields;
}

export {
  CsvRecords
};
