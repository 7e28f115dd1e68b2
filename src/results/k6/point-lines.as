// AssemblyScript, compiled to WebAssembly by scripts/bundle.mjs into point-lines-wasm.ts (`npm run build`).
// The lines of a k6 `--out json` stream that need no JavaScript, told in place: seven in nine are points of a
// request phase, whose value alone is read, or of a metric loadgate does not read. Their newlines are found 16
// bytes at a time with SIMD compares, where one call of the engine's `indexOf` per line cost more than its search.
// Of a request point (one line in ten), the fields JavaScript reads are located here: scanning its tags in
// JavaScript was most of what reading the rest cost.

/** What a line is (`kinds[r]`; the same in point-lines.ts). */
const OTHER = 0; // read by JavaScript
const SKIPPED = 7; // a point of a metric not read: only counted
const REQUEST = 8; // a request point as k6 writes it, its fields located in `fields`
const READ_POINT = 9; // and up: another point JavaScript reads, as k6 writes it, its time stamp located
// 1 to 6: a point of request phase `kind - 1`, as k6 writes it, whose value is `values[r]`

/**
 * Entries of `ENTRY` bytes each (an i32 kind, an i32 length, the bytes), written by point-lines.ts: the texts
 * (`texts`: a point line's start, what follows a point's metric name up to its time stamp's text, what follows
 * that up to its value, what follows a value up to the tags) and the metric names (`names`). No string literal
 * here: its data would lie where the caller lays out its own.
 */
const ENTRY: i32 = 48;
const LINE_START: i32 = 0;
const POINT: i32 = 1;
const VALUE: i32 = 2;
const TAGS: i32 = 3;
/** A point line's fields (`fields`, i32s from line r's `r * FIELDS`): see `pointFields`. */
const FIELDS: i32 = 18;

/**
 * Tells the lines of `[start, limit)` of the chunk at `input`, up to `maxLines` or the first without its newline
 * before `limit`: where each newline is (`ends[r]`), and its kind (`kinds[r]`) by its metric's name, looked up
 * in the `count` entries of `names` (a name that is in none is SKIPPED; one whose entry's kind is OTHER is read
 * by JavaScript). A phase point's value (`values[r]`) is read as `decimalAt` in ndjson.ts reads it; one it
 * cannot read, or a phase point not written as k6 writes it, is OTHER; so is a REQUEST or READ_POINT point
 * `pointFields` does not read, whose value and fields are `values[r]` and `fields` from `r * FIELDS`. Returns how
 * many lines it told.
 */
export function pointLines(
  input: usize,
  start: i32,
  limit: i32,
  maxLines: i32,
  texts: usize,
  names: usize,
  count: i32,
  ends: usize,
  kinds: usize,
  values: usize,
  fields: usize,
  fractions: usize,
): i32 {
  lastTime = -1;
  const newlines = i8x16.splat(10);
  let lineStart = start;
  let r: i32 = 0;
  let p = start - 16;
  let pending: i32 = 0;
  for (; r < maxLines; r++) {
    // The next newline: the bits of the block read last that are past the line before, else the next blocks.
    let newline: i32 = -1;
    for (;;) {
      if (pending != 0) {
        newline = p + ctz(pending);
        pending &= pending - 1;
        break;
      }
      p += 16;
      if (p >= limit) break;
      pending = i8x16.bitmask(i8x16.eq(v128.load(input + <usize>p), newlines));
    }
    if (newline < 0 || newline >= limit) return r;
    store<i32>(ends + (<usize>r << 2), newline);
    const end = newline > lineStart && load<u8>(input + <usize>(newline - 1)) == 13 ? newline - 1 : newline;
    let kind = OTHER;
    const lineHead = texts + <usize>(LINE_START * ENTRY);
    if (end - lineStart >= 60 && startsWith(input, lineStart, lineHead)) {
      const name = lineStart + load<i32>(lineHead + 4);
      const nameEnd = quoteAfter(input, name, end);
      if (nameEnd >= 0) {
        kind = kindOf(input, name, nameEnd - name, names, count);
        if (kind >= REQUEST) {
          const at = fields + <usize>(r * FIELDS * 4);
          const value = values + (<usize>r << 3);
          if (!pointFields(input, nameEnd, end, texts, value, at, kind == REQUEST)) kind = OTHER;
          else if (kind == REQUEST)
            store<f64>(fractions + (<usize>r << 3), timeOf(input, load<i32>(at), load<i32>(at, 4), at));
        } else if (kind != OTHER && kind != SKIPPED) {
          const value = phaseValue(input, nameEnd, end, texts);
          if (value != value) kind = OTHER;
          else store<f64>(values + (<usize>r << 3), value);
        }
      }
    }
    store<i32>(kinds + (<usize>r << 2), kind);
    lineStart = newline + 1;
  }
  return r;
}

