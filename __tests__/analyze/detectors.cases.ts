import { describe, expect, it } from '@jest/globals';
import { describeCorpus } from '../helpers/corpus.js';
import { corpusRun, detect, fixtureRun } from './read.js';

/**
 * Every detector on real result files: one that should fire it (with what it names: endpoint, window,
 * numbers, next step) and one that should not. The healthy runs are the corpus's clean ones; the precision
 * over the whole corpus is printed by `node scripts/corpus-analysis.mjs`.
 */

const ARQUISOFT_LOG = 'gatling/Arquisoft__lomap_es3c__v3.9.3__simulation.log';
const SATURATED_ARTILLERY = 'artillery/AbdulKhaliq59__task_manager_api__artillery-report.json';
const HEALTHY_JTL = 'jmeter/Kuprich__jtl-viewer__fakestore_v2.jtl';
const CLEAN_ARTILLERY = 'artillery/ltphuoc__media-scraper__artillery-report.json';
const ODOO = ['results_stats.csv', 'results_stats_history.full.csv', 'results_failures.csv'].map(
  (f) => `locust/AbhishekkumarReddy__odoo-locust__${f}`,
);

describeCorpus('saturation-knee', () => {
  it('names the load where throughput stopped rising in a Gatling run whose users grew from 10 to 112', async () => {
    const { findings } = detect(await corpusRun(ARQUISOFT_LOG), 'saturation-knee');
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toMatch(/once load reached 19 VUs .*load rose to 112 VUs/);
    expect(findings[0]!.window).toBeDefined();
    expect(findings[0]!.recommendation).toMatch(/scale that tier or raise its pool/);
  });

  it('reads an open model’s load from Artillery arrivals: the saturated run knees at 100 arrivals/s', async () => {
    const { findings } = detect(await corpusRun(SATURATED_ARTILLERY), 'saturation-knee');
    expect(findings.map((f) => f.evidence?.load)).toEqual(['arrivals/s']);
    expect(findings[0]!.message).toMatch(/once load reached 100 arrivals\/s/);
  });

  it('stays silent on a healthy 24-minute JMeter run, and skips a summary with no windows', async () => {
    expect(detect(await corpusRun(HEALTHY_JTL), 'saturation-knee')).toMatchObject({
      findings: [],
      skipped: undefined,
    });
    const summary = detect(
      await corpusRun('k6-summary/benc-uk__k6-reporter__simple.json'),
      'saturation-knee',
    );
    expect(summary.skipped).toMatch(/^needs per-window data: k6 --out json/);
  });

  it('names a run too short for a knee as such', async () => {
    const { skipped } = detect(
      await corpusRun('k6-json/grafana__xk6-dashboard__result.ndjson'),
      'saturation-knee',
    );
    expect(skipped).toMatch(/^run too short: \d+ s of requests, this detector needs 60 s$/);
  });
});

describeCorpus('error-burst', () => {
  it('finds the window where a Gatling run’s connections were refused, with the kinds and endpoints', async () => {
    const { findings } = detect(await corpusRun(ARQUISOFT_LOG), 'error-burst');
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toMatch(
      /Errors burst to 82 % of requests \(860 of 1,043\) 3 min 20 s to 3 min 30 s into the run/,
    );
    expect(findings[0]!.message).toContain('j.n.ConnectException ×1,089');
    expect(findings[0]!.window!.end - findings[0]!.window!.start).toBe(10_000);
  });

  it('finds the Locust run whose last requests all timed out (RemoteDisconnected)', async () => {
    const { findings } = detect(await corpusRun(...ODOO), 'error-burst');
    expect(findings.map((f) => f.severity)).toEqual(['high']);
    expect(findings[0]!.message).toMatch(/100 % of requests \(50 of 50\).*RemoteDisconnected/);
  });

  it('does not call 109 assertion failures spread over 24 minutes a burst', async () => {
    expect(detect(await corpusRun(HEALTHY_JTL), 'error-burst').findings).toEqual([]);
  });
});

