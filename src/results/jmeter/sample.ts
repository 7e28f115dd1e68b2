import type { SampleSink } from '../model.js';

/** What JMeter's TransactionController writes as the parent's message (`TransactionController.java`). */
const TRANSACTION_MESSAGE = 'Number of samples in transaction';

export function isTransactionMessage(message: string): boolean {
  return message.startsWith(TRANSACTION_MESSAGE);
}

/**
 * The kind of a failed sample: its HTTP status (`HTTP 502`), the non-HTTP code JMeter writes for network
 * errors (`java.net.UnknownHostException`), or, for a 2xx that failed an assertion, `assertion failed`.
 */
export function jmeterErrorKind(code: string, failureMessage: string): string {
  if (/^\d{3}$/.test(code)) {
    // A 2xx/3xx that failed was failed by an assertion (or a Response Assertion on the code).
    return Number(code) >= 400 ? `HTTP ${code}` : 'assertion failed';
  }
  const nonHttp = /^Non HTTP response code: (.+)$/.exec(code);
  if (nonHttp) return nonHttp[1]!.slice(0, 120);
  if (code) return code.slice(0, 120);
  return failureMessage ? 'assertion failed' : 'failed';
}

/**
 * `timeStamp` is epoch ms by default, or whatever `jmeter.save.saveservice.timestamp_format` made it
 * (`yyyy/MM/dd HH:mm:ss`, with no zone): those are read as UTC, which keeps durations and windows right; only
 * the absolute clock may be off by the writer's zone. Formatted stamps repeat within a second, so the last one
 * is cached.
 */
export class JmeterTimestamps {
  private lastText = '';
  private lastMs: number | undefined;

  parse(text: string): number | undefined {
    if (text === this.lastText) return this.lastMs;
    this.lastText = text;
    const n = Number(text);
    if (text !== '' && Number.isFinite(n)) {
      this.lastMs = n;
      return n;
    }
    const m = /^(\d{4})[/-](\d{1,2})[/-](\d{1,2})[ T](\d{1,2}):(\d{2}):(\d{2})(?:[.,](\d{1,3}))?/.exec(text);
    this.lastMs = m
      ? Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!, m[7] ? +m[7].padEnd(3, '0') : 0)
      : undefined;
    return this.lastMs;
  }
}

/**
 * A sample's phases: JMeter's `Latency` is the time to first byte, connect included, and `Connect` the time
 * to open the connection (0 when reused). A sample without a response (Latency 0) has none.
 */
export function jmeterPhases(
  sink: SampleSink,
  elapsed: number,
  latency: number,
  connect: number | undefined,
  weight = 1,
): void {
  if (!sink.phase || !(latency > 0) || !(elapsed >= latency)) return;
  const setup = connect !== undefined && connect >= 0 && connect <= latency ? connect : undefined;
  if (setup !== undefined) sink.phase('connecting', setup, weight);
  sink.phase('waiting', latency - (setup ?? 0), weight);
  sink.phase('receiving', elapsed - latency, weight);
}