/**
 * A point whose name's closing quote is at `quote`, read as `pointParser` in ndjson.ts reads it: the point's
 * head, a time stamp, its value (stored at `value`), then tags of plain strings closing the point at the line's
 * end. Stores at `out` the time stamp's bounds; of a `request`, then those of the tags `name`, `url`, `method`,
 * `status`, `expected_response` and `error_code` (-1, -1 for a tag not there; a repeated tag's last value), then
 * the entries (`entryOf`) of its name, method and status (-1 for none), so JavaScript scans none of the line's
 * bytes. False, and the line is JavaScript's, for anything else.
 */
function pointFields(
  input: usize,
  quote: i32,
  end: i32,
  texts: usize,
  value: usize,
  out: usize,
  request: bool,
): bool {
  const point = texts + <usize>(POINT * ENTRY);
  const valueText = texts + <usize>(VALUE * ENTRY);
  const tags = texts + <usize>(TAGS * ENTRY);
  const timeStart = quote + load<i32>(point + 4);
  if (timeStart >= end || !startsWith(input, quote, point)) return false;
  const timeEnd = stringEnd(input, timeStart, end);
  const number = timeEnd + load<i32>(valueText + 4);
  if (timeEnd < 0 || number > end || !startsWith(input, timeEnd, valueText)) return false;
  const v = decimalAt(input, number, end);
  if (v != v || decimalEnd + load<i32>(tags + 4) > end || !startsWith(input, decimalEnd, tags)) return false;
  store<f64>(value, v);
  store<i32>(out, timeStart);
  store<i32>(out, timeEnd, 4);
  for (let k = 2; k < 14; k++) store<i32>(out + <usize>(k << 2), -1);
  let i = decimalEnd + load<i32>(tags + 4);
  if (i < end && load<u8>(input + <usize>i) == 125) i++;
  else {
    for (;;) {
      if (i >= end || load<u8>(input + <usize>i) != 34) return false;
      const keyStart = i + 1;
      const keyEnd = stringEnd(input, keyStart, end);
      if (keyEnd < 0 || keyEnd + 2 >= end) return false;
      if (load<u8>(input + <usize>(keyEnd + 1)) != 58 || load<u8>(input + <usize>(keyEnd + 2)) != 34) return false;
      const valueStart = keyEnd + 3;
      const valueEnd = stringEnd(input, valueStart, end);
      if (valueEnd < 0) return false;
      const slot = tagSlot(input, keyStart, keyEnd - keyStart);
      if (slot > 0) {
        store<i32>(out + <usize>(slot << 2), valueStart);
        store<i32>(out + <usize>(slot << 2), valueEnd, 4);
      }
      i = valueEnd + 1;
      if (i >= end) return false;
      const c = load<u8>(input + <usize>i);
      i++;
      if (c == 125) break;
      if (c != 44) return false;
    }
  }
  // The tags close the data and the point: nothing may follow (metadata is the JavaScript path's).
  if (i + 2 != end || load<u8>(input + <usize>i) != 125 || load<u8>(input + <usize>(i + 1)) != 125) return false;
  if (!request) return true;
  // The request's name: its `name` tag, else its `url`; a new one there is no room to keep is JavaScript's.
  let nameStart = load<i32>(out, 8);
  let nameEnd = load<i32>(out, 12);
  if (nameEnd <= nameStart) {
    nameStart = load<i32>(out, 16);
    nameEnd = load<i32>(out, 20);
  }
  const name = nameEnd > nameStart ? entryOf(input, nameStart, nameEnd, AS_IS) : -1;
  const method = valueEntry(input, out, 24, METHOD);
  const status = valueEntry(input, out, 32, STATUS);
  if (name == NO_ROOM || method == NO_ROOM || status == NO_ROOM) return false;
  store<i32>(out, name, 56);
  store<i32>(out, method, 60);
  store<i32>(out, status, 64);
  return true;
}

