/**
 * The kind of a failed Gatling request, from its KO message (result-formats.md §6.1): a status check that
 * found an HTTP error (`HTTP 500`), any other failed check (`check failed`), a timeout, or the exception's
 * abbreviated class (`j.n.ConnectException`). Messages carry URLs, ids and addresses, so the kind is never
 * the message itself: that would make one kind per request.
 */
export function gatlingErrorKind(message: string): string {
  const status = /^status\.find\b.*but actually found (\d{3})\s*$/.exec(message);
  if (status) return Number(status[1]) >= 400 ? `HTTP ${status[1]}` : 'check failed';
  if (/\bbut actually (found|got)\b/.test(message) || /\.find(\.\w+)?(\(|,)/.test(message))
    return 'check failed';
  if (/^Request timeout\b/i.test(message) || /TimeoutException\b/.test(message)) {
    const cls = exceptionClass(message);
    return cls ?? 'timeout';
  }
  const cls = exceptionClass(message);
  if (cls) return cls;
  const trimmed = message.trim();
  if (trimmed === '') return 'failed';
  // A free-form message (a custom check's text, a failed `exitHereIfFailed`): its first clause, digits folded.
  return trimmed.split(/[:\n]/)[0]!.replace(/\d+/g, '#').slice(0, 80);
}

/** `j.n.ConnectException: Connection refused` → `j.n.ConnectException` (Gatling abbreviates packages). */
function exceptionClass(message: string): string | undefined {
  const m = /^((?:[a-z_$][\w$]*\.)*[A-Z][\w$]*(?:Exception|Error))\b/.exec(message);
  return m?.[1];
}

/** Memoised: a run repeats a handful of messages thousands of times. Bounded, since messages may not repeat. */
export class ErrorKinds {
  private readonly cache = new Map<string, string>();

  of(message: string): string {
    let kind = this.cache.get(message);
    if (kind === undefined) {
      kind = gatlingErrorKind(message);
      if (this.cache.size < 10_000) this.cache.set(message, kind);
    }
    return kind;
  }
}
