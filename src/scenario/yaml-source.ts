import {
  Composer,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  Parser,
  type Document,
  type Node as YamlNode,
  type Pair,
} from 'yaml';
import type { Location } from './location.js';
import type { Diagnostic, SourceComment } from './model.js';
import type { ObjectEntry, SourceValue } from './value.js';

/**
 * YAML (and JSON, a subset of YAML 1.2) text → SourceValue tree with exact locations, the comments with their
 * lines, and the parser's errors and warnings as Diagnostics. Shared by every adapter whose tool writes YAML
 * (Artillery now, Taurus later). Pure: text in, values out; never throws.
 *
 * Locations are 1-based; `endLine`/`endColumn` point just past the value (exclusive), like a TextEdit end.
 */
export interface YamlSourceOptions {
  /** Strings matching this are marked `template: true` (Artillery `{{ }}`, Taurus `${}`). */
  templatePattern?: RegExp;
  /**
   * Longer texts are refused with a diagnostic before parsing. Default 1 MiB of characters: the YAML parser
   * reads about 0.5-1 MiB a second, and real scenario files are a few KiB.
   */
  maxChars?: number;
  /** Values copied through aliases beyond this many nodes are refused ("billion laughs"). Default 50 000. */
  maxAliasNodes?: number;
  /** Deeper nesting becomes `unknown`. Default 200. */
  maxDepth?: number;
  /**
   * Read every document of a multi-document file into `documents` (Taurus merges them, in order), instead of
   * the first one with a warning that the others are ignored.
   */
  allDocuments?: boolean;
}

export interface YamlSourceResult {
  /** The first document's value; absent when the text has YAML errors or is refused. */
  value?: SourceValue;
  /** With `allDocuments`: every non-empty document's value, in order (the first is `value`). */
  documents?: SourceValue[];
  /** True when the text holds no document at all (empty, or only comments). */
  empty: boolean;
  diagnostics: Diagnostic[];
  comments: SourceComment[];
}

const DEFAULT_MAX_CHARS = 1024 * 1024;
const DEFAULT_MAX_ALIAS_NODES = 50_000;
const DEFAULT_MAX_DEPTH = 200;

export function parseYamlSource(
  text: string,
  file: string,
  options: YamlSourceOptions = {},
): YamlSourceResult {
  const maxChars = options.maxChars ?? DEFAULT_MAX_CHARS;
  if (text.length > maxChars) {
    return refuse(
      file,
      `is ${formatSize(text.length)}, more than the ${formatSize(maxChars)} a scenario file may be; not read`,
    );
  }
  const nul = text.indexOf('\u0000');
  if (nul >= 0)
    return refuse(file, 'contains NUL bytes: it looks like a binary file, not YAML or JSON; not read');

  const lineCounter = new LineCounter();
  let tokens: unknown[];
  let docs: Document.Parsed[];
  try {
    // One pass over the text: the concrete syntax tree gives the comments, and is composed into documents.
    tokens = Array.from(new Parser(lineCounter.addNewLine).parse(text));
    const composer = new Composer({
      prettyErrors: false,
      // Artillery reads YAML with js-yaml, which honours `<<` merge keys.
      merge: true,
      // Duplicates are reported below as warnings: JSON.parse keeps the last, and a lint should go on.
      uniqueKeys: false,
    });
    docs = Array.from(composer.compose(tokens as Parameters<Composer['compose']>[0]));
  } catch (error) {
    // The parser recurses on nesting; a pathological file must still become a diagnostic.
    const message = (error as Error).message;
    return refuse(
      file,
      error instanceof RangeError
        ? 'is nested too deeply to read as YAML'
        : `could not be parsed as YAML: ${message}`,
    );
  }

  const diagnostics: Diagnostic[] = [];
  const comments = collectComments(tokens, lineCounter);
  const at = (offset: number) => lineCounter.linePos(Math.min(Math.max(offset, 0), text.length));

  if (options.allDocuments) return buildAll(docs, file, lineCounter, text.length, options, at, comments);
  const first = docs[0];
  if (!first || first.contents === null) {
    for (const doc of docs) pushProblems(doc, file, at, diagnostics);
    return { empty: diagnostics.every((d) => d.severity !== 'error'), diagnostics, comments };
  }
  pushProblems(first, file, at, diagnostics);
  if (docs.length > 1) {
    const second = docs[1];
    const pos = at(second?.range[0] ?? 0);
    diagnostics.push({
      file,
      severity: 'warning',
      message: `holds ${docs.length} YAML documents; only the first is read`,
      line: pos.line,
      column: pos.col,
    });
  }
  if (diagnostics.some((d) => d.severity === 'error')) return { empty: false, diagnostics, comments };

  const builder = new TreeBuilder(first, file, lineCounter, text.length, options, diagnostics);
  let value: SourceValue | undefined;
  try {
    value = builder.build(first.contents);
  } catch (error) {
    if (!(error instanceof AliasBudgetExceeded)) throw error;
    diagnostics.push({
      file,
      severity: 'error',
      message: `expands YAML aliases into more than ${error.limit} values (an alias bomb?); not read`,
      line: error.line,
      column: error.column,
    });
    return { empty: false, diagnostics, comments };
  }
  if (diagnostics.some((d) => d.severity === 'error')) return { empty: false, diagnostics, comments };
  return { value, empty: false, diagnostics, comments };
}