/** The entry of the tag value whose bounds are at `out + at`, of kind `kind`; -1 for a tag absent or empty. */
function valueEntry(input: usize, out: usize, at: usize, kind: i32): i32 {
  const start = load<i32>(out + at);
  const end = load<i32>(out + at, 4);
  return end > start ? entryOf(input, start, end, kind) : -1;
}

/** Where the time stamp of the last request point told by this call starts, and its zone; -1 for none. */
let lastTime: i32 = -1;
let lastZone: i32 = 0;
let lastZoneLength: i32 = 0;

/**
 * The fraction of a second of the time stamp at `[start, end)`, as `Rfc3339Parser.parseBytes` in time.ts reads
 * it; stores at `out` (field 17) whether its whole second and zone are those of the request point told before it
 * by this call (so JavaScript, which reads them in order, knows that second already), else 0.
 */
function timeOf(input: usize, start: i32, end: i32, out: usize): f64 {
  store<i32>(out, 0, 68);
  if (end - start < 20 || end - start > 60) {
    lastTime = -1;
    return 0;
  }
  let i = start + 19;
  let fraction: f64 = 0;
  if (byte(input, i) == 46) {
    let scale: f64 = 100;
    i++;
    for (; i < end; i++) {
      const d = byte(input, i) - 48;
      if (d < 0 || d > 9) break;
      fraction += <f64>d * scale;
      scale /= 10;
    }
  }
  const zoneLength = end - i;
  if (
    lastTime >= 0 &&
    zoneLength == lastZoneLength &&
    same(input + <usize>start, input + <usize>lastTime, 19) &&
    same(input + <usize>i, input + <usize>lastZone, zoneLength)
  )
    store<i32>(out, 1, 68);
  lastTime = start;
  lastZone = i;
  lastZoneLength = zoneLength;
  return fraction;
}

/**
 * Where a request tag's bounds go in its line's fields (2 name, 4 url, 6 method, 8 status, 10 expected_response,
 * 12 error_code, as point-lines.ts numbers them), by the key's length then its bytes; 0 for other tags.
 */
function tagSlot(input: usize, key: i32, length: i32): i32 {
  const at = input + <usize>key;
  switch (length) {
    case 3:
      return load<u8>(at) == 117 && load<u8>(at, 1) == 114 && load<u8>(at, 2) == 108 ? 4 : 0; // url
    case 4:
      return load<u32>(at) == 0x656d616e ? 2 : 0; // name
    case 6: {
      const head = load<u32>(at);
      const tail = load<u16>(at, 4);
      if (head == 0x6874656d && tail == 0x646f) return 6; // method
      if (head == 0x74617473 && tail == 0x7375) return 8; // status
      return 0;
    }
    case 10: // error_code
      return load<u64>(at) == 0x6f635f726f727265 && load<u16>(at, 8) == 0x6564 ? 12 : 0;
    case 17: // expected_response
      if (load<u64>(at) != 0x6465746365707865 || load<u64>(at, 8) != 0x736e6f707365725f) return 0;
      return load<u8>(at, 16) == 101 ? 10 : 0;
  }
  return 0;
}

/**
 * The end of a JSON string without escapes or control characters starting at `from`, 16 bytes at a time: its
 * closing quote before `end`, or -1 (a backslash or a byte below 32 first, or no quote).
 */
function stringEnd(input: usize, from: i32, end: i32): i32 {
  const quotes = i8x16.splat(34);
  const backslashes = i8x16.splat(92);
  const controls = i8x16.splat(32);
  for (let p = from; p < end; p += 16) {
    const block = v128.load(input + <usize>p);
    const m = i8x16.bitmask(
      v128.or(v128.or(i8x16.eq(block, quotes), i8x16.eq(block, backslashes)), i8x16.lt_u(block, controls)),
    );
    if (m != 0) {
      const at = p + ctz(m);
      return at < end && load<u8>(input + <usize>at) == 34 ? at : -1;
    }
  }
  return -1;
}

/** Where the first quote from `from` before `end` is, or -1. */
function quoteAfter(input: usize, from: i32, end: i32): i32 {
  const quotes = i8x16.splat(34);
  for (let p = from; p < end; p += 16) {
    const m = i8x16.bitmask(i8x16.eq(v128.load(input + <usize>p), quotes));
    if (m != 0) {
      const at = p + ctz(m);
      return at < end ? at : -1;
    }
  }
  return -1;
}

