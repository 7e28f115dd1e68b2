import { beforeAll, describe, expect, it } from '@jest/globals';
import { gatlingAdapter, parseGatling } from '../../../src/scenario/gatling/adapter.js';

beforeAll(() => gatlingAdapter.prepare!());

/** Inputs an accident or an attacker can put in a pull request: each ends as one diagnostic, quickly. */
describe('hostile Java, Kotlin and Scala input', () => {
  it.each([
    [
      'Bad.java',
      'import io.gatling.javaapi.core.*;\n\npublic class Bad extends Simulation {\n  { setUp(scn.injectOpen(atOnceUsers(1)); }\n}\n',
      /not valid Java/,
    ],
    [
      'Bad.kt',
      'import io.gatling.javaapi.core.*\n\nclass Bad : Simulation() {\n  init { setUp(scn.injectOpen(atOnceUsers(1)) }\n}\n',
      /not valid Kotlin/,
    ],
    [
      'Bad.scala',
      'import io.gatling.core.Predef._\n\nclass Bad extends Simulation {\n  setUp(scn.inject(atOnceUsers(1))\n}\n',
      /not valid Scala/,
    ],
  ])('malformed %s: one error with its line, no scenario', (file, code, message) => {
    const result = parseGatling(code, file);
    expect(result.scenario).toBeUndefined();
    expect(result.diagnostics).toEqual([
      expect.objectContaining({
        severity: 'error',
        file,
        line: expect.any(Number),
        message: expect.stringMatching(message),
      }),
    ]);
    expect(result.diagnostics[0]!.line).toBeGreaterThanOrEqual(4);
  });

  it.each([
    [
      'Odd.scala',
      'import io.gatling.core.Predef._\nimport io.gatling.http.Predef._\n\nclass Odd extends Simulation {\n  val odd = 5.0(1)\n  val scn = scenario("s").exec(http("home").get("/"))\n  setUp(scn.inject(atOnceUsers(1)))\n}\n',
    ],
    [
      'Odd.kt',
      'import io.gatling.javaapi.core.*\nimport io.gatling.javaapi.core.CoreDsl.*\nimport io.gatling.javaapi.http.HttpDsl.*\n\nclass Odd : Simulation() {\n  val y = ({ x: Int -> x })(1)\n  val z = "abc"(2)\n  val scn = scenario("s").exec(http("home").get("/"))\n  init { setUp(scn.injectOpen(atOnceUsers(1))) }\n}\n',
    ],
  ])(
    '%s: a call of something that is no name (a number, a lambda) is read past, not taken up again forever',
    (file, code) => {
      expect.hasAssertions();
      const result = parseGatling(code, file);
      expect(result.diagnostics).toEqual([]);
      expect(result.scenario?.workloads.map((w) => w.name)).toEqual(['s']);
      expect(result.scenario?.requests.map((r) => r.name)).toEqual(['home']);
    },
  );

  it('valid Kotlin the grammar mis-reads (a member and its closing brace on one line) is no error', () => {
    const result = parseGatling(
      'import io.gatling.javaapi.core.*\nimport io.gatling.javaapi.core.CoreDsl.*\n\nclass S : Simulation() {\n  init { setUp(scenario("s").injectOpen(atOnceUsers(Config.users))) }\n}\n\nobject Config { val users = 10 }\n',
      'S.kt',
    );
    expect(result.diagnostics).toEqual([]);
    expect(result.scenario?.workloads.map((w) => w.name)).toEqual(['s']);
  });

  it('deep nesting is read without overflowing the stack, within a bounded time', () => {
    const started = performance.now();
    const depth = 20_000;
    const code = `import io.gatling.javaapi.core.*;\nclass Deep extends Simulation {\n  { setUp(${'exec('.repeat(depth)}x${')'.repeat(depth)}); }\n}\n`;
    const result = parseGatling(code, 'Deep.java');
    expect(result.diagnostics.length + (result.scenario ? 1 : 0)).toBeGreaterThan(0);
    // A recorded session is one long chain: every request of it is read, past the conversion's depth limit.
    const chain = `import io.gatling.javaapi.core.*;\nclass Long extends Simulation {\n  ChainBuilder scn = scenario("s")${'.exec(http("r").get("/")).pause(1)'.repeat(1500)};\n}\n`;
    const long = parseGatling(chain, 'Long.java');
    expect(long.diagnostics).toEqual([]);
    expect(long.scenario?.requests).toHaveLength(1500);
    expect(long.scenario?.thinkTimes).toHaveLength(1500);
    expect(performance.now() - started).toBeLessThan(20_000);
  });

  it('a file over 2 MiB is refused with a diagnostic, not parsed', () => {
    const result = parseGatling(
      `import io.gatling.core.Predef._\n// ${'x'.repeat(2 * 1024 * 1024)}\n`,
      'Big.scala',
    );
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ severity: 'error', message: expect.stringMatching(/larger than 2 MiB/) }),
    ]);
  });
});
