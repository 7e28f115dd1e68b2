import { beforeAll, describe, expect, it } from '@jest/globals';
import { gatlingAdapter, parseGatling } from '../../../src/scenario/gatling/adapter.js';
import type { Scenario } from '../../../src/scenario/model.js';

beforeAll(() => gatlingAdapter.prepare!());

function scenarioOf(code: string, file: string): Scenario {
  const result = parseGatling(code, file);
  expect(result.diagnostics).toEqual([]);
  expect(result.scenario).toBeDefined();
  return result.scenario!;
}

const JAVA = `import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;

import io.gatling.javaapi.core.*;
import java.time.Duration;

public class ShopSimulation extends Simulation {
  private static final String HOST = "https://shop.example.com";
  HttpProtocolBuilder httpProtocol = http.baseUrl(HOST);
  ChainBuilder browse = exec(http("Home").get("/")).pause(2)
      .feed(csv("products.csv").random())
      .exec(http("Product").get("/products/#{id}").check(status().is(200)))
      .pace(Duration.ofSeconds(5));

  {
    setUp(
        scenario("Shoppers").exec(browse).injectOpen(
            nothingFor(5),
            rampUsersPerSec(1).to(20).during(Duration.ofMinutes(2)),
            constantUsersPerSec(20).during(600)),
        scenario("Admins").exec(browse).injectClosed(rampConcurrentUsers(0).to(10).during(60)))
        .protocols(httpProtocol)
        .assertions(
            global().responseTime().percentile(95.0).lt(800),
            global().failedRequests().percent().lte(1.0));
  }
}
`;

const KOTLIN = `import io.gatling.javaapi.core.*
import io.gatling.javaapi.core.CoreDsl.*
import io.gatling.javaapi.http.HttpDsl.*

class ApiSimulation : Simulation() {
  val token = "Bearer $apiToken"
  val httpProtocol = http.baseUrl(System.getProperty("baseUrl", "http://localhost:8080"))
    .header("Authorization", token)
  val scn = scenario("Api").exec(http("Order #{orderId}").get("/orders/#{orderId}")).pause(1, 3)
  init {
    setUp(scn.injectOpen(atOnceUsers(1), rampUsers(300).during(60))).protocols(httpProtocol)
  }
}
`;

const SCALA = `import io.gatling.core.Predef._
import io.gatling.http.Predef._
import scala.concurrent.duration._

class LegacySimulation extends Simulation {
  val httpConf = http.baseURL("http://computer-database.gatling.io")
  val scn = scenario("Legacy").forever {
    exec(http("Search").get("/computers?f=\${term}")).pause(500 milliseconds)
  }
  setUp(scn.inject(constantConcurrentUsers(20) during (5 minutes)))
    .protocols(httpConf)
    .maxDuration(10.minutes)
    .assertions(global.successfulRequests.percent.greaterThan(99))
}
`;

describe('Gatling simulations in Java', () => {
  let s: Scenario;
  beforeAll(() => {
    s = scenarioOf(JAVA, 'ShopSimulation.java');
  });

  it('reads open and closed injection profiles as stages, with durations in seconds', () => {
    expect(s.tool).toBe('gatling');
    expect(s.workloads.map((w) => [w.name, w.executor, w.model])).toEqual([
      ['Shoppers', 'injectOpen', 'open'],
      ['Admins', 'injectClosed', 'closed'],
    ]);
    const [shoppers, admins] = s.workloads;
    expect(shoppers!.stages.map((st) => [st.durationSec, st.from, st.to])).toEqual([
      [5, 0, 0],
      [120, 1, 20],
      [600, 20, 20],
    ]);
    expect(shoppers).toMatchObject({ durationSec: 725, maxRatePerSec: 20, partiallyUnknown: false });
    expect(admins).toMatchObject({ maxVUs: 10, durationSec: 60 });
  });

  it('reads assertions as criteria with metric, operator and value', () => {
    expect(s.criteria.status).toBe('present');
    expect(s.criteria.items.map((c) => [c.metric, c.operator, c.value, c.concerns])).toEqual([
      ['global.responseTime.percentile(95)', '<', 800, 'latency'],
      ['global.failedRequests.percent', '<=', 1, 'errors'],
    ]);
  });

  it('reads requests with their names, dynamic URLs, checks, pauses, feeders and a base URL built from a constant', () => {
    expect(s.requests.map((r) => [r.method, r.url, r.name, r.dynamicUrl])).toEqual([
      ['GET', '/', 'Home', false],
      ['GET', '/products/#{id}', 'Product', true],
    ]);
    expect(s.hosts).toEqual([
      expect.objectContaining({ value: 'https://shop.example.com', origin: 'literal', role: 'target' }),
    ]);
    expect(s.checks).toHaveLength(1);
    expect(s.thinkTimes.map((t) => t.seconds)).toEqual([2, 5]);
    expect(s.dataSources?.map((d) => d.path)).toEqual(['products.csv']);
    expect(s.thinkTimes[0]!.loc).toMatchObject({ line: 10 });
  });
});

