import { describe, expect, it } from '@jest/globals';
import { findings } from '../../helpers/rule-tester.js';

const script = (ensure: string, extraConfig = '') =>
  `config:\n  target: http://x\n${extraConfig}  ensure:\n${ensure}scenarios:\n  - flow:\n      - get: { url: / }\n`;

describe('artillery/ensure-all-optional', () => {
  const find = (text: string) => findings('artillery/ensure-all-optional', text);

  it('reports when every check is a non-strict condition, at the ensure key', () => {
    const text = script('    conditions:\n      - expression: vusers.failed == 0\n        strict: false\n');
    expect(find(text)).toEqual([
      expect.objectContaining({ loc: expect.objectContaining({ line: 3, column: 3 }) }),
    ]);
  });

  it.each([
    [
      'a strict condition',
      '    conditions:\n      - expression: vusers.failed == 0\n        strict: false\n      - expression: vusers.failed < 5\n',
    ],
    [
      'a threshold',
      '    thresholds:\n      - http.response_time.p95: 500\n    conditions:\n      - expression: vusers.failed == 0\n        strict: false\n',
    ],
    [
      'a legacy key',
      '    p99: 300\n    conditions:\n      - expression: vusers.failed == 0\n        strict: false\n',
    ],
    [
      'maxErrorRate',
      '    maxErrorRate: 1\n    conditions:\n      - expression: vusers.failed == 0\n        strict: false\n',
    ],
    [
      'strict: "false" (a string, which the plugin treats as strict)',
      '    conditions:\n      - expression: vusers.failed == 0\n        strict: "false"\n',
    ],
  ])('accepts %s', (_name, ensure) => {
    expect(find(script(ensure))).toEqual([]);
  });

  it('is silent without criteria (no-pass-fail-criteria covers that)', () => {
    expect(find('config:\n  target: http://x\n')).toEqual([]);
  });
});

describe('artillery/ensure-unknown-metric', () => {
  const find = (text: string) => findings('artillery/ensure-unknown-metric', text);
  const thresholds = (...metrics: string[]) =>
    script(`    thresholds:\n${metrics.map((m) => `      - ${m}: 5\n`).join('')}`);

  it.each([
    'http.response_time.p95',
    'http.response_time.2xx.p99',
    'http.codes.503',
    'http.requests',
    'http.request_rate',
    'vusers.session_length.median',
    'vusers.failed',
    'errors.ETIMEDOUT',
    'plugins.metrics-by-endpoint.response_time./orders.p95',
    'apdex.frustrated',
  ])('accepts %s', (metric) => {
    expect(find(thresholds(metric))).toEqual([]);
  });

  it('reports a histogram without aggregation with the aggregated name', () => {
    expect(find(thresholds('vusers.session_length'))[0]?.message).toContain(
      'Use "vusers.session_length.p95"',
    );
  });

  it('reports typos in Artillery namespaces with the closest name, at the threshold key', () => {
    const findings = find(thresholds('http.response_time.95', 'vusers.faild'));
    expect(findings.map((f) => [f.loc.line, f.loc.column, f.message])).toEqual([
      [5, 9, expect.stringContaining('Did you mean "http.response_time.p95"?')],
      [6, 9, expect.stringContaining('Did you mean "vusers.failed"?')],
    ]);
  });

  it('reads every metric of a condition expression, not functions or keywords', () => {
    const findings = find(
      script(
        '    conditions:\n      - expression: "max(http.response_time.p99, 1) < 500 and http.reqests > 0 or not vusers.failed"\n',
      ),
    );
    expect(findings.map((f) => f.message)).toEqual([expect.stringContaining('"http.reqests"')]);
  });

  it('names outside Artillery namespaces are custom metrics: reported only when nothing could emit them', () => {
    expect(find(thresholds('http_req_duration'))[0]?.message).toContain('no "config.processor" is set');
    expect(
      find(script('    thresholds:\n      - checkout.latency.p95: 5\n', '  processor: ./p.js\n')),
    ).toEqual([]);
    expect(
      find(script('    thresholds:\n      - checkout.latency.p95: 5\n', '  plugins:\n    my-metrics: {}\n')),
    ).toEqual([]);
    // A scenarios-only file could be merged with a config holding a processor.
    expect(find('config:\n  ensure:\n    thresholds:\n      - custom.metric: 5\n')).toEqual([]);
  });

  it('checks only the ensure block the plugin reads (config.ensure before plugins.ensure)', () => {
    const text = script(
      '    thresholds:\n      - http.response_time.p95: 5\n',
      '  plugins:\n    ensure:\n      thresholds:\n        - http.nonsense: 1\n',
    );
    expect(find(text)).toEqual([]);
  });
});

describe('ensure expressions: metric names', () => {
  const find = (expression: string) =>
    findings(
      'artillery/ensure-unknown-metric',
      `config:\n  target: http://x\n  ensure:\n    conditions:\n      - expression: ${JSON.stringify(expression)}\n`,
    );

  it.each([
    'http.codes.500/http.requests < 0.01',
    '(vusers.created-vusers.completed)/vusers.created < 0.1',
    "'plugins.metrics-by-endpoint.response_time./orders.p95' < 300",
    'plugins.metrics-by-endpoint.response_time./orders.p95 < 300',
    'http.response_time.p99 < 500 and "text" == "text"',
  ])('reads %s without false alarms', (expression) => {
    expect(find(expression)).toEqual([]);
  });

  it('reads names in single quotes, as filtrex does', () => {
    expect(find("'http.response-time.p95' < 300")[0]?.message).toContain('"http.response-time.p95"');
  });
});