describeCorpus('failing-from-start', () => {
  it('says a run refused from its first window never worked, and points at the host', async () => {
    const run = await corpusRun('artillery/PasanMadhuranga__RailWise-Backend__artillery-report.json');
    const { findings } = detect(run, 'failing-from-start');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'high', endpoint: '/api/admin/schedulesDetails' });
    expect(findings[0]!.message).toMatch(
      /^100 % of the requests in the first 3 windows failed.*ECONNREFUSED ×600/,
    );
    expect(findings[0]!.recommendation).toMatch(/target host is up and reachable/);
  });

  it('tells a script’s wrong URL (404 from the start) to be fixed', async () => {
    const { findings } = detect(
      await corpusRun('jmeter/Blazemeter__taurus__simple.error.xml.jtl'),
      'failing-from-start',
    );
    expect(findings[0]!.recommendation).toMatch(/^Fix the URLs the script requests/);
  });

  it('stays silent on runs that started well, even when they failed later', async () => {
    expect(detect(await corpusRun(HEALTHY_JTL), 'failing-from-start').findings).toEqual([]);
    expect(detect(await corpusRun(ARQUISOFT_LOG), 'failing-from-start').findings).toEqual([]);
    expect(detect(await corpusRun(SATURATED_ARTILLERY), 'failing-from-start').findings).toEqual([]);
  });

  it('without windows, speaks only of a run that failed throughout, else says what it needs', async () => {
    const low = detect(
      await corpusRun('k6-summary/krishankumar63__rate-limiter-service__k6-results.json'),
      'failing-from-start',
    );
    expect(low.skipped).toMatch(/^needs per-window data/);
  });
});

describeCorpus('latency-phases', () => {
  it('finds connection setup (blocked, TLS) taking over half of each request in a k6 summary', async () => {
    const { findings } = detect(
      await corpusRun('k6-summary/grafana__k6-example-circleci-orb__summary.json'),
      'latency-phases',
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toMatch(/^Connection setup is 55 % of the mean request \(setup 308 ms/);
    expect(findings[0]!.recommendation).toMatch(/keep-alive/);
  });

  it('reads JMeter Connect and Latency per label and names the one label that opens a connection each time', async () => {
    // Every UC01_01_Authorization opens a new TLS connection (Connect ≈ 80 ms on all 333); the two labels
    // after it reuse it. Over the whole run setup is 4 %: only the per-label phases show it.
    const run = await corpusRun(HEALTHY_JTL);
    expect(run.overall.phases).toMatchObject({ connecting: 5.59, waiting: 151.726, receiving: 0.233 });
    expect(run.endpoints.find((e) => e.name === 'UC01_02_Get_users')!.phases).toMatchObject({
      connecting: 0,
    });
    const { findings, skipped } = detect(run, 'latency-phases');
    expect(skipped).toBeUndefined();
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ endpoint: 'UC01_01_Authorization', severity: 'medium' });
    expect(findings[0]!.message).toMatch(
      /^Connection setup is 31 % of UC01_01_Authorization's mean request \(setup 83\.2 ms .* over 333 requests/,
    );
    expect(findings[0]!.recommendation).toMatch(/^Reuse connections for UC01_01_Authorization:/);
  });

  it('names the JMeter label whose transfer takes half its time, not the run', async () => {
    const { findings } = detect(
      await corpusRun('jmeter/apache__jmeter__sample_log1c.xml.jtl'),
      'latency-phases',
    );
    expect(findings.map((f) => [f.endpoint, f.message.slice(0, 47)])).toEqual([
      ['jakarta_home', "Transfer is 51 % of jakarta_home's mean request"],
    ]);
  });

  it('reads the phases of k6 --out json', async () => {
    const run = await corpusRun('k6-json/Joxtacy__experiments__k6-results.ndjson');
    expect(Object.keys(run.overall.phases ?? {}).sort()).toEqual([
      'blocked',
      'connecting',
      'receiving',
      'sending',
      'tlsHandshaking',
      'waiting',
    ]);
    expect(detect(run, 'latency-phases').findings).toEqual([]);
    // Per endpoint too, as the points' name and method tags say: only /contacts.php opened connections.
    const contacts = run.endpoints.find((e) => e.name === 'https://test.k6.io/contacts.php')!;
    expect(contacts.phases).toMatchObject({ blocked: 32.893, connecting: 11.424, tlsHandshaking: 12.065 });
    expect(run.endpoints.find((e) => e.name === 'https://test.k6.io/')!.phases).toMatchObject({
      connecting: 0,
      tlsHandshaking: 0,
    });
  });

  it('skips formats without phases and runs too short to say', async () => {
    expect(detect(await corpusRun(CLEAN_ARTILLERY), 'latency-phases').skipped).toMatch(
      /^needs request phases/,
    );
    expect(
      detect(await corpusRun('jmeter/Blazemeter__taurus__simple.kpi.jtl'), 'latency-phases').skipped,
    ).toBe('run too short: 6 requests, this detector needs 20');
  });
});

