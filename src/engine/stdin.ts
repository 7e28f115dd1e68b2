/** The file name that stands for standard input (`--current -`, `ingest -`). */
export const STDIN = '-';
