import { describe, expect, it } from '@jest/globals';
import {
  FIELDS,
  METHOD_ENTRY,
  NAME_ENTRY,
  OTHER,
  PointLines,
  READ_POINT,
  REQUEST,
  SAME_SECOND,
  SKIPPED,
  STATUS_ENTRY,
} from '../../../src/results/k6/point-lines.js';
import { ByteFolder } from '../../../src/results/raw/byte-fold.js';
import { Rfc3339Parser } from '../../../src/results/raw/time.js';

const TIME = '2026-01-15T10:00:00.002500000+01:00';
const point = (metric: string, value: string, tags = '{"name":"x"}') =>
  `{"metric":"${metric}","type":"Point","data":{"time":"${TIME}","value":${value},"tags":${tags}}}`;

function tell(lines: string[], crlf = false) {
  const text = lines.map((l) => `${l}${crlf ? '\r' : ''}\n`).join('');
  const told = new PointLines(
    [
      { metric: 'http_req_waiting', phase: 'waiting' },
      { metric: 'http_req_sending', phase: 'sending' },
    ],
    ['http_req_duration', 'vus'],
  );
  told.load(Buffer.from(text, 'latin1'));
  const n = told.tell(0);
  return {
    n,
    kinds: Array.from(told.kinds.subarray(0, n)),
    values: Array.from(told.values.subarray(0, n)),
    ends: Array.from(told.ends.subarray(0, n)),
    text,
  };
}

