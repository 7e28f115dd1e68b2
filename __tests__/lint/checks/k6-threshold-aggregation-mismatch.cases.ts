import { describe, expect, it } from '@jest/globals';
import { findings } from '../../helpers/rule-tester.js';

const run = (head: string, thresholds: string) =>
  findings(
    'k6/threshold-aggregation-mismatch',
    `${head}\nimport 'k6';\nexport const options = { thresholds: ${thresholds} };\n`,
  );

describe('k6/threshold-aggregation-mismatch', () => {
  it('names the type, what it supports and a replacement', () => {
    const [finding] = run('', "{ 'http_req_failed{status:500}': ['p(95) < 0.01'] }");
    expect(finding?.message).toBe(
      '"p(95)" is not an aggregation of http_req_failed, a Rate metric (it has rate), so k6 refuses to start. Use e.g. "rate<0.01".',
    );
    expect(finding?.loc).toMatchObject({ line: 3, column: 72 });
  });

  it('uses the type a custom metric was declared with', () => {
    const head =
      "import { Counter, Gauge } from 'k6/metrics';\nconst c = new Counter('orders');\nconst g = new Gauge('queue_depth');";
    expect(run(head, "{ orders: ['count>10', 'rate>1'], queue_depth: ['value<100'] }")).toEqual([]);
    expect(run(head, "{ orders: ['avg>10'], queue_depth: ['max<100'] }").map((f) => f.loc.line)).toEqual([
      5, 5,
    ]);
  });

  it('says nothing about metrics whose type it does not know', () => {
    expect(run("import x from 'k6/x/sql';", "{ sql_query_time: ['rate<1'] }")).toEqual([]);
  });
});
