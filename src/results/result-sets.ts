import { LOCUST_CSV_FORMATS, readLocustCsvSet, type SetPart } from './locust/csv-set.js';
import type { ReadResult, ResultFormat } from './model.js';
import { readTaurusSet, TAURUS_REPORT_FORMATS } from './taurus/set.js';

export type { SetPart } from './locust/csv-set.js';

/**
 * Summary files that one tool writes side by side for ONE run (`locust --csv PREFIX` writes stats, history,
 * failures and exceptions; Taurus its final-stats dump and junit-xml report), read together into one Run. Unlike raw samples they are not merged sample by
 * sample: each file contributes what only it holds.
 */
const families: { formats: readonly ResultFormat[]; read: (parts: readonly SetPart[]) => ReadResult }[] = [
  { formats: LOCUST_CSV_FORMATS, read: readLocustCsvSet },
  { formats: TAURUS_REPORT_FORMATS, read: readTaurusSet },
];

/** The reader of a set of files of these formats, when they are the parts of one run. */
export function resultSetReader(
  formats: readonly (ResultFormat | undefined)[],
): ((parts: readonly SetPart[]) => ReadResult) | undefined {
  if (formats.length < 2 || formats.some((f) => f === undefined)) return undefined;
  return families.find((family) => formats.every((f) => family.formats.includes(f!)))?.read;
}