/** Every document, each checked and built as the first one is; the first error stops the reading. */
function buildAll(
  docs: readonly Document.Parsed[],
  file: string,
  lineCounter: LineCounter,
  textLength: number,
  options: YamlSourceOptions,
  at: (offset: number) => { line: number; col: number },
  comments: SourceComment[],
): YamlSourceResult {
  const diagnostics: Diagnostic[] = [];
  for (const doc of docs) pushProblems(doc, file, at, diagnostics);
  if (diagnostics.some((d) => d.severity === 'error')) return { empty: false, diagnostics, comments };
  const documents: SourceValue[] = [];
  for (const doc of docs) {
    if (doc.contents === null) continue;
    const builder = new TreeBuilder(doc, file, lineCounter, textLength, options, diagnostics);
    try {
      documents.push(builder.build(doc.contents));
    } catch (error) {
      if (!(error instanceof AliasBudgetExceeded)) throw error;
      diagnostics.push({
        file,
        severity: 'error',
        message: `expands YAML aliases into more than ${error.limit} values (an alias bomb?); not read`,
        line: error.line,
        column: error.column,
      });
      return { empty: false, diagnostics, comments };
    }
  }
  if (diagnostics.some((d) => d.severity === 'error')) return { empty: false, diagnostics, comments };
  if (documents.length === 0) return { empty: true, diagnostics, comments };
  return { value: documents[0], documents, empty: false, diagnostics, comments };
}

function refuse(file: string, message: string): YamlSourceResult {
  return {
    empty: false,
    diagnostics: [{ file, severity: 'error', message, line: 1, column: 1 }],
    comments: [],
  };
}

function formatSize(chars: number): string {
  return chars >= 1024 * 1024
    ? `${(chars / (1024 * 1024)).toFixed(1)} MiB`
    : `${Math.ceil(chars / 1024)} KiB`;
}

/**
 * The document's errors, or when it has none its warnings. Only the first error is reported: the parser
 * reads on after it and the errors that follow (a tab, then "all mapping items must start at the same
 * column" on every later key) are its consequences, which would bury the one line to fix.
 */
function pushProblems(
  doc: Document.Parsed,
  file: string,
  at: (offset: number) => { line: number; col: number },
  out: Diagnostic[],
): void {
  const first = [...doc.errors].sort((a, b) => a.pos[0] - b.pos[0])[0];
  const problems: {
    problem: { pos: [number, number]; message: string };
    severity: Diagnostic['severity'];
  }[] = first ? [{ problem: first, severity: 'error' }] : [];
  if (!first) for (const problem of doc.warnings) problems.push({ problem, severity: 'warning' });
  for (const { problem, severity } of problems) {
    const pos = at(problem.pos[0]);
    out.push({ file, severity, message: yamlMessage(problem.message), line: pos.line, column: pos.col });
  }
}

/** The parser's message in a sentence a user can act on; its own stack overflow is nesting too deep. */
function yamlMessage(message: string): string {
  if (/Maximum call stack size exceeded/i.test(message)) return 'is nested too deeply to read as YAML';
  return `YAML: ${message.split('\n')[0]?.trim() ?? message}`;
}

/**
 * Comments come from the concrete syntax tree, so a `#` inside a quoted string or a block scalar is never
 * mistaken for one. The walk is generic over token objects: every CST token of type `comment` is a comment.
 */
