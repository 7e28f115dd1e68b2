/**
 * Callbacks the long loops call so a shell can show progress (`src/cli/progress.ts`). They cost one call per
 * file or per chunk of bytes (1 MiB), never per sample, and the engine works the same without them.
 */

/** Called with the size of each chunk of a result file as it is read (after gunzip: the bytes parsed). */
export type ReadProgress = (bytes: number) => void;

/** Called as each scenario file is parsed (`parsed`) and then checked by the rules (`checked`). */
export type LintProgress = (phase: 'parsed' | 'checked', done: number, total: number) => void;
