import { isObject } from '../json.js';

/**
 * Content sniffers of the raw-sample formats, kept apart from their readers so that choosing a reader never
 * loads one. Each looks at the first 64 KiB of the (decompressed) file.
 */

function firstLine(head: string): string {
  const body = head.charCodeAt(0) === 0xfeff ? head.slice(1) : head;
  const start = body.search(/\S/);
  if (start < 0) return '';
  const nl = body.indexOf('\n', start);
  return (nl < 0 ? body.slice(start) : body.slice(start, nl)).replace(/\r$/, '');
}

/** `{"type":"Metric"|"Point", …, "metric": …}` on the first line, and (for a whole-file JSON) not one document. */
export function sniffK6Ndjson(head: string): boolean {
  const line = firstLine(head);
  if (!line.startsWith('{')) return false;
  try {
    const first: unknown = JSON.parse(line);
    return isObject(first) && (first.type === 'Metric' || first.type === 'Point') && 'metric' in first;
  } catch {
    return false;
  }
}

/** k6 `--out csv` always starts with these three columns (`internal/output/csv/output.go`). */
export function sniffK6Csv(head: string): boolean {
  return /^metric_name[,\t]timestamp[,\t]metric_value\b/.test(firstLine(head));
}

/** A JTL header names `elapsed` and `label`; a headerless one starts with a timestamp and a whole-ms elapsed. */
export function sniffJtlCsv(head: string): boolean {
  const line = firstLine(head);
  if (/\belapsed\b/.test(line) && /\blabel\b/.test(line) && !line.startsWith('<')) return true;
  return /^(\d{12,13}|\d{4}[/-]\d{2}[/-]\d{2}[ T]\d{2}:\d{2}:\d{2}(?:[.,]\d+)?)[,\t]\d+[,\t]/.test(line);
}

export function sniffJtlXml(head: string): boolean {
  return /<testResults[\s>]/.test(head);
}
