/**
 * Content sniffers of Gatling's formats, kept apart from their readers so that choosing a reader never loads
 * one. Each looks at the first 64 KiB of the (decompressed) file, as Latin-1 text (one char per byte).
 */

/** A text `simulation.log` (2.2 – 3.12) starts with its RUN record, or with the ASSERTION records before it. */
export function sniffGatlingLog(head: string): boolean {
  const body = head.charCodeAt(0) === 0xfeff ? head.slice(1) : head;
  const nl = body.indexOf('\n');
  const line = nl < 0 ? body : body.slice(0, nl);
  if (line.startsWith('ASSERTION\t')) return true;
  if (line.startsWith('RUN\t')) return line.split('\t').length >= 6;
  // A log without its first line (cut by hand): a request record with its OK/KO status.
  return /^(REQUEST|USER|GROUP)\t.*\t(OK|KO|START|END)(\t|\r?$)/.test(line);
}

/**
 * A binary `simulation.log` (3.13+) starts with the RUN record: type byte 0, then the Gatling version as a
 * Java string (int32 big-endian length, the bytes, a coder byte 0 or 1).
 */
export function sniffGatlingBinaryLog(head: string): boolean {
  if (head.length < 8 || head.charCodeAt(0) !== 0) return false;
  const length =
    (head.charCodeAt(1) << 24) | (head.charCodeAt(2) << 16) | (head.charCodeAt(3) << 8) | head.charCodeAt(4);
  if (length < 3 || length > 40 || head.length < 6 + length) return false;
  const coder = head.charCodeAt(5 + length);
  return (coder === 0 || coder === 1) && /^\d+\.\d+[\w.+-]*$/.test(head.slice(5, 5 + length));
}

/** `js/stats.json` of a Gatling report (≤ 3.13.4): the root GROUP ("All Requests"/"Global Information"). */
export function sniffGatlingStats(head: string): boolean {
  return /^\s*\{\s*"type"\s*:\s*"GROUP"\s*,/.test(head) && /"numberOfRequests"\s*:\s*\{/.test(head);
}

/** `js/global_stats.json`: the root's statistics alone. */
export function sniffGatlingGlobalStats(head: string): boolean {
  return (
    /^\s*\{\s*"name"\s*:/.test(head) &&
    /"numberOfRequests"\s*:\s*\{/.test(head) &&
    /"percentiles1"\s*:\s*\{/.test(head) &&
    /"meanNumberOfRequestsPerSecond"\s*:/.test(head)
  );
}
