import { describe, expect, it } from '@jest/globals';
import { findings } from '../../helpers/rule-tester.js';

const ID = 'locust/catch-response-without-with';
const user = (tasks: string, base = 'HttpUser') =>
  `from locust import ${base}, between, task\n\n\nclass Shopper(${base}):\n    wait_time = between(1, 3)\n\n${tasks}`;

const at = (text: string) => findings(ID, text, 'locustfile.py').map((f) => [f.loc.line, f.loc.column]);

describe(ID, () => {
  it('reports a response dropped, or kept in a name whose attributes alone are read, at the call', () => {
    const text = user(`    @task
    def login(self):
        response = self.client.post("/login", {"u": "a"}, catch_response=True)
        if response.status_code != 200:
            response.failure("login failed")

    @task
    def ping(self):
        self.client.get("/ping", catch_response=True)
`);
    expect(at(text)).toEqual([
      [9, 20],
      [15, 9],
    ]);
    expect(findings(ID, text, 'locustfile.py')[1]!.message).toMatch(
      /^self\.client\.get\(\) is called with catch_response=True but its response is never entered with a with-block/,
    );
  });

  it('leaves a Locust < 1.0 file to the deprecated-API rule: success() and failure() recorded the request then', () => {
    const body = `    @task\n    def t(self):\n        r = self.client.get("/a", catch_response=True)\n        r.failure("x")\n`;
    expect(at(user(body, 'HttpLocust'))).toEqual([]);
    expect(at(user(body))).toEqual([[9, 13]]);
  });

  it.each([
    [
      'a with-block',
      `        with self.client.get("/ok", catch_response=True) as r:\n            r.success()\n`,
    ],
    [
      'a name entered later',
      `        r = self.client.get("/y", catch_response=True)\n        with r as resp:\n            resp.success()\n`,
    ],
    ['a name passed on', `        r = self.client.get("/x", catch_response=True)\n        self.judge(r)\n`],
    ['a response returned', `        return self.client.get("/z", catch_response=True)\n`],
    ['catch_response left false', `        r = self.client.get("/z")\n        r.raise_for_status()\n`],
    [
      'another client (requests)',
      `        r = requests.get("/z", catch_response=True)\n        r.status_code\n`,
    ],
  ])('is silent for %s', (_name, body) => {
    expect(at(user(`    @task\n    def t(self):\n${body}`))).toEqual([]);
  });
});
