import type { SampleSink, SampleStreamReader } from '../model.js';
import { isTransactionMessage, jmeterErrorKind, jmeterPhases, JmeterTimestamps } from './sample.js';

/**
 * JMeter XML JTL (result-formats.md §3.2): `<testResults>` with `<httpSample>`/`<sample>` elements whose
 * attributes carry the sample (`t` elapsed ms, `ts` start, `s` success, `lb` label, `rc`/`rm` code and
 * message, `na` all threads, `sc`/`ec` batch counts). Nested samples are sub-results: redirects and embedded
 * resources of their parent (not counted again), or the children of a Transaction Controller parent (which are
 * the requests; the parent is a transaction). Response bodies and headers, which make error JTLs hundreds of
 * MB, are skipped as text without being kept.
 *
 * A small streaming tag scanner, not a DOM: only start and end tags of samples are looked at; comments, CDATA
 * and processing instructions are skipped whole.
 */
export const jmeterJtlXmlStream: SampleStreamReader = {
  format: 'jmeter-jtl-xml',
  tool: 'jmeter',
  latencyKind: 'total',
  stamps: 'start',
  feed: feedJtlXml,
};

interface Frame {
  attrs: Record<string, string>;
  /** Every ancestor is a Transaction Controller parent (or there is none): this sample is a request or a transaction. */
  counted: boolean;
  transaction: boolean;
}

const SAMPLE_TAGS = new Set(['httpSample', 'sample']);

/** The longest tag read: JMeter's attributes (label, message, thread name) are short; a response body is text. */
const MAX_TAG = 1 << 20;