describe('Gatling simulations in Kotlin', () => {
  let s: Scenario;
  beforeAll(() => {
    s = scenarioOf(KOTLIN, 'ApiSimulation.kt');
  });

  it('takes a base URL from System.getProperty as coming from the environment', () => {
    expect(s.hosts).toEqual([expect.objectContaining({ origin: 'env', role: 'target' })]);
  });

  it('sees a Kotlin string template as run-time text, never as a literal secret', () => {
    expect(s.secrets).toEqual([]);
  });

  it('counts a request named with a session value as one name per value', () => {
    expect(s.requests).toEqual([
      expect.objectContaining({ url: '/orders/#{orderId}', dynamicUrl: true, boundedUrl: false }),
    ]);
    expect(s.requests[0]).not.toHaveProperty('name');
  });

  it('reads a file without assertions as provably without criteria, anchored at setUp', () => {
    expect(s.criteria.status).toBe('absent');
    expect(s.criteria.anchor).toMatchObject({ line: 11 });
    expect(s.workloads[0]!.stages.map((st) => [st.durationSec, st.from])).toEqual([
      [0, undefined],
      [60, 5],
    ]);
  });
});

describe('Gatling simulations in Scala (Gatling 2 and 3)', () => {
  let s: Scenario;
  beforeAll(() => {
    s = scenarioOf(SCALA, 'LegacySimulation.scala');
  });

  it('reads infix and postfix durations: `during (5 minutes)`, `500 milliseconds`, `10.minutes`', () => {
    expect(s.workloads[0]).toMatchObject({ model: 'closed', maxVUs: 20, durationSec: 300 });
    expect(s.thinkTimes.map((t) => t.seconds)).toEqual([0.5]);
  });

  it('reads maxDuration and the forever loop into the native tree', () => {
    const native =
      s.native.kind === 'object' ? Object.fromEntries(s.native.entries.map((e) => [e.key, e.value])) : {};
    expect(native.maxDuration).toMatchObject({ kind: 'number', value: 600 });
    expect(native.loops).toMatchObject({ kind: 'array', items: [{ kind: 'object' }] });
  });

  it('lists the Gatling 2 DSL it uses, with the exact renames', () => {
    expect(s.gatling?.deprecated.map((d) => [d.name, d.text, d.loc.line])).toEqual([
      ['baseURL', 'baseUrl', 6],
      ['${term}', '#{', 8],
      ['greaterThan', 'gt', 13],
    ]);
  });

  it('reads Scala assertions written without parentheses', () => {
    expect(s.criteria.items.map((c) => [c.metric, c.operator, c.value])).toEqual([
      ['global.successfulRequests.percent', '>', 99],
    ]);
  });
});

describe('what stays unknown', () => {
  it('a file without setUp (chains for other simulations) is a part: its criteria are unknown', () => {
    const s = scenarioOf(
      `import io.gatling.javaapi.core.*;\nimport static io.gatling.javaapi.http.HttpDsl.*;\nclass Pages { static ChainBuilder home = CoreDsl.exec(http("Home").get("/")); }\n`,
      'Pages.java',
    );
    expect(s.module).toBe(true);
    expect(s.criteria.status).toBe('unknown');
  });

  it('a user count from a property leaves the load unknown', () => {
    const s = scenarioOf(
      `import io.gatling.core.Predef._\nclass S extends Simulation {\n  val users = Integer.getInteger("users", 10)\n  setUp(scn.inject(rampUsers(users).during(60)))\n}\n`,
      'S.scala',
    );
    expect(s.workloads[0]).toMatchObject({ partiallyUnknown: true });
    expect(s.workloads[0]!.maxRatePerSec).toBeUndefined();
  });
});