/** Whether the bytes of the entry `text` are at `at`. */
function startsWith(input: usize, at: i32, text: usize): bool {
  return same(input + <usize>at, text + 8, load<i32>(text + 4));
}

/**
 * Whether the `length` bytes at `a` and `b` are the same, 16 at a time: the block of the last ones reads past
 * them (the line's next bytes, or padding; an entry's unused bytes) and compares as far as they go.
 */
function same(a: usize, b: usize, length: i32): bool {
  let i: i32 = 0;
  for (; i + 16 <= length; i += 16)
    if (!i8x16.all_true(i8x16.eq(v128.load(a + <usize>i), v128.load(b + <usize>i)))) return false;
  if (i == length) return true;
  const equal = i8x16.bitmask(i8x16.eq(v128.load(a + <usize>i), v128.load(b + <usize>i)));
  return ((equal | (0xffff << (length - i))) & 0xffff) == 0xffff;
}

/** The kind of the metric name at `[at, at + length)`: its entry's, or SKIPPED when it has none. */
function kindOf(input: usize, at: i32, length: i32, names: usize, count: i32): i32 {
  for (let e = 0; e < count; e++) {
    const entry = names + <usize>(e * ENTRY);
    if (load<i32>(entry + 4) == length && same(input + <usize>at, entry + 8, length)) return load<i32>(entry);
  }
  return SKIPPED;
}

/**
 * The value of a phase point whose name's closing quote is at `quote`, as `phasePoint` in ndjson.ts reads it:
 * the point's head, a time stamp (its closing quote within 64 bytes), then `","value":` and a decimal; NaN
 * when the line is not so.
 */
function phaseValue(input: usize, quote: i32, end: i32, texts: usize): f64 {
  const point = texts + <usize>(POINT * ENTRY);
  const value = texts + <usize>(VALUE * ENTRY);
  const from = quote + load<i32>(point + 4);
  if (from >= end || !startsWith(input, quote, point)) return NaN;
  const timeEnd = quoteAfter(input, from, min(end, from + 64));
  const number = timeEnd + load<i32>(value + 4);
  if (timeEnd < 0 || number > end || !startsWith(input, timeEnd, value)) return NaN;
  return decimalAt(input, number, end);
}

/** Where the number `decimalAt` read last ends. */
let decimalEnd: i32 = 0;

/**
 * `decimalAt` of ndjson.ts: a JSON number without exponent, of at most 15 digits, ending at a `,` or `}`, as
 * the double nearest the decimal (its digits, exact, divided by an exact power of ten); NaN for anything else.
 */
function decimalAt(input: usize, i: i32, end: i32): f64 {
  const negative = i < end && load<u8>(input + <usize>i) == 45;
  if (negative) i++;
  const first = i;
  let m: i64 = 0;
  for (; i < end; i++) {
    const d = <i32>load<u8>(input + <usize>i) - 48;
    if (<u32>d > 9) break;
    m = m * 10 + d;
  }
  const intDigits = i - first;
  if (intDigits == 0 || (intDigits > 1 && load<u8>(input + <usize>first) == 48)) return NaN;
  let scale: i32 = 0;
  if (i < end && load<u8>(input + <usize>i) == 46) {
    const fractionStart = ++i;
    for (; i < end; i++) {
      const d = <i32>load<u8>(input + <usize>i) - 48;
      if (<u32>d > 9) break;
      m = m * 10 + d;
    }
    scale = i - fractionStart;
    if (scale == 0) return NaN;
  }
  if (intDigits + scale > 15 || i >= end) return NaN;
  const next = load<u8>(input + <usize>i);
  if (next != 44 && next != 125) return NaN;
  decimalEnd = i;
  const v = scale == 0 ? <f64>m : <f64>m / pow10(scale);
  return negative ? -v : v;
}

/** 10^k, exact for k ≤ 15. */
function pow10(k: i32): f64 {
  let p: f64 = 1;
  for (let j = 0; j < k; j++) p *= 10;
  return p;
}

/**
 * The request names, methods and statuses kept (`keepNames`), each once: an entry (its bytes' offset in the
 * store, their length, their hash, its kind) found through an open-addressed table of entry + 1. A name is looked
 * up as `templateName` would fold it when ndjson.ts's ByteFolder folds it the same way (`foldInto`, the same
 * steps), else as its bytes, so JavaScript neither scans, folds nor hashes it: it knows an entry's string by its
 * number.
 */
