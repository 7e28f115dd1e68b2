import { templateName } from '../endpoint-template.js';
import { describeJsonType, isObject, parseJson } from '../json.js';
import type { ReadDiagnostic, ReadResult, ResultReader } from '../model.js';
import { addEntry, entriesRun, parseEntry, type Entry } from './entries.js';

/**
 * Locust `--json` (2.14+) and `--json-file NAME` (2.37+): the array of serialized stats entries printed at the
 * end of a run (result-formats.md §5.2). There is no Aggregated entry: the overall row merges the entries'
 * histograms, as Locust computes its own.
 */
export const locustJsonReader: ResultReader = {
  format: 'locust-json',
  tool: 'locust',
  sniff: (head) =>
    /^\s*\[/.test(head.replace(/^\uFEFF/, '')) &&
    /"num_requests"\s*:/.test(head) &&
    /"response_times"\s*:/.test(head),
  read: readLocustJson,
};

export function readLocustJson(text: string, file: string): ReadResult {
  const parsed = parseJson(text, file);
  if (!parsed.ok) return { diagnostics: [parsed.diagnostic] };
  if (!Array.isArray(parsed.value)) {
    return {
      diagnostics: [
        {
          file,
          message: `Not Locust --json output: expected an array of stats entries, found ${describeJsonType(parsed.value)}.`,
        },
      ],
    };
  }
  const diagnostics: ReadDiagnostic[] = [];
  const merged = new Map<string, Entry>();
  parsed.value.forEach((value, i) => {
    const entry = parseEntry(value);
    if (typeof entry === 'string') {
      diagnostics.push({ file, message: `Entry ${i + 1}: ${entry}; it was skipped.` });
      return;
    }
    const key = `${entry.method ?? ''} ${entry.name}`;
    const seen = merged.get(key);
    if (seen) addEntry(seen, entry);
    else merged.set(key, entry);
  });
  const run = entriesRun([...merged.values()], file, 'locust-json', diagnostics);
  return run ? { run, diagnostics } : { diagnostics };
}

/**
 * The worker reports Taurus records when it runs Locust distributed (`locust-workers.ldjson`, one JSON object a
 * line: `{stats, errors, user_count, client_id}`). Each report holds what happened since the previous one, so
 * the entries add up; errors give each endpoint its failures by message.
 */
export const locustWorkerLdjsonReader: ResultReader = {
  format: 'locust-worker-ldjson',
  tool: 'locust',
  fileNameHint: /\.ldjson$/i,
  sniff: (head) => {
    const first = head
      .replace(/^\uFEFF/, '')
      .split('\n', 1)[0]!
      .trim();
    if (!first.startsWith('{')) return false;
    try {
      const v: unknown = JSON.parse(first);
      return isObject(v) && Array.isArray(v.stats) && ('client_id' in v || 'user_count' in v);
    } catch {
      return false;
    }
  },
  read: readLocustWorkerLdjson,
};

export function readLocustWorkerLdjson(text: string, file: string): ReadResult {
  const diagnostics: ReadDiagnostic[] = [];
  const merged = new Map<string, Entry>();
  const errors = new Map<string, Map<string, number>>();
  const users = new Map<string, number>();
  const lines = text.split('\n');
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (line === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      const last = lines.slice(i + 1).every((l) => l.trim() === '');
      diagnostics.push({
        file,
        line: i + 1,
        message: last
          ? 'The last line is not complete JSON: the file looks cut short; the reports before were read.'
          : 'This line is not JSON: it was skipped.',
        severity: last ? 'warning' : 'error',
      });
      return;
    }
    if (!isObject(value) || !Array.isArray(value.stats)) {
      diagnostics.push({
        file,
        line: i + 1,
        message: 'This line is no worker report (no "stats" array): it was skipped.',
      });
      return;
    }
    for (const s of value.stats) {
      const entry = parseEntry(s);
      if (typeof entry === 'string') {
        diagnostics.push({ file, line: i + 1, message: `${entry}; it was skipped.` });
        continue;
      }
      const key = `${entry.method ?? ''} ${entry.name}`;
      const seen = merged.get(key);
      if (seen) addEntry(seen, entry);
      else merged.set(key, entry);
    }
    if (isObject(value.errors)) {
      for (const e of Object.values(value.errors)) {
        if (!isObject(e) || typeof e.name !== 'string' || typeof e.occurrences !== 'number') continue;
        const key = `${typeof e.method === 'string' ? e.method : ''} ${e.name}`;
        const kinds = errors.get(key) ?? new Map<string, number>();
        const kind = typeof e.error === 'string' ? e.error : 'error';
        kinds.set(kind, (kinds.get(kind) ?? 0) + e.occurrences);
        errors.set(key, kinds);
      }
    }
    const client = typeof value.client_id === 'string' ? value.client_id : '';
    if (typeof value.user_count === 'number')
      users.set(client, Math.max(users.get(client) ?? 0, value.user_count));
  });
  // Workers run side by side: the run's peak is at most the sum of each worker's peak.
  const maxUsers = users.size > 0 ? [...users.values()].reduce((a, b) => a + b, 0) : undefined;
  const run = entriesRun([...merged.values()], file, 'locust-worker-ldjson', diagnostics, maxUsers);
  if (!run) return { diagnostics };
  for (const [key, kinds] of errors) {
    const [method, ...rest] = key.split(' ');
    const name = templateName(rest.join(' '));
    const endpoint = run.endpoints.find((e) => e.name === name && (e.method ?? '') === method);
    if (!endpoint) continue;
    endpoint.errorsByKind ??= {};
    for (const [kind, n] of kinds) endpoint.errorsByKind[kind] = (endpoint.errorsByKind[kind] ?? 0) + n;
  }
  return { run, diagnostics };
}
