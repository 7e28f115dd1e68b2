import { beforeAll, describe, expect, it } from '@jest/globals';
import { locustAdapter, parseLocust } from '../../../src/scenario/locust/adapter.js';
import type { Scenario } from '../../../src/scenario/model.js';

beforeAll(() => locustAdapter.prepare!());

function scenarioOf(code: string, file = 'locustfile.py'): Scenario {
  const result = parseLocust(code, file);
  expect(result.diagnostics).toEqual([]);
  expect(result.scenario).toBeDefined();
  return result.scenario!;
}

const SHOP = `import os
from locust import HttpUser, task, between, events
from locust import FastHttpUser as Fast

BASE = "/api"

class ShopUser(HttpUser):
    host = "https://shop.example.com"
    wait_time = between(1, 5)

    @task(3)
    def browse(self):
        self.client.get("/", name="home")
        product_id = self.pick()
        self.client.get(f"/products/{product_id}")
        self.client.get(f"/products/{product_id}", name="/products/[id]")
        self.client.get(f"{BASE}/health")

    @task
    def cart(self):
        with self.client.post("/cart", json={"id": 1}, catch_response=True) as response:
            if response.status_code != 201:
                response.failure("not added")

class ApiUser(Fast):
    host = os.environ.get("API_HOST")

    @task
    def ping(self):
        self.client.request("HEAD", "/ping", timeout=2)

@events.quitting.add_listener
def _(environment, **kw):
    if environment.stats.total.get_response_time_percentile(0.95) > 800:
        environment.process_exit_code = 1
`;