let slots: usize = 0;
let slotMask: i32 = 0;
let entries: usize = 0;
let capacity: i32 = 0;
let kept: i32 = 0;
let storeAt: usize = 0;
let storeUsed: usize = 0;
let storeEnd: usize = 0;
const ENTRY_BYTES: i32 = 16;

/** Where the names are kept: `slotCount` (a power of two) slots, `maxEntries` entries, `storeSize` bytes. */
export function keepNames(
  slotsAt: usize,
  slotCount: i32,
  entriesAt: usize,
  maxEntries: i32,
  store: usize,
  storeSize: i32,
): void {
  slots = slotsAt;
  slotMask = slotCount - 1;
  entries = entriesAt;
  capacity = maxEntries;
  kept = 0;
  lastOriginLength = 0;
  storeAt = store;
  storeUsed = store;
  storeEnd = store + <usize>storeSize;
}

/** What an entry is: a request name as it is, one folded, a method, a status. */
const AS_IS: i32 = 0;
const FOLDED: i32 = 1;
const METHOD: i32 = 2;
const STATUS: i32 = 3;
/** `entryOf` when a new entry finds no room. */
const NO_ROOM: i32 = -2;

/**
 * The entry of the bytes at `[start, end)` as a `kind` (a request name, AS_IS, is FOLDED when ByteFolder folds
 * it), kept the first time; NO_ROOM when there is no room for a new one.
 */
function entryOf(input: usize, start: i32, end: i32, kind: i32): i32 {
  const length = end - start;
  if (storeUsed + <usize>(length * 3) > storeEnd) return NO_ROOM;
  let key = input + <usize>start;
  let keyLength = length;
  const folded = kind == AS_IS ? foldInto(input, start, end, storeUsed) : -1;
  if (folded >= 0) {
    key = storeUsed;
    keyLength = folded;
    kind = FOLDED;
  }
  const hash = hashOf(key, keyLength) ^ kind;
  let slot = hash & slotMask;
  for (;;) {
    const at = slots + <usize>(slot << 2);
    const e = load<i32>(at) - 1;
    if (e < 0) {
      if (kept >= capacity) return NO_ROOM;
      if (folded < 0) memory.copy(storeUsed, key, keyLength);
      const entry = entries + <usize>(kept * ENTRY_BYTES);
      store<i32>(entry, <i32>(storeUsed - storeAt));
      store<i32>(entry, keyLength, 4);
      store<i32>(entry, hash, 8);
      store<i32>(entry, kind, 12);
      if (kind == FOLDED) keepOrigin(storeUsed);
      storeUsed += <usize>keyLength;
      store<i32>(at, ++kept);
      return kept - 1;
    }
    const entry = entries + <usize>(e * ENTRY_BYTES);
    if (
      load<i32>(entry, 8) == hash &&
      load<i32>(entry, 4) == keyLength &&
      same(key, storeAt + <usize>load<i32>(entry), keyLength)
    ) {
      if (kind == FOLDED) keepOrigin(storeAt + <usize>load<i32>(entry));
      return e;
    }
    slot = (slot + 1) & slotMask;
  }
  return NO_ROOM;
}

/** Keeps the origin of the name just folded, whose kept bytes are at `at` (`foldInto`). */
function keepOrigin(at: usize): void {
  lastOrigin = at;
  lastOriginLength = foldedOrigin;
}

/** FNV-1a over the bytes, mixed at the end as MurmurHash3 does (the table indexes by the low bits). */
function hashOf(at: usize, length: i32): i32 {
  let h: i32 = <i32>0x811c9dc5;
  let i: i32 = 0;
  for (; i + 4 <= length; i += 4) h = (h ^ load<i32>(at + <usize>i)) * 0x01000193;
  for (; i < length; i++) h = (h ^ <i32>load<u8>(at + <usize>i)) * 0x01000193;
  h ^= <i32>(<u32>h >> 16);
  h *= <i32>0x85ebca6b;
  h ^= <i32>(<u32>h >> 13);
  h *= <i32>0xc2b2ae35;
  return h ^ <i32>(<u32>h >> 16);
}