describeCorpus('generator-limit', () => {
  it('says the generator ran out of ports in the saturated Artillery run', async () => {
    const { findings } = detect(await corpusRun(SATURATED_ARTILLERY), 'generator-limit');
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toMatch(
      /^The load generator ran out of sockets: EADDRNOTAVAIL ×21, ETIMEDOUT ×937,970/,
    );
    expect(findings[0]!.recommendation).toMatch(/^Add load generators/);
  });

  it('stays silent on a clean Artillery run and on timeouts alone (the service may be slow)', async () => {
    expect(detect(await corpusRun(CLEAN_ARTILLERY), 'generator-limit').findings).toEqual([]);
    expect(
      detect(await corpusRun('artillery/Rohanpatel08__Quirrel__artillery-report.json'), 'generator-limit')
        .findings,
    ).toEqual([]);
  });
});

describe('generator-limit on Locust’s CPU warning (a real run, __tests__/fixtures/analysis/locust-busy)', () => {
  const CSV = ['shop_stats.csv', 'shop_stats_history.csv', 'shop_failures.csv'].map(
    (f) => `locust-busy/${f}`,
  );

  it('says when Locust warned its CPU was over the threshold, from the log given with the --csv files', async () => {
    const { findings } = detect(await fixtureRun(...CSV, 'locust-busy/locust.log'), 'generator-limit');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'high', evidence: { cpuWarnings: 1, offsetSec: 5.008 } });
    expect(findings[0]!.message).toMatch(
      /^Locust logged "CPU usage above 25%!" 5 s into the run \(2026-12-04 08:05:35,095 on vm's clock, locust\.log:5\): .* The load generator, not the service\.$/,
    );
    expect(findings[0]!.recommendation).toMatch(/locust --processes N/);
  });

  it('says nothing of the CPU without the log', async () => {
    expect(detect(await fixtureRun(...CSV), 'generator-limit').findings).toEqual([]);
  });
});

describeCorpus('cardinality', () => {
  it('finds Locust requests named by id (/booking/1007)', async () => {
    const files = ['report_stats.csv', 'report_stats_history.csv', 'report_failures.csv'].map(
      (f) => `locust/PavelCodeStorage__Locust_demo__${f}`,
    );
    const { findings } = detect(await corpusRun(...files), 'cardinality');
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toMatch(/^599 requests \(19 %\) had an id/);
  });

  it('finds Gatling request names beyond the row cap', async () => {
    const { findings } = detect(
      await corpusRun('gatling/abhic43__GatlingDemoProject__v3.6.1__simulation.log'),
      'cardinality',
    );
    expect(findings[0]).toMatchObject({ severity: 'high' });
    expect(findings[0]!.message).toMatch(/^140 distinct request names beyond the cap of 200/);
  });

  it('stays silent on a run with 22 named endpoints', async () => {
    expect(detect(await corpusRun(HEALTHY_JTL), 'cardinality').findings).toEqual([]);
  });
});

