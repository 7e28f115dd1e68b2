import type { LintProgress, ReadProgress } from '../engine/progress.js';
import { formatBytes } from '../util/bytes.js';

export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
}

export interface ProgressOptions {
  stream: ProgressStream;
  env: Readonly<Record<string, string | undefined>>;
  /** Milliseconds; tests pass a fake clock. */
  now?: () => number;
}

/** Work this large gets one summary line when it ends, on a terminal or in a CI log; smaller work stays silent. */
export const SUMMARY_FILES = 200;
export const SUMMARY_BYTES = 50 * 1024 * 1024;
/** Nothing is drawn for work that ends sooner than this (no flicker on a quick run), then at most this often. */
const FIRST_DRAW_MS = 300;
const REDRAW_MS = 100;

/** `CI=true` (GitHub Actions, GitLab, most CI services) means a log, even when a pseudo-terminal is attached. */
function inCi(env: ProgressOptions['env']): boolean {
  const ci = env.CI;
  return ci !== undefined && ci !== '' && ci !== '0' && ci.toLowerCase() !== 'false';
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

/**
 * Progress of long work on stderr, which carries only `loadgate: ...` lines, so stdout (the report, JSON)
 * is never touched. On a terminal: one line redrawn in place (`\r`, erase to the end), throttled, erased when
 * the work ends. In a log (not a terminal, or `CI` set): nothing while working. Either way, work past
 * {@link SUMMARY_FILES} files or {@link SUMMARY_BYTES} bytes ends with one line: `loadgate: linted 2000 files
 * in 3.1 s`, `loadgate: read 1.2 GB of results in 2.4 s`.
 */
export class Progress {
  private readonly live: boolean;
  private readonly now: () => number;
  private readonly started: number;
  private lastDraw: number | undefined;
  private drawn = false;
  private finished = false;
  private files = { phase: 'parsed' as 'parsed' | 'checked', done: 0, total: 0 };
  private bytes = 0;
  private readStarted: number | undefined;
  private readEnded: number | undefined;
  private lintEnded: number | undefined;

  constructor(private readonly options: ProgressOptions) {
    this.live = options.stream.isTTY === true && !inCi(options.env);
    // process.hrtime rather than performance.now: the \`performance\` global loads perf_hooks (a few ms of start-up).
    this.now = options.now ?? (() => Number(process.hrtime.bigint()) / 1e6);
    this.started = this.now();
  }

  readonly lint: LintProgress = (phase, done, total) => {
    if (this.finished) return;
    this.files = { phase, done, total };
    if (phase === 'checked' && done === total) this.lintEnded = this.now();
    this.tick();
  };

  readonly read: ReadProgress = (bytes) => {
    if (this.finished) return;
    this.readStarted ??= this.now();
    this.bytes += bytes;
    this.readEnded = this.now();
    this.tick();
  };

  private line(): string {
    const parts: string[] = [];
    if (this.files.total > 0) {
      const verb = this.files.phase === 'parsed' ? 'reading' : 'checking';
      parts.push(`linting: ${verb} ${this.files.done}/${this.files.total} files`);
    }
    if (this.bytes > 0) parts.push(`reading results: ${formatBytes(this.bytes)}`);
    return `loadgate: ${parts.join('; ')}`;
  }

  private tick(): void {
    if (!this.live) return;
    const t = this.now();
    if (t - this.started < FIRST_DRAW_MS) return;
    if (this.lastDraw !== undefined && t - this.lastDraw < REDRAW_MS) return;
    this.lastDraw = t;
    this.drawn = true;
    this.options.stream.write(`\r${this.line()}\x1b[K`);
  }

  /** Erases the progress line and writes the summary of large work; later callbacks are ignored. */
  done(): void {
    if (this.finished) return;
    this.finished = true;
    if (this.drawn) this.options.stream.write('\r\x1b[K');
    const end = this.now();
    const lines: string[] = [];
    if (this.files.total >= SUMMARY_FILES)
      lines.push(`linted ${this.files.total} files in ${seconds((this.lintEnded ?? end) - this.started)}`);
    if (this.bytes >= SUMMARY_BYTES)
      lines.push(
        `read ${formatBytes(this.bytes)} of results in ${seconds((this.readEnded ?? end) - (this.readStarted ?? this.started))}`,
      );
    if (lines.length > 0) this.options.stream.write(`loadgate: ${lines.join('; ')}\n`);
  }
}