/**
 * The length of the scheme and host `foldInto` passed over last (0 for a path); where the bytes of the last
 * folded name kept begin with theirs, and their length, so that the next URL of the same host is not checked
 * again byte by byte.
 */
let foldedOrigin: i32 = 0;
let lastOrigin: usize = 0;
let lastOriginLength: i32 = 0;

/**
 * `ByteFolder.fold` of byte-fold.ts, the same steps: the name at `[start, end)` folded as `templateName` folds
 * it, written at `out`; its length, or -1 when ByteFolder leaves the name to `templateName` or it has no id.
 */
function foldInto(input: usize, start: i32, end: i32, out: usize): i32 {
  const length = end - start;
  if (length < 2 || length > 2048) return -1;
  let i = start;
  foldedOrigin = 0;
  const known = lastOriginLength;
  const sameOrigin = known > 0 && known < length && byte(input, start + known) == 47;
  if (sameOrigin && same(input + <usize>start, lastOrigin, known)) {
    // The scheme and host of the last URL folded: checked then, as the same bytes would be now.
    i = start + known;
    foldedOrigin = known;
  } else if (byte(input, start) != 47) {
    const c0 = byte(input, start) | 32;
    if (c0 < 97 || c0 > 122) return -1;
    i++;
    for (; i < end; i++) {
      const c = byte(input, i);
      const l = c | 32;
      if (!((l >= 97 && l <= 122) || (c >= 48 && c <= 57) || c == 43 || c == 45 || c == 46)) break;
    }
    if (byte(input, i) != 58 || byte(input, i + 1) != 47 || byte(input, i + 2) != 47) return -1;
    i += 3;
    while (i < end && byte(input, i) != 47) {
      if (!plain(byte(input, i))) return -1;
      i++;
    }
    if (i == end) return -1;
    foldedOrigin = i - start;
  }
  let o: i32 = i - start;
  memory.copy(out, input + <usize>start, o);
  let ids = 0;
  while (i < end) {
    store<u8>(out + <usize>o, 47);
    o++;
    const from = ++i;
    let digit = false;
    let allHex = true;
    let token = true;
    for (; i < end; i++) {
      const c = byte(input, i);
      if (c == 47) break;
      if (!plain(c)) return -1;
      if (c >= 48 && c <= 57) digit = true;
      else if (!((c >= 97 && c <= 102) || (c >= 65 && c <= 70))) {
        allHex = false;
        if (!(((c | 32) >= 97 && (c | 32) <= 122) || c == 95 || c == 45)) token = false;
      }
    }
    const n = i - from;
    let id = false;
    if (n > 0) {
      if (!digit) id = n == 36 && isUuid(input, from);
      else if (isNumber(input, from, i) || (allHex && n >= 8) || (n == 36 && isUuid(input, from))) id = true;
      else if (token && n >= 16) return -1;
    }
    if (id) {
      store<u32>(out + <usize>o, 0x7d64697b); // {id}
      o += 4;
      ids++;
    } else {
      memory.copy(out + <usize>o, input + <usize>from, n);
      o += n;
    }
  }
  return ids == 0 ? -1 : o;
}

@inline
function byte(input: usize, i: i32): i32 {
  return <i32>load<u8>(input + <usize>i);
}

/** Printable ASCII that is neither a query, a fragment nor a placeholder's start. */
function plain(c: i32): bool {
  return c > 32 && c < 127 && c != 63 && c != 35 && c != 123 && c != 125;
}

/** `1007`, `-3`, `12.5`, as templateName's isNumber. */
function isNumber(input: usize, from: i32, to: i32): bool {
  let i = from;
  if (byte(input, i) == 45) i++;
  const intStart = i;
  while (i < to && <u32>(byte(input, i) - 48) <= 9) i++;
  if (i == intStart) return false;
  if (i == to) return true;
  if (byte(input, i) != 46) return false;
  const fracStart = ++i;
  while (i < to && <u32>(byte(input, i) - 48) <= 9) i++;
  return i > fracStart && i == to;
}

/** 36 bytes at `from` in the 8-4-4-4-12 hex layout of a UUID, either case. */
function isUuid(input: usize, from: i32): bool {
  for (let k = 0; k < 36; k++) {
    const c = byte(input, from + k);
    if (k == 8 || k == 13 || k == 18 || k == 23) {
      if (c != 45) return false;
    } else if (!((c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70))) return false;
  }
  return true;
}
