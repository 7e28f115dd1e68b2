import { describe, expect, it } from '@jest/globals';
import { corpusPath, describeCorpus } from '../files.js';
import { read, readAll, tempFile } from '../raw/temp.js';

const T = 1_700_000_000_000;
const tsv = (...fields: (string | number)[]): string => fields.join('\t');

/** Gatling 3.4 – 3.12 layout (LogFileDataWriter at 3.9): no user ids, USER with one timestamp. */
const modern = [
  tsv('RUN', 'shop.Checkout', 'checkout', T, ' ', '3.9.5'),
  tsv('USER', 'Buyers', 'START', T + 10),
  tsv('USER', 'Buyers', 'START', T + 20),
  tsv('REQUEST', '', 'home', T + 100, T + 150, 'OK', ' '),
  tsv('REQUEST', 'Checkout', 'cart', T + 200, T + 300, 'OK', ' '),
  tsv(
    'REQUEST',
    'Checkout',
    'pay',
    T + 300,
    T + 700,
    'KO',
    'status.find.in(200,201), but actually found 502',
  ),
  tsv('GROUP', 'Checkout', T + 200, T + 700, 500, 'KO'),
  tsv('ERROR', 'pay: Failed to build request: No attribute named card', T + 800),
  tsv(
    'REQUEST',
    '',
    'home',
    T + 12_000,
    T + 12_040,
    'KO',
    'j.n.ConnectException: Connection refused: shop/10.0.0.1:443',
  ),
  tsv('USER', 'Buyers', 'END', T + 12_100),
  tsv('USER', 'Buyers', 'END', T + 12_200),
].join('\n');

describe('Gatling text simulation.log', () => {
  it('counts REQUEST records as requests, GROUP records as group rows only, and USER records as active users', async () => {
    const { run, diagnostics, format } = await read(tempFile('simulation.log', modern + '\n'));
    expect(diagnostics).toEqual([]);
    expect(format).toBe('gatling-simulation-log');
    expect(run?.source).toMatchObject({ tool: 'gatling', version: '3.9.5' });
    expect(run?.overall).toMatchObject({
      count: 4,
      errors: 2,
      errorsByKind: { 'HTTP 502': 1, 'j.n.ConnectException': 1 },
      latency: { min: 40, max: 400 },
    });
    expect(run?.endpoints.find((e) => e.name === 'Checkout / pay')).toMatchObject({ count: 1, errors: 1 });
    // The group is its own row, with its cumulated response time, and is not a request of the overall row.
    expect(run?.endpoints.find((e) => e.name === 'Checkout' && e.kind === 'transaction')).toMatchObject({
      count: 1,
      errors: 1,
      latencyKind: 'group-cumulated',
      latency: { max: 500 },
    });
    expect(run?.profile.maxVUs).toBe(2);
    expect(run?.series?.map((w) => [w.count, w.errors, w.vus])).toEqual([
      [3, 1, 2],
      [1, 1, 1],
    ]);
  });

  it('reads the 3.0 – 3.3 layout (user ids in USER, REQUEST and GROUP) and the 2.x layout', async () => {
    const v33 = [
      tsv('RUN', 'Sim', 'sim', T, ' ', '3.3.1'),
      tsv('USER', 'Scn', 7, 'START', T, T),
      tsv('REQUEST', 7, 'G1,G2', 'login', T + 10, T + 60, 'OK', ' '),
      tsv('GROUP', 7, 'G1,G2', T + 10, T + 60, 50, 'OK'),
      tsv(
        'REQUEST',
        7,
        '',
        'logout',
        T + 70,
        T + 90,
        'KO',
        'Request timeout to shop/10.0.0.1:443 after 60000 ms',
      ),
      tsv('USER', 'Scn', 7, 'END', T, T + 100),
    ].join('\n');
    const a = await read(tempFile('v33.log', v33 + '\n'));
    expect(a.diagnostics).toEqual([]);
    expect(a.run?.overall).toMatchObject({ count: 2, errors: 1, errorsByKind: { timeout: 1 } });
    expect(a.run?.endpoints.map((e) => e.name).sort()).toEqual(['G1 / G2', 'G1 / G2 / login', 'logout']);
    expect(a.run?.series?.[0]?.vus).toBe(1);

    const v2 = [
      tsv('RUN', 'Sim', '', 'sim', T, ' ', '2.0'),
      tsv('USER', 'Scn', 1, 'START', T, T),
      tsv('REQUEST', 'Scn', 1, '', 'home', T + 10, T + 35, 'OK', ' '),
      tsv('USER', 'Scn', 1, 'END', T, T + 50),
    ].join('\n');
    const b = await read(tempFile('v2.log', v2 + '\n'));
    expect(b.diagnostics).toEqual([]);
    expect(b.run?.overall).toMatchObject({ count: 1, errors: 0, latency: { max: 25 } });
    // 2.x writes its log format version ("2.0"), not Gatling's: no version is claimed.
    expect(b.run?.source.version).toBeUndefined();
  });

  it('reads records whose message was trimmed away (Taurus test files) and CRLF line endings', async () => {
    const text = [tsv('RUN', 'Sim', 'sim', T, 'desc', '3.5.1'), tsv('REQUEST', '', 'r', T, T + 5, 'OK')].join(
      '\r\n',
    );
    const { run, diagnostics } = await read(tempFile('crlf.log', text + '\r\n'));
    expect(diagnostics).toEqual([]);
    expect(run?.overall.count).toBe(1);
  });

  it('keeps the requests before the cut of a killed run and warns with the line', async () => {
    // The last record stops inside its end timestamp: read as a number it would be a negative response time.
    const cut = modern.slice(0, modern.lastIndexOf('REQUEST')) + 'REQUEST\t\thome\t1700000012000\t17000';
    const { run, diagnostics } = await read(tempFile('cut.log', cut));
    expect(run?.overall.count).toBe(3);
    expect(diagnostics).toEqual([
      {
        file: expect.stringMatching(/cut\.log$/),
        line: 9,
        severity: 'warning',
        message:
          'The file ends in the middle of line 9: Gatling was probably stopped while writing. The records before it were read.',
      },
    ]);
  });

  it('skips a malformed record with its line and reads the rest', async () => {
    const text = modern.replace(
      tsv('REQUEST', '', 'home', T + 100, T + 150, 'OK', ' '),
      'REQUEST\thome\tsoon\tOK',
    );
    const { run, diagnostics } = await read(tempFile('bad.log', text + '\n'));
    expect(run?.overall.count).toBe(3);
    expect(diagnostics).toEqual([
      {
        file: expect.stringMatching(/bad\.log$/),
        line: 4,
        message:
          'This REQUEST record does not have the columns of any Gatling version (2.2 to 3.12); it was skipped.',
      },
    ]);
  });

  it('is recognised by content under any name, and garbage is one diagnostic naming the file', async () => {
    const renamed = await read(tempFile('results.txt', modern + '\n'));
    expect(renamed.format).toBe('gatling-simulation-log');
    const garbage = await read(tempFile('simulation.log', 'RUN is not a record\nnor\tthis\n'));
    expect(garbage.run).toBeUndefined();
    expect(garbage.diagnostics).toHaveLength(1);
    expect(garbage.diagnostics[0]).toMatchObject({ file: expect.stringMatching(/simulation\.log$/) });
    expect(garbage.diagnostics[0]!.message).toMatch(/^Not a result format loadgate knows/);
  });
});

