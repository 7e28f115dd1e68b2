import { describe, expect, it } from '@jest/globals';
import { describeCorpus, itCorpus } from '../helpers/corpus.js';
import type { ResultFormat } from '../../src/results/model.js';
import { readResult, readResultAs, resultReaders, sniffFormat } from '../../src/results/readers.js';
import { serializeRun } from '../../src/results/run-file.js';
import { corpusFiles, corpusText, fixtureText } from './files.js';

const EXPECTED_FORMAT: Record<string, ResultFormat> = {
  'szboynono__k6-html-reporter__perf-export.json': 'k6-summary-export',
};

describeCorpus('readResult on every corpus summary and report', () => {
  for (const folder of ['k6-summary', 'artillery']) {
    for (const name of corpusFiles(folder)) {
      it(`${folder}/${name}: picks the right reader and reads a run`, () => {
        const text = corpusText(folder, name);
        const result = readResult(text, name);
        const expected =
          EXPECTED_FORMAT[name] ?? (folder === 'artillery' ? 'artillery-report' : 'k6-summary');
        expect(result.run?.source.format).toBe(expected);
        expect(result.diagnostics).toEqual([]);
        expect(result.run?.overall.count).toBeGreaterThan(0);
      });
    }
  }
});

describe('sniffFormat', () => {
  it('recognises each fixture by content, whatever the file is called', () => {
    const cases: [string, ResultFormat][] = [
      ['k6-summary-baseline.json', 'k6-summary'],
      ['k6-summary-export-current.json', 'k6-summary-export'],
      ['k6-machine-readable.json', 'k6-machine-readable-summary'],
    ];
    for (const [fixture, format] of cases)
      expect(sniffFormat(fixtureText(fixture), 'results.json')?.format).toBe(format);
    const run = readResult(fixtureText('k6-summary-baseline.json'), 'x').run;
    expect(sniffFormat(serializeRun(run as NonNullable<typeof run>), 'whatever.json')?.format).toBe(
      'loadgate-run',
    );
  });

  it('breaks a tie by the usual file name only when several readers claim the content', () => {
    // A handleSummary whose setup_data happens to look like the machine-readable summary: both readers claim it.
    const text = JSON.stringify({
      setup_data: { version: '2', results: { metrics: [] } },
      metrics: { http_req_duration: { type: 'trend', values: { 'p(95)': 1 } } },
    });
    expect(resultReaders.filter((r) => r.sniff(text, 'x')).map((r) => r.format)).toEqual([
      'k6-machine-readable-summary',
      'k6-summary',
    ]);
    expect(sniffFormat(text, 'out/k6-summary.json')?.format).toBe('k6-summary');
    expect(readResult(text, 'out/k6-summary.json').run?.overall.latency.p95).toBe(1);
  });

  it('has one reader per format', () => {
    const formats = resultReaders.map((r) => r.format);
    expect(new Set(formats).size).toBe(formats.length);
  });
});

describe('readResult on hostile and foreign input', () => {
  it('says an empty file is empty', () => {
    expect(readResult('', 'empty.json').diagnostics).toEqual([
      {
        file: 'empty.json',
        message: 'The file is empty.',
      },
    ]);
  });

  it('gives the line of a truncated k6 summary', () => {
    const text = fixtureText('k6-summary-current.json');
    const cut = text.slice(0, text.indexOf('"http_reqs"') + 30);
    const result = readResult(cut, 'k6.json');
    expect(result.run).toBeUndefined();
    expect(result.diagnostics[0]?.line).toBe(cut.split('\n').length);
    expect(result.diagnostics[0]?.message).toMatch(/looks truncated/);
  });

  it('says a binary file is binary', () => {
    const binary = String.fromCharCode(...Array.from({ length: 64 }, (_, i) => i % 7));
    expect(readResult(binary, 'x.bin').diagnostics[0]?.message).toMatch(
      /^The file is binary, and no result format loadgate knows. Expected a k6 summary/,
    );
  });

  it('names the formats it expected for JSON it does not know', () => {
    expect(readResult('{"foo": 1, "bar": [2]}', 'other.json').diagnostics[0]?.message).toBe(
      'Not a result format loadgate knows: found top-level keys "foo", "bar". Expected a k6 summary (handleSummary JSON), k6 summary export (--summary-export), k6 machine-readable summary, k6 --out json (NDJSON, .gz too) or --out csv, JMeter JTL (CSV or XML) or HTML dashboard statistics.json, Artillery report (artillery run --output), Gatling simulation.log (text or binary) or report js/stats.json / global_stats.json, Locust --csv (stats, history, failures) or --json, Taurus final-stats (dump-xml, dump-csv) or junit-xml report, autocannon --json, or loadgate run file. Formats tried: loadgate-run, k6-machine-readable-summary, k6-summary, k6-summary-export, artillery-report, locust-stats-csv, locust-history-csv, locust-failures-csv, locust-exceptions-csv, locust-json, locust-worker-ldjson, locust-log, taurus-final-stats-xml, taurus-final-stats-csv, taurus-junit-xml, autocannon-json, k6-ndjson, k6-csv, jmeter-jtl-csv, jmeter-jtl-xml, jmeter-statistics-json, gatling-stats-json, gatling-global-stats-json, gatling-simulation-log, gatling-binary-log; if the file is one of them, name it with "format:" in .loadgate.yml.',
    );
  });

  itCorpus('recognises raw-sample streams by content and leaves them to the streaming layer', () => {
    expect.hasAssertions();
    const cases: [string, string, ResultFormat][] = [
      ['k6-json', 'mn1809__K6PerformanceTesting__output.ndjson', 'k6-ndjson'],
      ['k6-csv', 'Blazemeter__taurus__k6_kpi.csv', 'k6-csv'],
      ['jmeter', 'apache__jmeter__HTMLReportTestFile.csv', 'jmeter-jtl-csv'],
      ['jmeter', 'kodjobaah__bbc-ugc-load-test__results.noheader.jtl', 'jmeter-jtl-csv'],
      ['jmeter', 'apache__jmeter__sample_log1c.xml.jtl', 'jmeter-jtl-xml'],
    ];
    for (const [folder, name, format] of cases) {
      const text = corpusText(folder, name);
      expect(sniffFormat(text.slice(0, 65536), 'results.txt')?.format).toBe(format);
      expect(readResult(text, name).diagnostics[0]?.message).toMatch(/raw-sample stream/);
    }
  });

  it('names the formats it tried for text that is none of them, with the line', () => {
    const d = readResult('hello,world\n1,2\n', 'data.csv').diagnostics[0];
    expect(d?.line).toBe(1);
    expect(d?.message).toMatch(/^Not a result format loadgate knows\. Invalid JSON at line 1.*JMeter JTL/);
  });

  it('reads a file as a format the caller names', () => {
    expect(
      readResultAs('k6-summary-export', fixtureText('k6-summary-export-current.json'), 'f').run?.overall
        .count,
    ).toBe(2484);
  });
});