describe('the Locust adapter', () => {
  it('claims Python files by their imports from locust, not by their name', () => {
    expect(locustAdapter.sniff('from locust import HttpUser\n', 'carga.py')).toBe(true);
    expect(locustAdapter.sniff('import locust\n', 'x.py')).toBe(true);
    expect(locustAdapter.sniff('from locust.contrib.fasthttp import FastHttpUser\n', 'x.py')).toBe(true);
    expect(locustAdapter.sniff('import requests\n# uses locust later\n', 'locustfile.py')).toBe(false);
    expect(locustAdapter.sniff('from locusts import swarm\n', 'x.py')).toBe(false);
  });

  it('reads users, their wait times, tasks and weights, through import aliases', () => {
    const s = scenarioOf(SHOP);
    const classes = s.locust!.classes.map((c) => [c.name, c.kind, c.waitTime?.kind, c.waitTime?.args]);
    expect(classes).toEqual([
      ['ShopUser', 'user', 'between', [1, 5]],
      ['ApiUser', 'user', undefined, undefined],
    ]);
    expect(s.locust!.classes[0]!.taskMethods.map((t) => [t.name, t.weight])).toEqual([
      ['browse', 3],
      ['cart', 1],
    ]);
    expect(s.workloads.map((w) => [w.name, w.model, w.partiallyUnknown])).toEqual([
      ['ShopUser', 'closed', true],
      ['ApiUser', 'closed', true],
    ]);
    expect(s.thinkTimes).toEqual([expect.objectContaining({ seconds: 1, within: 'ShopUser' })]);
  });

  it('reads requests with their name=, and which URLs vary without bound', () => {
    const s = scenarioOf(SHOP);
    expect(s.requests.map((r) => [r.method, r.url, r.dynamicUrl, r.boundedUrl, r.name, r.within])).toEqual([
      ['GET', '/', false, true, 'home', 'browse'],
      ['GET', '/products/${product_id}', true, false, undefined, 'browse'],
      ['GET', '/products/${product_id}', true, false, '/products/[id]', 'browse'],
      ['GET', '${BASE}/health', true, true, undefined, 'browse'],
      ['POST', '/cart', false, true, undefined, 'cart'],
      ['HEAD', '/ping', false, true, undefined, 'ping'],
    ]);
    expect(s.requests[5]?.timeoutSec).toBe(2);
    expect(s.requests[1]?.loc).toMatchObject({ line: 15, column: 9 });
  });

  it('reads hosts, response checks and latency criteria set through the exit code', () => {
    const s = scenarioOf(SHOP);
    expect(s.hosts.map((h) => [h.value, h.origin, h.loc.line])).toEqual([
      ['https://shop.example.com', 'literal', 8],
      ['os.environ.get("API_HOST")', 'env', 26],
    ]);
    expect(s.checks.map((c) => [c.within, c.loc.line])).toEqual([
      ['cart', 21],
      ['cart', 23],
    ]);
    expect(s.criteria.status).toBe('present');
    expect(s.criteria.items.map((c) => [c.metric, c.concerns])).toEqual([
      ['failures', 'errors'],
      ['get_response_time_percentile(0.95)', 'latency'],
    ]);
    expect(s.locust!.exitCodeSetters.map((l) => l.line)).toEqual([33]);
  });

  it('turns a LoadTestShape with literal stages into ramps at the spawn rate and holds', () => {
    const s = scenarioOf(`from locust import LoadTestShape

class Steps(LoadTestShape):
    stages = [
        {"duration": 60, "users": 10, "spawn_rate": 1},
        {"duration": 120, "users": 50, "spawn_rate": 10},
    ]

    def tick(self):
        run_time = self.get_run_time()
        for stage in self.stages:
            if run_time < stage["duration"]:
                return stage["users"], stage["spawn_rate"]
        return None
`);
    expect(s.module).toBe(true);
    expect(s.criteria.status).toBe('unknown');
    const [w] = s.workloads;
    expect(w).toMatchObject({ name: 'Steps', executor: 'locust-shape', maxVUs: 50, durationSec: 120 });
    expect(w!.stages.map((st) => [st.from, st.to, st.durationSec])).toEqual([
      [0, 10, 10],
      [10, 10, 50],
      [10, 50, 4],
      [50, 50, 56],
    ]);
  });

  it('lists Locust < 1.0 APIs with their replacements', () => {
    const s = scenarioOf(`from locust import HttpLocust, TaskSet, task

class Tasks(TaskSet):
    @task
    def index(self):
        self.locust.client.get("/")

class Web(HttpLocust):
    task_set = Tasks
    min_wait = 500
    max_wait = 2000
`);
    expect(s.locust!.deprecated.map((d) => [d.name, d.replacement, d.text ?? null, d.loc.line])).toEqual([
      ['HttpLocust', 'HttpUser', 'HttpUser', 1],
      ['self.locust', 'self.user', 'self.user', 6],
      ['HttpLocust', 'HttpUser', 'HttpUser', 8],
      ['task_set', 'tasks = [...]', 'tasks = [Tasks]', 9],
      ['min_wait', 'wait_time = between(0.5, 2)', null, 10],
    ]);
    expect(s.thinkTimes).toEqual([expect.objectContaining({ seconds: 0.5, within: 'Web' })]);
  });

  it('finds literal credentials by key, keyword and auth tuple, but not environment fallbacks', () => {
    const s = scenarioOf(`import os
from locust import HttpUser, task

class U(HttpUser):
    @task
    def login(self):
        self.client.post("/login", json={"user": "a", "password": "Xk29-vQ7!mZ"})
        self.client.get("/me", auth=("admin", "Pw-77a91qZ"))
        self.client.post("/l2", json={"password": os.environ.get("PASSWORD", "local-Pw-77a91qZ")})
`);
    expect(s.secrets.map((x) => [x.key, x.loc.line])).toEqual([
      ['password', 7],
      ['password', 8],
    ]);
    expect(JSON.stringify(s.secrets)).not.toContain('Xk29-vQ7!mZ');
  });

  it('reads a string as a whole: nothing inside an f-string is a credential, the strings after it are', () => {
    const s = scenarioOf(`from locust import HttpUser, task

class U(HttpUser):
    @task
    def login(self):
        self.client.get(f"/me?{dict(password='Xk29-vQ7!mZ')}")
        self.client.post("/login", json={"password": "Pw-77a91qZ"})
`);
    expect(s.secrets.map((x) => [x.key, x.loc.line])).toEqual([['password', 7]]);
  });

  it('reads verify=False as TLS off for requests-based users, not for FastHttp ones that ignore it', () => {
    const body = `
    @task
    def get(self):
        self.client.get("/simple", verify=False)
`;
    const requests = scenarioOf(`from locust import HttpUser, task\n\nclass U(HttpUser):${body}`);
    expect(requests.http.tlsVerifyDisabled?.line).toBe(6);
    const fast = scenarioOf(`from locust import FastHttpUser, task\n\nclass U(FastHttpUser):${body}`);
    expect(fast.http.tlsVerifyDisabled).toBeUndefined();
    // Locust < 1.0: a TaskSet run by a FastHttpLocust (mockserver's performance test).
    const old = scenarioOf(`from locust import TaskSet, task
from locust.contrib.fasthttp import FastHttpLocust

class Behaviour(TaskSet):${body}
class WebsiteUser(FastHttpLocust):
    task_set = Behaviour
`);
    expect(old.http.tlsVerifyDisabled).toBeUndefined();
  });

  it('places each call in the function written around it, and follows a URL variable to its own scope', () => {
    const s = scenarioOf(`from locust import HttpUser, task
from time import sleep as pause

PATH = "/module"

def helper(client):
    def inner():
        client.get("/inner")
    client.get(PATH)
    inner()

class Web(HttpUser):
    @task
    def outer(self):
        PATH = "/local"
        self.client.get(PATH)
        pause(2)
        def nested():
            assert True
        nested()

    def later(self):
        from time import sleep as nap
        nap(1)
`);
    expect(s.requests.map((r) => [r.url, r.dynamicUrl, r.within])).toEqual([
      ['/inner', false, 'inner'],
      ['/module', false, 'helper'],
      ['/local', false, 'outer'],
    ]);
    // An import inside a function is not read: `nap` is not known to pause.
    expect(s.thinkTimes).toEqual([expect.objectContaining({ seconds: 2, within: 'outer' })]);
    expect(s.checks.map((c) => [c.kind, c.within, c.loc.line])).toEqual([['assertion', 'nested', 19]]);
    expect(s.locust?.classes[0]?.taskMethods.map((m) => [m.name, m.weight])).toEqual([['outer', 1]]);
  });

  it('keeps comments for suppressions', () => {
    const result = parseLocust(
      'from locust import HttpUser\n# loadgate-disable-next-line x -- why\n',
      'a.py',
    );
    expect(result.comments).toEqual([{ line: 2, text: 'loadgate-disable-next-line x -- why' }]);
  });
});
