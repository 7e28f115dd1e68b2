import { SaxesParser } from 'saxes';

/** An XML element with the place its start tag begins (1-based line and column, as editors show them). */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** Character data directly inside the element (JMeter keeps property values there). */
  text: string;
  line: number;
  column: number;
}

/** An XML comment: where it starts and its text, for suppression comments. */
export interface XmlComment {
  line: number;
  text: string;
}

export type XmlResult = { comments: XmlComment[] } & (
  | { ok: true; root: XmlElement }
  | { ok: false; message: string; line: number; column: number; root?: XmlElement }
);

/**
 * Deeper than any test plan JMeter writes (its trees nest a few dozen levels), and shallow enough that the
 * walks over the tree that follow never run out of stack.
 */
export const MAX_DEPTH = 1000;

class StopParsing extends Error {}

/** Shared by every element that has no children yet: most elements are property leaves. */
const NO_CHILDREN: XmlElement[] = [];
Object.freeze(NO_CHILDREN);

/**
 * Reads XML into a tree with positions, with saxes (a conforming, non-validating SAX parser; nothing is
 * fetched or expanded beyond the five predefined entities). The parser keeps its own stack, so deep nesting
 * costs memory, not call stack, and is refused past `MAX_DEPTH` with the line where it went too deep.
 */
export function parseXml(text: string): XmlResult {
  const parser = new SaxesParser({ position: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let failure: { message: string; line: number; column: number } | undefined;
  const comments: XmlComment[] = [];
  parser.on('comment', (text) => {
    // The parser stands at the comment's end; its first line is as many lines up as the text has breaks.
    let breaks = 0;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) breaks++;
    comments.push({ line: parser.line - breaks, text: text.trim() });
  });

  parser.on('opentagstart', (tag) => {
    if (stack.length >= MAX_DEPTH) {
      failure = {
        message: `elements nest more than ${MAX_DEPTH} levels deep`,
        line: parser.line,
        column: Math.max(1, parser.columnIndex - tag.name.length),
      };
      throw new StopParsing();
    }
    // The parser stands just after the name: the tag began one `<` and the name before.
    const element: XmlElement = {
      name: tag.name,
      // saxes fills this object itself; the element keeps it rather than copying each attribute.
      attributes: tag.attributes as Record<string, string>,
      children: NO_CHILDREN,
      text: '',
      line: parser.line,
      column: Math.max(1, parser.columnIndex - tag.name.length),
    };
    const parent = stack[stack.length - 1];
    if (parent) {
      if (parent.children === NO_CHILDREN) parent.children = [element];
      else parent.children.push(element);
    } else root ??= element;
    stack.push(element);
  });
  // Property values are leaves; the indentation between child elements is not kept (it would double the
  // memory a large plan takes).
  const addText = (chars: string) => {
    const current = stack[stack.length - 1];
    if (current && current.children.length === 0) current.text += chars;
  };
  parser.on('text', addText);
  parser.on('cdata', addText);
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.on('error', (error) => {
    failure = {
      // saxes puts `line:column: ` first; the diagnostic carries them separately.
      message: error.message.replace(/^\d+:\d+:\s*/, ''),
      line: parser.line,
      column: parser.column + 1,
    };
    throw new StopParsing();
  });

  try {
    parser.write(text).close();
  } catch (error) {
    if (!(error instanceof StopParsing)) throw error;
  }
  if (failure) return { ok: false, ...failure, root, comments };
  if (!root) return { ok: false, message: 'holds no XML element', line: 1, column: 1, comments };
  return { ok: true, root, comments };
}
