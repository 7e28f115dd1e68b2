import { describe, expect, it } from '@jest/globals';
import { corpusPath, describeCorpus } from '../files.js';
import { read, tempFile } from '../raw/temp.js';

const HEADER =
  'metric_name,timestamp,metric_value,check,error,error_code,expected_response,group,method,name,proto,scenario,service,status,subproto,tls_version,url,extra_tags,metadata';

describe('k6 --out csv', () => {
  it('reads by header name, with the metadata column, quoted values and millisecond timestamps', async () => {
    const text = [
      HEADER,
      'vus,1714557600000,7.000000,,,,,,,,,,,,,,,,',
      'http_reqs,1714557601000,1.000000,,,,true,,GET,"https://h/a?x=1,2",HTTP/1.1,default,,200,,,https://h/a,,',
      'http_req_duration,1714557601000,120.500000,,,,true,,GET,"https://h/a?x=1,2",HTTP/1.1,default,,200,,,https://h/a,,',
      'http_req_duration,1714557612000,30.000000,,,1050,false,,POST,https://h/b,HTTP/1.1,default,,0,,,https://h/b,,vu=3',
      'checks,1714557612000,0.000000,ok,,,,,,,,default,,,,,,,',
    ].join('\n');
    const { run, diagnostics } = await read(tempFile('k6.csv', text));
    expect(diagnostics).toEqual([]);
    expect(run?.overall).toMatchObject({ count: 2, errors: 1, errorsByKind: { 'k6 error 1050': 1 } });
    expect(run?.endpoints.map((e) => [e.method, e.name])).toEqual([
      ['GET', 'https://h/a?x=*'],
      ['POST', 'https://h/b'],
    ]);
    expect(run?.profile).toMatchObject({ maxVUs: 7, durationSec: 12 });
    expect(run?.checks).toEqual({ passes: 0, fails: 1 });
  });

  it('says a file cut in its last row was stopped while written, and reports other rows without a value', async () => {
    expect.hasAssertions();
    const row = (t: number, v: string): string =>
      `http_req_duration,${t},${v},,,,true,,GET,https://h/a,HTTP/1.1,default,,200,,,https://h/a,,`;
    const text = [
      HEADER,
      row(1714557601, '12'),
      row(1714557602, 'oops'),
      row(1714557603, '14'),
      'http_req_duration,17145',
    ].join('\n');
    const { run, diagnostics } = await read(tempFile('k6.csv', text));
    expect(run?.overall.count).toBe(2);
    expect(diagnostics).toEqual([
      expect.objectContaining({ line: 3, message: 'metric_value is not a number; the row was skipped.' }),
      expect.objectContaining({
        line: 5,
        severity: 'warning',
        message:
          'The file ends in the middle of line 5: the k6 run was probably stopped while writing. The rows before it were read.',
      }),
    ]);
  });
});

describeCorpus('k6 CSV corpus', () => {
  it('k6_kpi.csv (k6 ≈ v0.34, no metadata column, unix seconds)', async () => {
    const { run, diagnostics } = await read(corpusPath('k6-csv', 'Blazemeter__taurus__k6_kpi.csv'));
    expect(diagnostics).toEqual([]);
    expect(run?.overall).toMatchObject({ count: 4, errors: 2 });
    expect(run?.profile.iterations).toBe(4);
  });
});