describeCorpus('Gatling text simulation.log: real files', () => {
  // Counts checked by hand with awk on each file (REQUEST records, KO among them, USER START peaks).
  const cases: [string, string, number, number, number][] = [
    ['AndreyLysov__gatling_demo__v3.1.2__simulation.log', '3.1.2', 388, 1, 10],
    ['Blazemeter__taurus__gatling-331-000__v3.3.1__simulation.log', '3.3.1', 100, 0, 10],
    ['Blazemeter__taurus__gatling-351-000__v3.5.1__simulation.log', '3.5.1', 220, 0, 10],
    ['abhic43__GatlingDemoProject__v3.6.1__simulation.log', '3.6.1', 354, 0, 1],
    ['Arquisoft__lomap_es3c__v3.9.3__simulation.log', '3.9.3', 8051, 1295, 112],
  ];
  it.each(cases)('%s reads without diagnostics', async (name, version, count, errors, vus) => {
    const { run, diagnostics, format } = await read(corpusPath('gatling', name));
    expect(diagnostics).toEqual([]);
    expect(format).toBe('gatling-simulation-log');
    expect(run?.source.version).toBe(version);
    expect(run?.overall).toMatchObject({ count, errors, quality: 'sketch', latencyKind: 'total' });
    expect(run?.profile.maxVUs).toBe(vus);
  });

  it('sorts the Arquisoft failures into the kinds its messages name', async () => {
    const { run } = await read(corpusPath('gatling', 'Arquisoft__lomap_es3c__v3.9.3__simulation.log'));
    // SOURCES.md: 1,089 j.n.ConnectException, 140 failed checks, 66 request timeouts after 60000 ms.
    expect(run?.overall.errorsByKind).toEqual({
      'j.n.ConnectException': 1089,
      'check failed': 140,
      timeout: 66,
    });
  });
});

describe('Gatling text simulation.log: a header over garbage', () => {
  it('is one diagnostic naming the file, not one per line', async () => {
    const text = [
      tsv('RUN', 'Sim', 'sim', T, ' ', '3.9.5'),
      ...Array(50).fill('\u0000\u0001binary junk\tx'),
    ].join('\n');
    const { run, diagnostics } = await read(tempFile('junk.log', text));
    expect(run).toBeUndefined();
    expect(diagnostics).toEqual([
      {
        file: expect.stringMatching(/junk\.log$/),
        line: 2,
        message:
          'Not a readable Gatling simulation.log: none of its 49 records after the header has the columns of a Gatling version (2.2 to 3.12), the first at line 2.',
      },
    ]);
  });
});

describe('Gatling text simulation.log: several files of one run', () => {
  it('merges the logs of two load generators exactly, gzipped or not', async () => {
    const one = tempFile('node1.log', modern + '\n');
    const two = tempFile('node2.log.gz', modern + '\n', true);
    const { run, diagnostics } = await readAll([one, two]);
    expect(diagnostics).toEqual([]);
    expect(run?.overall).toMatchObject({ count: 8, errors: 4 });
    expect(run?.endpoints.find((e) => e.name === 'Checkout' && e.kind === 'transaction')?.count).toBe(2);
  });
});

describe('Gatling text simulation.log: names', () => {
  it('keeps UTF-8 request and group names', async () => {
    const text = [
      tsv('RUN', 'Sim', 'sim', T, ' ', '3.9.5'),
      tsv('REQUEST', 'Café,Paiement', 'Страница', T, T + 5, 'OK', ' '),
    ].join('\n');
    const { run } = await read(tempFile('utf8.log', Buffer.from(text + '\n', 'utf8')));
    expect(run?.endpoints.map((e) => e.name)).toEqual(['Café / Paiement / Страница']);
  });
});