function collectComments(tokens: readonly unknown[], lineCounter: LineCounter): SourceComment[] {
  const out: SourceComment[] = [];
  const visit = (node: unknown, depth: number): void => {
    if (depth > 1000) return;
    if (Array.isArray(node)) {
      for (const item of node) visit(item, depth + 1);
      return;
    }
    if (typeof node !== 'object' || node === null) return;
    const token = node as { type?: unknown; offset?: unknown; source?: unknown };
    if (token.type === 'comment' && typeof token.offset === 'number' && typeof token.source === 'string') {
      out.push({ line: lineCounter.linePos(token.offset).line, text: token.source.replace(/^#/, '').trim() });
      return;
    }
    // `for...in` rather than `Object.values`: this runs on every token of the file, and allocates nothing.
    const record = node as Record<string, unknown>;
    for (const key in record) {
      const value = record[key];
      if (typeof value === 'object' && value !== null) visit(value, depth + 1);
    }
  };
  visit(tokens, 0);
  out.sort((a, b) => a.line - b.line);
  return out;
}

class AliasBudgetExceeded extends Error {
  constructor(
    readonly limit: number,
    readonly line: number,
    readonly column: number,
  ) {
    super('alias budget exceeded');
  }
}

/** Converts the yaml AST to SourceValue, resolving aliases and `<<` merges with a budget against alias bombs. */
class TreeBuilder {
  private aliasNodes = 0;
  private readonly active = new Set<YamlNode>();
  private readonly maxAliasNodes: number;
  private readonly maxDepth: number;

  constructor(
    private readonly doc: Document.Parsed,
    private readonly file: string,
    private readonly lineCounter: LineCounter,
    private readonly textLength: number,
    private readonly options: YamlSourceOptions,
    private readonly diagnostics: Diagnostic[],
  ) {
    this.maxAliasNodes = options.maxAliasNodes ?? DEFAULT_MAX_ALIAS_NODES;
    this.maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
  }

  build(node: unknown): SourceValue {
    return this.convert(node, 0, 0, undefined);
  }

  loc(range: readonly number[] | null | undefined, fallback?: Location): Location {
    if (!range || typeof range[0] !== 'number') return fallback ?? { file: this.file, line: 1, column: 1 };
    const clamp = (n: number) => Math.min(Math.max(n, 0), this.textLength);
    const start = this.lineCounter.linePos(clamp(range[0]));
    const end = this.lineCounter.linePos(clamp(range[1] ?? range[0]));
    return { file: this.file, line: start.line, column: start.col, endLine: end.line, endColumn: end.col };
  }

  /** `viaAlias` counts nodes copied through an alias, so a billion-laughs document stops early. */
  private convert(
    node: unknown,
    depth: number,
    viaAlias: number,
    fallback: Location | undefined,
  ): SourceValue {
    if (node === null || node === undefined) {
      return { kind: 'null', loc: fallback ?? this.loc(undefined) };
    }
    if (viaAlias > 0) this.countAliasNode(node);
    const yamlNode = node as YamlNode;
    const loc = this.loc((yamlNode as { range?: readonly number[] }).range, fallback);
    if (depth > this.maxDepth)
      return { kind: 'unknown', reason: `nested deeper than ${this.maxDepth} levels`, loc };

    if (isAlias(node)) {
      const target = node.resolve(this.doc);
      if (!target) {
        // js-yaml (which Artillery uses) rejects the file: "unidentified alias".
        this.diagnostics.push({
          file: this.file,
          severity: 'error',
          message: `YAML: alias *${node.source} refers to no anchor`,
          line: loc.line,
          column: loc.column,
        });
        return { kind: 'unknown', reason: `alias *${node.source} has no anchor`, loc };
      }
      if (this.active.has(target))
        return { kind: 'unknown', reason: `alias *${node.source} refers to itself`, loc };
      this.active.add(target);
      try {
        return this.convert(target, depth + 1, viaAlias + 1, loc);
      } finally {
        this.active.delete(target);
      }
    }
    if (isScalar(node)) return this.scalar(node.value, loc, (node as { source?: string }).source);
    if (isSeq(node)) {
      this.active.add(node);
      try {
        return {
          kind: 'array',
          items: node.items.map((item) => this.convert(item, depth + 1, viaAlias, loc)),
          loc,
        };
      } finally {
        this.active.delete(node);
      }
    }
    if (isMap(node)) {
      this.active.add(node);
      try {
        return { kind: 'object', entries: this.entries(node.items, depth, viaAlias, loc), loc };
      } finally {
        this.active.delete(node);
      }
    }
    return { kind: 'unknown', reason: 'unsupported YAML node', loc };
  }

  private countAliasNode(node: unknown): void {
    this.aliasNodes++;
    if (this.aliasNodes > this.maxAliasNodes) {
      const loc = this.loc((node as { range?: readonly number[] }).range);
      throw new AliasBudgetExceeded(this.maxAliasNodes, loc.line, loc.column);
    }
  }

  private scalar(value: unknown, loc: Location, source: string | undefined): SourceValue {
    switch (typeof value) {
      case 'string': {
        const template = this.options.templatePattern?.test(value) ?? false;
        return template ? { kind: 'string', value, loc, template } : { kind: 'string', value, loc };
      }
      case 'number':
        return { kind: 'number', value, loc };
      case 'bigint':
        return { kind: 'number', value: Number(value), loc };
      case 'boolean':
        return { kind: 'boolean', value, loc };
      default:
        if (value === null || value === undefined) return { kind: 'null', loc };
        return { kind: 'unknown', reason: 'a YAML value of an unsupported type', loc, text: source };
    }
  }

  /**
   * Merged entries come first and explicit keys override them, whatever their order in the source, as YAML
   * merge keys define; a later duplicate replaces an earlier one (JSON.parse semantics) with a warning.
   */
  private entries(
    pairs: readonly unknown[],
    depth: number,
    viaAlias: number,
    mapLoc: Location,
  ): ObjectEntry[] {
    const merged: ObjectEntry[] = [];
    const explicit: ObjectEntry[] = [];
    for (const pair of pairs) {
      if (!isPair(pair)) continue;
      const p = pair as Pair<unknown, unknown>;
      const keyNode = p.key as YamlNode | null;
      const keyLoc = this.loc((keyNode as { range?: readonly number[] } | null)?.range, mapLoc);
      if (this.isMergeKey(keyNode)) {
        const sources = isSeq(p.value) ? [...p.value.items].reverse() : [p.value];
        for (const source of sources) {
          const value = this.convert(source, depth + 1, viaAlias, keyLoc);
          if (value.kind === 'object') merged.push(...value.entries);
        }
        continue;
      }
      const key = this.keyText(keyNode);
      const value = this.convert(p.value, depth + 1, viaAlias, endOf(keyLoc));
      const previous = explicit.findIndex((e) => e.key === key);
      if (previous >= 0) {
        if (viaAlias === 0) {
          this.diagnostics.push({
            file: this.file,
            severity: 'warning',
            message: `duplicate key "${key}": the value on line ${explicit[previous]?.keyLoc.line} is ignored`,
            line: keyLoc.line,
            column: keyLoc.column,
          });
        }
        explicit.splice(previous, 1);
      }
      explicit.push({ key, keyLoc, value });
    }
    const overridden = new Set(explicit.map((e) => e.key));
    const kept: ObjectEntry[] = [];
    const seen = new Set<string>();
    // Within merges the first source wins; the list was reversed, so the last occurrence is kept.
    for (let i = merged.length - 1; i >= 0; i--) {
      const entry = merged[i];
      if (!entry || overridden.has(entry.key) || seen.has(entry.key)) continue;
      seen.add(entry.key);
      kept.unshift(entry);
    }
    return [...kept, ...explicit];
  }

  private isMergeKey(key: YamlNode | null): boolean {
    if (!isScalar(key)) return false;
    return typeof key.value === 'symbol' || (key.value === '<<' && key.type === 'PLAIN');
  }

  private keyText(key: YamlNode | null): string {
    if (key === null || key === undefined) return '';
    if (isScalar(key)) return key.value === null || key.value === undefined ? '' : String(key.value);
    // Complex keys (a mapping as a key) do not occur in load-test files; their source text names them.
    return String((key as { source?: unknown }).source ?? key.toString());
  }
}

function endOf(loc: Location): Location {
  return { file: loc.file, line: loc.endLine ?? loc.line, column: loc.endColumn ?? loc.column };
}
