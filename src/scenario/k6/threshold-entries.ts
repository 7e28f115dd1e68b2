import type { Location } from '../location.js';
import { getEntry, getValue, type ObjectEntry, type SourceValue } from '../value.js';

export interface ThresholdItem {
  /** The expression (`p(95)<500`): a string, or unknown when it is built at run time. */
  expression?: SourceValue;
  /** The whole item as written: a string, or a `{ threshold, abortOnFail, delayAbortEval }` object. */
  item: SourceValue;
  loc: Location;
}

export interface ThresholdEntry {
  key: string;
  keyLoc: Location;
  value: SourceValue;
  items: ThresholdItem[];
}

/** The `thresholds` object of k6 options, when it is an object we can read. */
export function thresholdsObject(native: SourceValue | undefined): SourceValue | undefined {
  const thresholds = getValue(native, 'thresholds');
  return thresholds?.kind === 'object' ? thresholds : undefined;
}

export function thresholdsEntry(native: SourceValue | undefined): ObjectEntry | undefined {
  return getEntry(native, 'thresholds');
}

/** Every threshold key as written (repeated keys included), with its expressions in either form. */
export function thresholdEntries(native: SourceValue | undefined): ThresholdEntry[] {
  const thresholds = thresholdsObject(native);
  if (thresholds?.kind !== 'object') return [];
  return thresholds.entries
    .filter((e) => e.key !== '...')
    .map((e) => {
      const list = e.value.kind === 'array' ? e.value.items : [];
      const items = list.map((item): ThresholdItem => {
        if (item.kind === 'object') {
          const expression = getValue(item, 'threshold');
          return expression ? { expression, item, loc: expression.loc } : { item, loc: item.loc };
        }
        return { expression: item, item, loc: item.loc };
      });
      return { key: e.key, keyLoc: e.keyLoc, value: e.value, items };
    });
}