export async function feedJtlXml(
  input: AsyncIterable<string>,
  _file: string,
  sink: SampleSink,
): Promise<void> {
  const times = new JmeterTimestamps();
  const stack: Frame[] = [];
  let buffer = '';
  let sawRoot = false;
  let closedRoot = false;

  const open = (name: string, tagText: string, selfClosing: boolean): void => {
    if (name === 'testResults') {
      sawRoot = true;
      return;
    }
    if (!SAMPLE_TAGS.has(name)) return;
    const attrs = attributes(tagText);
    const parent = stack.at(-1);
    const counted = !parent || (parent.counted && parent.transaction);
    const transaction = isTransactionMessage(attrs.rm ?? '');
    const frame = { attrs, counted, transaction };
    if (selfClosing) emit(frame);
    else stack.push(frame);
  };

  const emit = (frame: Frame): void => {
    if (!frame.counted) return;
    const a = frame.attrs;
    // `t` is absent when saving elapsed time was turned off: the sample still counts, without a latency.
    const elapsed = a.t === undefined ? NaN : Number(a.t);
    const time = a.ts === undefined ? undefined : times.parse(a.ts);
    const ok = a.s === undefined || a.s === 'true';
    const label = a.lb ?? '';
    if (frame.transaction) {
      sink.transaction(label, time, elapsed, !ok);
      return;
    }
    if (a.na !== undefined) sink.vus(time, Number(a.na));
    const kind = ok ? undefined : jmeterErrorKind(a.rc ?? a.rs ?? '', '');
    const samples = a.sc === undefined ? 1 : Number(a.sc);
    if (samples > 1) {
      const errors = Math.min(samples, Math.max(0, Number(a.ec) || 0));
      if (errors > 0) sink.request(label, undefined, time, elapsed, true, kind ?? 'failed', errors);
      if (samples > errors) sink.request(label, undefined, time, elapsed, false, undefined, samples - errors);
    } else sink.request(label, undefined, time, elapsed, !ok, kind);
    // After the request: the sink gives the phases to the row of the request reported last.
    if (a.lt !== undefined)
      jmeterPhases(
        sink,
        elapsed,
        Number(a.lt),
        a.ct === undefined ? undefined : Number(a.ct),
        Number(a.sc) || 1,
      );
  };

  const close = (name: string): void => {
    if (name === 'testResults') closedRoot = true;
    if (!SAMPLE_TAGS.has(name)) return;
    const frame = stack.pop();
    if (frame) emit(frame);
  };

  /**
   * The end of the comment or CDATA section the buffer is inside, when it did not end in the text read so far:
   * what they hold is skipped, so it is never kept, only searched for its end as each chunk comes.
   */
  let skipUntil: string | undefined;

  /** Consumes every complete construct in the buffer; returns the index of the first incomplete one. */
  const scan = (): number => {
    let i = 0;
    for (;;) {
      const lt = buffer.indexOf('<', i);
      if (lt < 0) return buffer.length;
      const skipped = buffer.startsWith('<!--', lt) ? '-->' : buffer.startsWith('<![CDATA[', lt) ? ']]>' : '';
      if (skipped) {
        const from = lt + (skipped === '-->' ? 4 : 9);
        const end = buffer.indexOf(skipped, from);
        if (end < 0) {
          // Its last characters may begin the end marker: they are searched again with the next chunk.
          skipUntil = skipped;
          return Math.max(from, buffer.length - (skipped.length - 1));
        }
        i = end + 3;
        continue;
      }
      const gt = tagEnd(buffer, lt + 1);
      if (gt < 0) return lt;
      const c = buffer.charCodeAt(lt + 1);
      if (c === 47 /* / */) close(tagName(buffer, lt + 2));
      else if (c !== 63 /* ? */ && c !== 33 /* ! */)
        open(tagName(buffer, lt + 1), buffer.slice(lt + 1, gt), buffer.charCodeAt(gt - 1) === 47);
      i = gt + 1;
    }
  };

  let read = 0;
  for await (const chunk of input) {
    buffer += chunk;
    if (skipUntil) {
      const end = buffer.indexOf(skipUntil);
      if (end < 0) {
        const keep = skipUntil.length - 1;
        read += buffer.length - keep;
        buffer = buffer.slice(-keep);
        continue;
      }
      read += end + skipUntil.length;
      buffer = buffer.slice(end + skipUntil.length);
      skipUntil = undefined;
    }
    const consumed = scan();
    read += consumed;
    buffer = buffer.slice(consumed);
    // What is kept is a tag not yet complete, searched again as each chunk comes: one that never ends would
    // hold the file in memory and cost a search of it per chunk.
    if (buffer.length > MAX_TAG) {
      sink.diagnostic(
        `The tag at character ${read + 1} runs on for over ${MAX_TAG >> 20} MiB: this is no JMeter XML JTL past that point. The samples before it were read.`,
        undefined,
        sawRoot ? 'warning' : 'error',
      );
      return;
    }
  }

  if (!sawRoot) {
    sink.diagnostic('No <testResults> element: expected a JMeter XML JTL.');
    return;
  }
  if (!closedRoot || stack.length > 0 || buffer.trim() !== '') {
    sink.diagnostic(
      'The file ends before </testResults>: JMeter was probably stopped while writing. The complete samples before the cut were read.',
      undefined,
      'warning',
    );
  }
}

/** The `>` that ends a tag starting at `from`, skipping quoted attribute values (which may hold `>`). */
function tagEnd(s: string, from: number): number {
  let quote = 0;
  for (let i = from; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (quote) {
      if (c === quote) quote = 0;
    } else if (c === 34 || c === 39) quote = c;
    else if (c === 62) return i;
  }
  return -1;
}

function tagName(s: string, from: number): string {
  let end = from;
  while (end < s.length) {
    const c = s.charCodeAt(end);
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 47 || c === 62) break;
    end++;
  }
  return s.slice(from, end);
}

const ATTRIBUTE = /([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(ATTRIBUTE)) out[m[1]!] = unescapeXml(m[2] ?? m[3] ?? '');
  return out;
}

function unescapeXml(s: string): string {
  if (s.indexOf('&') < 0) return s;
  return s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_m, e: string) => {
    const lower = e.toLowerCase();
    if (lower.startsWith('#')) {
      const code = lower.startsWith('#x') ? parseInt(e.slice(2), 16) : Number(e.slice(1));
      return code <= 0x10ffff ? String.fromCodePoint(code) : _m;
    }
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[lower] ?? _m;
  });
}