describe('PointLines', () => {
  it('tells phase points (with their value), skipped metrics and lines JavaScript reads', () => {
    const { n, kinds, values, ends, text } = tell([
      point('http_req_waiting', '62.276454'),
      point('http_req_sending', '0'),
      point('http_reqs', '1'),
      point('http_req_duration', '80.5'),
      point('vus', '10'),
      '{"type":"Metric","data":{"name":"http_reqs","type":"counter"},"metric":"http_reqs"}',
      point('http_req_waiting', '-0.5'),
    ]);
    expect(n).toBe(7);
    expect(kinds).toEqual([1, 2, SKIPPED, OTHER, OTHER, OTHER, 1]);
    expect([values[0], values[1], values[6]]).toEqual([62.276454, 0, -0.5]);
    expect(ends).toEqual([...text.matchAll(/\n/g)].map((m) => m.index));
  });

  it('leaves to JavaScript a phase point whose value or shape it does not read as ndjson.ts does', () => {
    const { kinds } = tell(
      [
        point('http_req_waiting', '1e3'),
        point('http_req_waiting', '01'),
        point('http_req_waiting', '1234567890.1234567'),
        point('http_req_waiting', '5.'),
        '{"metric":"http_req_waiting","data":{"time":"x","value":1},"type":"Point"}' + ' '.repeat(20),
        point('http_req_waiting', '12.25'),
      ],
      true,
    );
    expect(kinds).toEqual([OTHER, OTHER, OTHER, OTHER, OTHER, 1]);
  });

  it('locates a request point time stamp and tags, and leaves to JavaScript one it does not read in place', () => {
    const tags =
      '{"expected_response":"false","method":"get","name":"n","name":"/a/1","status":"503","url":"u","error_code":"1503"}';
    const lines = [
      point('http_req_duration', '80.5', tags),
      point('http_req_duration', '3', '{}'),
      point('http_req_duration', '3', '{"name":"a\\"b"}'),
      point('http_req_duration', '3', tags) + ' ',
      point('http_req_duration', '3', '{"name":1}'),
    ];
    const text = lines.map((l) => `${l}\n`).join('');
    const told = new PointLines([], [], ['http_req_duration']);
    told.load(Buffer.from(text, 'latin1'));
    expect(told.tell(0)).toBe(5);
    expect(Array.from(told.kinds.subarray(0, 5))).toEqual([REQUEST, REQUEST, OTHER, OTHER, OTHER]);
    expect([told.values[0], told.values[1]]).toEqual([80.5, 3]);
    const text0 = (k: number) => {
      const [from, to] = [told.fields[k]!, told.fields[k + 1]!];
      return from < 0 ? undefined : text.slice(from, to);
    };
    // time, name (its last value), url, method, status, expected_response, error_code
    expect([0, 2, 4, 6, 8, 10, 12].map(text0)).toEqual([TIME, '/a/1', 'u', 'get', '503', 'false', '1503']);
    expect([0, 2, 4].map((k) => text0(FIELDS + k))).toEqual([TIME, undefined, undefined]);
    // The method and status are kept as entries too, and a request without them has none.
    expect([METHOD_ENTRY, STATUS_ENTRY].map((k) => told.name(told.fields[k]!))).toEqual(['get', '503']);
    expect([NAME_ENTRY, METHOD_ENTRY, STATUS_ENTRY].map((k) => told.fields[FIELDS + k])).toEqual([
      -1, -1, -1,
    ]);
  });

  it('keeps each request name once, folded exactly as ByteFolder folds it, or as it is', () => {
    const names = [
      '/booking/1007',
      'https://API.example.com:8443/users/3F2A9C1E-7D4B-4F7A-9A1E-0C2B3D4E5F60/cart',
      // The origin of the URL folded before, then what only looks like it.
      'https://API.example.com:8443/orders/7',
      'https://API.example.com:8443{/1',
      'https://API.example.com:8443/a?b/1',
      'https://API.example.com:84430/1',
      '/files/a94a8fe5ccb19ba61c4c0873d391e987982fbbd3/',
      '/a/12/b/-3/c/12.5',
      '//x//42//',
      '/s/Zx8kP2qLm9RtY4vWn7/1',
      '/a/12?page=2',
      '/caf\u00e9/12',
      'Login 42',
      'https://h',
      '/deadbeef',
      '/booking/1008',
    ];
    const tagged = (name: string) => point('http_req_duration', '1', `{"name":"${name}"}`);
    const text = [...names.map(tagged), point('http_req_duration', '1', '{"url":"/u/7"}')]
      .map((l) => `${l}\n`)
      .join('');
    const told = new PointLines([], [], ['http_req_duration']);
    told.load(Buffer.from(text, 'latin1'));
    expect(told.tell(0)).toBe(names.length + 1);
    const folder = new ByteFolder();
    const entries = names.map((_, r) => told.fields[r * FIELDS + NAME_ENTRY]!);
    names.forEach((name, r) => {
      const bytes = Buffer.from(`"${name}"`, 'latin1');
      const folded = folder.fold(bytes, 1, bytes.length - 1);
      expect([told.isFolded(entries[r]!), told.name(entries[r]!)]).toEqual([
        folded !== undefined,
        folded ?? name,
      ]);
    });
    // The two bookings fold to one name; the url names a request without a name tag.
    expect(entries.at(-1)).toBe(entries[0]);
    expect(new Set(entries).size).toBe(names.length - 1);
    expect(told.name(told.fields[names.length * FIELDS + NAME_ENTRY]!)).toBe('/u/{id}');
  });

  it("reads a request time stamp's fraction, and tells whether its second is that of the request before", () => {
    const times = [
      '2026-01-15T10:00:00.002500000+01:00',
      '2026-01-15T10:00:00.9+01:00',
      '2026-01-15T10:00:00.9Z',
      '2026-01-15T10:00:01Z',
      '2026-01-15T10:00:01.123456789Z',
    ];
    const line = (time: string) =>
      `{"metric":"http_req_duration","type":"Point","data":{"time":"${time}","value":1,"tags":{}}}\n`;
    const told = new PointLines([], [], ['http_req_duration']);
    told.load(Buffer.from(times.map(line).join(''), 'latin1'));
    expect(told.tell(0)).toBe(times.length);
    const parser = new Rfc3339Parser();
    // The second JavaScript parsed and the fraction make the time the parser gives.
    const made = times.map((t, r) => [parser.parse(t), parser.second + told.fractions[r]!]);
    expect(made.map(([parsed, fromFraction]) => fromFraction === parsed)).toEqual(times.map(() => true));
    expect(times.map((_, r) => told.fields[r * FIELDS + SAME_SECOND])).toEqual([0, 1, 0, 0, 1]);
  });

  it('locates the time stamp and value of the other points JavaScript reads', () => {
    const lines = [point('vus', '10'), point('iterations', '1', '{}'), point('vus', '1', '{"a":1}')];
    const text = lines.map((l) => `${l}\n`).join('');
    const told = new PointLines([], [], [], ['iterations', 'vus']);
    told.load(Buffer.from(text, 'latin1'));
    expect(told.tell(0)).toBe(3);
    expect(Array.from(told.kinds.subarray(0, 3))).toEqual([READ_POINT + 1, READ_POINT, OTHER]);
    expect([told.values[0], told.values[1]]).toEqual([10, 1]);
    const times = [0, FIELDS].map((o) => text.slice(told.fields[o]!, told.fields[o + 1]!));
    expect(times).toEqual([TIME, TIME]);
  });

  it('stops at the last newline of the chunk, and tells the lines from any start', () => {
    const line = point('http_req_sending', '3');
    const told = new PointLines([{ metric: 'http_req_sending', phase: 'sending' }], []);
    told.load(Buffer.from(`${line}\n${line}\n${line}`, 'latin1'));
    expect(told.tell(0)).toBe(2);
    expect(told.tell(line.length + 1)).toBe(1);
    expect(told.tell(2 * line.length + 2)).toBe(0);
  });
});