describeCorpus('slow-endpoint', () => {
  it('names the endpoints far slower than the rest', async () => {
    const { findings } = detect(
      await corpusRun('gatling/Arquisoft__lomap_es3c__v3.9.3__stats.json'),
      'slow-endpoint',
    );
    expect(findings[0]).toMatchObject({ endpoint: 'request_33' });
    expect(findings[0]!.message).toMatch(/p95 60\.0 s, 21× the median endpoint's/);
  });

  it('stays silent when no endpoint stands out', async () => {
    expect(detect(await corpusRun(HEALTHY_JTL), 'slow-endpoint')).toMatchObject({
      findings: [],
      skipped: undefined,
    });
  });
});

describeCorpus('tail-latency', () => {
  it('finds the 1 % of JMeter home page requests that took 10× the median, the rest tight', async () => {
    const { findings } = detect(
      await corpusRun('jmeter/apache__jmeter__sample_log1c.xml.jtl'),
      'tail-latency',
    );
    expect(findings.map((f) => [f.endpoint, f.severity])).toEqual([['jmeter_home', 'low']]);
    expect(findings[0]!.message).toMatch(
      /^jmeter_home: p99 1086 ms is 11× the median 100 ms while p90 is 159 ms; about 10 of 1,000 requests/,
    );
  });

  it('calls a 44 s p99 over 15,375 Locust requests medium, naming the endpoint', async () => {
    const files = ['results_stats.csv', 'results_stats_history.csv'].map(
      (f) => `locust/veroliut__loadTestRetailDemoStore__${f}`,
    );
    const { findings } = detect(await corpusRun(...files), 'tail-latency');
    expect(findings.map((f) => [f.endpoint, f.severity])).toEqual([['/carts', 'medium']]);
    expect(findings[0]!.evidence).toMatchObject({ p99: 44000, inTail: 153 });
  });

  it('does not call a second mode a tail: one request in ten or more slow (p90 110× the median)', async () => {
    // The media scraper's /api/scrape: most answers in 9 ms, more than one in ten in 1 to 2 s (a real
    // scrape): a healthy run whose p99 is 201× its median.
    expect(detect(await corpusRun(CLEAN_ARTILLERY), 'tail-latency')).toMatchObject({
      findings: [],
      skipped: undefined,
    });
    // The saturated run: 97 % timed out, the p90 is the 10 s timeout: saturation, not a tail.
    expect(detect(await corpusRun(SATURATED_ARTILLERY), 'tail-latency').findings).toEqual([]);
  });

  it('stays silent on a tight distribution; names a run too short, and a format with no p99', async () => {
    expect(detect(await corpusRun(HEALTHY_JTL), 'tail-latency').findings).toEqual([]);
    // 388 requests: the p99 rests on 4 of them.
    expect(
      detect(await corpusRun('gatling/AndreyLysov__gatling_demo__v3.1.2__simulation.log'), 'tail-latency')
        .skipped,
    ).toBe(
      'run too short: 388 requests, this detector needs 1,000 (a p99 over fewer rests on a handful of requests)',
    );
    const noP99 = detect(
      await corpusRun('k6-summary/grafana__k6-example-circleci-orb__summary.json'),
      'tail-latency',
    );
    expect(noP99.skipped).toMatch(/^needs p99 and median/);
  });
});

describe('regression-driver (real Artillery runs, __tests__/fixtures/analysis/artillery-shop)', () => {
  it('names /api/checkout alone when only it fails more, and leaves the others alone', async () => {
    const baseline = await fixtureRun('artillery-shop/baseline.json');
    const current = await fixtureRun('artillery-shop/checkout-fails.json');
    const { findings } = detect(current, 'regression-driver', baseline);
    const errors = findings.find((f) => f.evidence?.metric === 'error-rate');
    expect(errors).toMatchObject({ endpoint: '/api/checkout', severity: 'medium' });
    expect(errors!.message).toMatch(
      /^\/api\/checkout explains 100 % of the error rate regression .*The other 3 endpoints did not regress\.$/,
    );
    expect(errors!.recommendation).toMatch(/^Look at what changed in \/api\/checkout \(/);
  });

  it('finds nothing to explain in a run against itself, and says it needs a baseline without one', async () => {
    const baseline = await fixtureRun('artillery-shop/baseline.json');
    expect(detect(baseline, 'regression-driver', baseline).findings).toEqual([]);
    expect(detect(baseline, 'regression-driver').skipped).toMatch(/^needs a baseline/);
  });
});

describe('generator-limit against a baseline', () => {
  it('does not blame the generator for a service that got 1.6× slower (latencies scaled, not shifted)', async () => {
    const baseline = await fixtureRun('artillery-shop/baseline.json');
    const slower = await fixtureRun('artillery-shop/slower.json');
    expect(detect(slower, 'generator-limit', baseline).findings).toEqual([]);
  });

  it.each(['', '-2'])(
    'tells the busy generator from the slower service in each set of real runs (generator-*%s.json)',
    async (suffix) => {
      const quiet = await fixtureRun(`artillery-shop/generator-quiet${suffix}.json`);
      const busy = detect(
        await fixtureRun(`artillery-shop/generator-busy${suffix}.json`),
        'generator-limit',
        quiet,
      );
      expect(busy.findings.map((f) => f.message)).toEqual([
        expect.stringMatching(/the load generator, not the service\.$/),
      ]);
      const slower = await fixtureRun(`artillery-shop/generator-slower${suffix}.json`);
      expect(detect(slower, 'generator-limit', quiet).findings).toEqual([]);
    },
  );

  it('calls a real run beside a busy loop on the generator’s core "the load generator, not the service"', async () => {
    // Real runs (SOURCES.md): the same server, Artillery alone on its core, then beside a busy loop. Every
    // median rose by about 25 ms: /api/health 3 → 29 ms, /api/checkout 123 → 150 ms.
    const quiet = await fixtureRun('artillery-shop/generator-quiet.json');
    const busy = await fixtureRun('artillery-shop/generator-busy.json');
    const { findings } = detect(busy, 'generator-limit', quiet);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'high', evidence: { endpoints: 4 } });
    expect(findings[0]!.evidence!.shiftMs).toBeGreaterThan(20);
    expect(findings[0]!.evidence!.shiftMs).toBeLessThan(30);
    expect(findings[0]!.message).toMatch(
      /^Against the baseline, every endpoint's median rose by about 2\d(\.\d)? ms, the fast ones too: \/api\/health 3 ms → 29\.1 ms .*the load generator, not the service\.$/,
    );
  });

  it('calls the real run against a 1.6× slower server a service regression, not the generator', async () => {
    const quiet = await fixtureRun('artillery-shop/generator-quiet.json');
    const slower = await fixtureRun('artillery-shop/generator-slower.json');
    const { findings, all } = detect(slower, 'generator-limit', quiet);
    expect(findings).toEqual([]);
    const drivers = all.findings.filter((f) => f.detector === 'regression-driver');
    expect(drivers.map((f) => f.endpoint)).toContain('/api/checkout');
    // Every endpoint got slower: the driver says the others regressed too, not that they did not move.
    expect(drivers[0]!.message).toMatch(/The other one got worse too, within its budget or the noise\.$/);
    expect(drivers[0]!.recommendation).toMatch(/look for a shared cause as well/);
    expect(all.findings.some((f) => /load generator/.test(f.message))).toBe(false);
  });

  it('blames the generator when every median rose by the same milliseconds, the fastest too', async () => {
    // The real baseline with exactly 25 ms added to every endpoint's median: the real busy run above, idealised.
    const baseline = await fixtureRun('artillery-shop/baseline.json');
    const shifted = structuredClone(baseline);
    for (const e of shifted.endpoints) e.latency.median! += 25;
    const { findings } = detect(shifted, 'generator-limit', baseline);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toMatch(
      /every endpoint's median rose by about 25 ms.*the load generator, not the service\.$/,
    );
    expect(findings[0]!.evidence).toMatchObject({ shiftMs: 25, endpoints: 4 });
  });
});
