import{parseCommandArgs,renderUsageText,repositoryFolder}from"./chunk-RL7O7ZVV.js";import{loadRepositoryRules}from"./chunk-72D3M6T2.js";import{countRuleUsage,lintSnapshot,readConfigFacts,workingTreeSnapshot}from"./chunk-IDXXWE4S.js";import"./chunk-WYUYP6DQ.js";import"./chunk-FSL2VYYP.js";import{lintText}from"./chunk-5CK7YYQ2.js";import"./chunk-U5HV5AJ7.js";import"./chunk-WOPZNTXC.js";import"./chunk-7XBEKU2M.js";import"./chunk-YH2NOG26.js";import"./chunk-4HQDQEFE.js";import"./chunk-5OYRFUTR.js";import"./chunk-Y3XO37JC.js";import"./chunk-BQLX2FYX.js";import"./chunk-L23FFEZJ.js";import"./chunk-QFUD5X3I.js";import"./chunk-M2Q4MRB3.js";import"./chunk-5ZVK5EU7.js";import"./chunk-DTEKLWG4.js";import"./chunk-5GHUOU5X.js";import"./chunk-LN7EFYF4.js";import{builtinRules}from"./chunk-L77CLNGM.js";import"./chunk-HVIOO4M6.js";import"./chunk-3OJKYZBC.js";import"./chunk-FUA7XLIC.js";import"./chunk-OEYG2KVS.js";import"./chunk-DXWEGB3Q.js";import"./chunk-CHPPLK2D.js";import"./chunk-SDLQSTM6.js";import"./chunk-4B6GPD6O.js";import"./chunk-YK4XMA4K.js";import"./chunk-LFADESNI.js";import"./chunk-TJMQ4P2Z.js";import"./chunk-DD7H4MJJ.js";import"./chunk-VG7B2X5V.js";import"./chunk-QBXNA27D.js";import"./chunk-JUJUZOQA.js";import"./chunk-RHLTFAR3.js";import"./chunk-HGBBNB4U.js";import"./chunk-RSS62DU4.js";import"./chunk-E27TPVD5.js";import"./chunk-LQ7NSURB.js";import"./chunk-7ERGFCDJ.js";import"./chunk-UQBDLN37.js";import"./chunk-NG7AGJMQ.js";import"./chunk-FJVWH24L.js";var builtinRuleExamples={"abrupt-ramp-up":{bad:[{file:"script.js",lines:[5],code:`import http from 'k6/http';

export const options = {
  stages: [
    { duration: '5s', target: 500 },
    { duration: '10m', target: 500 },
    { duration: '1m', target: 0 },
  ],
  thresholds: { http_req_failed: ['rate<0.01'] },
};

export default function () {
  http.get(\`\${__ENV.BASE_URL}/\`);
}
`},{file:"test.yml",lines:[4],code:`config:
  target: "{{ $processEnvironment.TARGET }}"
  phases:
    - duration: 60
      arrivalRate: 200
    - duration: 600
      arrivalRate: 400
scenarios:
  - flow:
      - get: { url: / }
`}],good:[{file:"script.js",code:`import http from 'k6/http';

export const options = {
  stages: [
    { duration: '2m', target: 500 },
    { duration: '10m', target: 500 },
    { duration: '1m', target: 0 },
  ],
  thresholds: { http_req_failed: ['rate<0.01'] },
};

export default function () {
  http.get(\`\${__ENV.BASE_URL}/\`);
}
`},{file:"test.yml",code:`config:
  target: "{{ $processEnvironment.TARGET }}"
  phases:
    - duration: 120
      arrivalRate: 1
      rampTo: 200
    - duration: 600
      arrivalRate: 200
scenarios:
  - flow:
      - get: { url: / }
`}]},"artillery/ensure-all-optional":{bad:[{file:"script.yml",lines:[6],code:`config:
  target: http://localhost:3000
  phases:
    - { duration: 60, arrivalRate: 5 }
  plugins:
    ensure:
      conditions:
        - expression: http.response_time.p95 < 500
          strict: false
        - expression: vusers.failed == 0
          strict: false
scenarios:
  - flow:
      - get:
          url: /
`}],good:[{file:"script.yml",code:`config:
  target: http://localhost:3000
  phases:
    - { duration: 60, arrivalRate: 5 }
  plugins:
    ensure:
      thresholds:
        - http.response_time.p95: 500
      conditions:
        - expression: vusers.failed == 0
          strict: false
scenarios:
  - flow:
      - get:
          url: /
`}]},"artillery/ensure-plugin-not-loaded":{bad:[{file:"test.yml",lines:[6],code:`config:
  target: "{{ $processEnvironment.TARGET }}"
  phases:
    - duration: 60
      arrivalRate: 10
  ensure:
    maxErrorRate: 1
    thresholds:
      - http.response_time.p95: 500
scenarios:
  - flow:
      - get:
          url: /
`}],good:[{file:"test.yml",code:`config:
  target: "{{ $processEnvironment.TARGET }}"
  phases:
    - duration: 60
      arrivalRate: 10
  plugins:
    ensure: {}
  ensure:
    maxErrorRate: 1
    thresholds:
      - http.response_time.p95: 500
scenarios:
  - flow:
      - get:
          url: /
`}]},"artillery/ensure-unknown-metric":{bad:[{file:"script.yml",lines:[9,10],code:`config:
  target: http://localhost:3000
  phases:
    - { duration: 60, arrivalRate: 5 }
  plugins:
    ensure: {}
  ensure:
    thresholds:
      - http.response_time: 500
      - http.respnse_time.p99: 1000
scenarios:
  - flow:
      - get:
          url: /
`}],good:[{file:"script.yml",code:`config:
  target: http://localhost:3000
  phases:
    - { duration: 60, arrivalRate: 5 }
  plugins:
    ensure: {}
  ensure:
    thresholds:
      - http.response_time.p95: 500
    conditions:
      - expression: "(http.codes.500 or 0) / http.requests < 0.01 and vusers.failed == 0"
scenarios:
  - flow:
      - get:
          url: /
`}]},"artillery/expect-without-plugin":{bad:[{file:"test.yml",lines:[14],code:`config:
  target: "{{ $processEnvironment.TARGET }}"
  phases:
    - duration: 300
      arrivalRate: 10
  plugins:
    ensure: {}
  ensure:
    maxErrorRate: 1
scenarios:
  - flow:
      - get:
          url: /api/cart
          expect:
            - statusCode: 200
`},{file:"test.yml",lines:[15],code:`config:
  target: "{{ $processEnvironment.TARGET }}"
  phases:
    - duration: 300
      arrivalRate: 10
  plugins:
    ensure: {}
    metrics-by-endpoint: {}
  ensure:
    maxErrorRate: 1
scenarios:
  - flow:
      - post:
          url: /api/cart
          expect:
            - statusCode: 201
`}],good:[{file:"test.yml",code:`config:
  target: "{{ $processEnvironment.TARGET }}"
  phases:
    - duration: 300
      arrivalRate: 10
  plugins:
    ensure: {}
    expect: {}
  ensure:
    maxErrorRate: 1
scenarios:
  - flow:
      - get:
          url: /api/cart
          expect:
            - statusCode: 200
`}]},"artillery/ignored-criteria":{bad:[{file:"test.yml",lines:[8],code:`config:
  target: "{{ $processEnvironment.TARGET }}"
  phases:
    - duration: 300
      arrivalRate: 10
  plugins:
    ensure: {}
  ensure:
    - p95: 500
    - maxErrorRate: 1
scenarios:
  - flow:
      - get:
          url: /api/cart
`},{file:"test.yml",lines:[10],code:`config:
  target: "{{ $processEnvironment.TARGET }}"
  phases:
    - duration: 300
      arrivalRate: 10
scenarios:
  - flow:
      - get:
          url: /api/cart
thresholds:
  http_req_duration:
    - threshold: p(95) < 200
`},{file:"test.yml",lines:[9,12],code:`config:
  target: "{{ $processEnvironment.TARGET }}"
  phases:
    - duration: 300
      arrivalRate: 10
  plugins:
    ensure: {}
  ensure:
    thresholds:
      http.response_time.p95: 500
    conditions:
      - "http.response_time.p99 < 1000"
    maxErrorRate: 1
scenarios:
  - flow:
      - get:
          url: /api/cart
`}],good:[{file:"test.yml",code:`config:
  target: "{{ $processEnvironment.TARGET }}"
  phases:
    - duration: 300
      arrivalRate: 10
  plugins:
    ensure: {}
  ensure:
    thresholds:
      - http.response_time.p95: 500
    conditions:
      - expression: "http.response_time.p99 < 1000"
    maxErrorRate: 1
scenarios:
  - flow:
      - get:
          url: /api/cart
`}]},"artillery/invalid-phase":{bad:[{file:"script.yml",lines:[4,6,7,8,9],code:`config:
  target: http://localhost:3000
  phases:
    - arrivalRate: 5
    - duration: 60
      rampTo: 30
    - duration: 60
      arrival_rate: 10
    - duration: "5 potatoes"
      arrivalRate: 10
scenarios:
  - flow:
      - get:
          url: /
`}],good:[{file:"script.yml",code:`config:
  target: http://localhost:3000
  phases:
    - duration: 60
      arrivalRate: 1
      rampTo: 10
      name: warm up
    - duration: 5m
      arrivalRate: 10
    - pause: 30
    - duration: 120
      arrivalCount: 60
scenarios:
  - flow:
      - get:
          url: /
`}]},"artillery/loop-without-bound":{bad:[{file:"script.yml",lines:[7],code:`config:
  target: http://localhost:3000
  phases:
    - { duration: 60, arrivalRate: 5 }
scenarios:
  - flow:
      - loop:
          - get:
              url: /poll
          - think: 1
`}],good:[{file:"script.yml",code:`config:
  target: http://localhost:3000
  phases:
    - { duration: 60, arrivalRate: 5 }
scenarios:
  - flow:
      - loop:
          - get:
              url: /poll
          - think: 1
        count: 10
`}]},"artillery/max-vusers-caps-open-model":{bad:[{file:"script.yml",lines:[7],code:`config:
  target: http://localhost:3000
  phases:
    - name: peak
      duration: 600
      arrivalRate: 20
      maxVusers: 50
scenarios:
  - flow:
      - get:
          url: /
      - think: 5
      - get:
          url: /cart
`}],good:[{file:"script.yml",code:`config:
  target: http://localhost:3000
  phases:
    - name: peak
      duration: 600
      arrivalRate: 20
      maxVusers: 200
scenarios:
  - flow:
      - get:
          url: /
      - think: 5
      - get:
          url: /cart
`}]},"artillery/payload-loadall-without-name":{bad:[{file:"script.yml",lines:[8],code:`config:
  target: http://localhost:3000
  phases:
    - { duration: 60, arrivalRate: 5 }
  payload:
    - path: users.csv
      fields: [username, password]
      loadAll: true
scenarios:
  - flow:
      - get:
          url: /
`}],good:[{file:"script.yml",code:`config:
  target: http://localhost:3000
  phases:
    - { duration: 60, arrivalRate: 5 }
  payload:
    - path: users.csv
      fields: [username, password]
      loadAll: true
      name: users
scenarios:
  - flow:
      - get:
          url: /
`}]},"artillery/processor-function-missing":{bad:[{file:"script.yml",lines:[7,10],code:`config:
  target: http://localhost:3000
  phases:
    - { duration: 60, arrivalRate: 5 }
scenarios:
  - flow:
      - function: setToken
      - get:
          url: /account
          beforeRequest: signRequest
`}],good:[{file:"script.yml",code:`config:
  target: http://localhost:3000
  processor: ./functions.js
  phases:
    - { duration: 60, arrivalRate: 5 }
scenarios:
  - flow:
      - function: setToken
      - get:
          url: /account
          beforeRequest: signRequest
`}]},"artillery/scenario-weight-zero":{bad:[{file:"test.yml",lines:[12],code:`config:
  target: "{{ $processEnvironment.TARGET }}"
  phases:
    - duration: 300
      arrivalRate: 10
scenarios:
  - name: browse
    weight: 9
    flow:
      - get: { url: / }
  - name: checkout
    weight: 0
    flow:
      - post: { url: /api/checkout }
`}],good:[{file:"test.yml",code:`config:
  target: "{{ $processEnvironment.TARGET }}"
  phases:
    - duration: 300
      arrivalRate: 10
scenarios:
  - name: browse
    weight: 9
    flow:
      - get: { url: / }
  - name: checkout
    weight: 1
    flow:
      - post: { url: /api/checkout }
  - name: search
    flow:
      - get: { url: /search }
`}]},"artillery/unknown-template-function":{bad:[{file:"test.yml",lines:[12,13],code:`config:
  target: "{{ $processEnvironment.TARGET }}"
  phases:
    - duration: 300
      arrivalRate: 10
scenarios:
  - flow:
      - post:
          url: /api/users
          json:
            name: "{{ $randomString(8) }}"
            email: "{{ $randomEmail() }}"
            age: "{{ $randomInt(18, 90) }}"
`}],good:[{file:"test.yml",code:`config:
  target: "{{ $processEnvironment.TARGET }}"
  phases:
    - duration: 300
      arrivalRate: 10
scenarios:
  - flow:
      - post:
          url: /api/users
          json:
            name: "{{ $randomString(8) }}"
            email: "user-{{ $randomString(12) }}@example.com"
            age: "{{ $randomNumber(18, 90) }}"
`},{file:"test.yml",code:`config:
  target: "{{ $processEnvironment.TARGET }}"
  phases:
    - duration: 300
      arrivalRate: 10
  plugins:
    fake-data: {}
scenarios:
  - flow:
      - post:
          url: /api/users
          json:
            email: "{{ $randEmail() }}"
`}]},"artillery/zero-rate-phase":{bad:[{file:"test.yml",lines:[5,9],code:`config:
  target: "{{ $processEnvironment.TARGET }}"
  phases:
    - duration: 10
      arrivalRate: 0
    - duration: 40
      arrivalRate: 5
    - duration: 10
      arrivalRate: 0
scenarios:
  - flow:
      - get: { url: / }
`}],good:[{file:"test.yml",code:`config:
  target: "{{ $processEnvironment.TARGET }}"
  phases:
    - duration: 10
      arrivalRate: 0
      rampTo: 5
    - duration: 40
      arrivalRate: 5
    - pause: 10
scenarios:
  - flow:
      - get: { url: / }
`}]},"criteria-average-only":{bad:[{file:"load.yml",lines:[9],code:`execution:
- concurrency: 20
  ramp-up: 1m
  hold-for: 5m
  scenario: home
reporting:
- module: passfail
  criteria:
  - avg-rt>800ms for 30s, stop as failed
scenarios:
  home:
    requests:
    - \${BASE_URL}/
`},{file:"script.js",lines:[8],code:`import http from 'k6/http';
import { sleep } from 'k6';

export const options = {
  vus: 20,
  duration: '5m',
  thresholds: {
    http_req_duration: ['avg<300', 'med<250'],
    http_req_failed: ['rate<0.01'],
  },
};

export default function () {
  http.get(\`\${__ENV.BASE_URL}/api/cart\`);
  sleep(1);
}
`},{file:"test.yml",lines:[10],code:`config:
  target: "{{ $processEnvironment.TARGET }}"
  phases:
    - duration: 300
      arrivalRate: 10
  plugins:
    ensure: {}
  ensure:
    thresholds:
      - http.response_time.median: 300
    maxErrorRate: 1
scenarios:
  - flow:
      - get:
          url: /api/cart
`}],good:[{file:"script.js",code:`import http from 'k6/http';
import { sleep } from 'k6';

export const options = {
  vus: 20,
  duration: '5m',
  thresholds: {
    http_req_duration: ['avg<300', 'p(95)<800'],
    http_req_failed: ['rate<0.01'],
  },
};

export default function () {
  http.get(\`\${__ENV.BASE_URL}/api/cart\`);
  sleep(1);
}
`},{file:"test.yml",code:`config:
  target: "{{ $processEnvironment.TARGET }}"
  phases:
    - duration: 300
      arrivalRate: 10
  plugins:
    ensure: {}
  ensure:
    thresholds:
      - http.response_time.median: 300
      - http.response_time.p99: 1500
    maxErrorRate: 1
scenarios:
  - flow:
      - get:
          url: /api/cart
`}]},"criteria-latency-only":{bad:[{file:"load.yml",lines:[9],code:`execution:
- concurrency: 20
  ramp-up: 1m
  hold-for: 5m
  scenario: home
reporting:
- module: passfail
  criteria:
  - p95>800ms for 30s, stop as failed
scenarios:
  home:
    requests:
    - \${BASE_URL}/
`},{file:"script.js",lines:[8],code:`import http from 'k6/http';
import { sleep } from 'k6';

export const options = {
  vus: 20,
  duration: '5m',
  thresholds: {
    http_req_duration: ['p(95)<500', 'p(99)<1500'],
  },
};

export default function () {
  http.get(\`\${__ENV.BASE_URL}/api/cart\`);
  sleep(1);
}
`},{file:"test.yml",lines:[10],code:`config:
  target: "{{ $processEnvironment.TARGET }}"
  phases:
    - duration: 300
      arrivalRate: 10
  plugins:
    ensure: {}
  ensure:
    thresholds:
      - http.response_time.p95: 500
scenarios:
  - flow:
      - get:
          url: /api/cart
`}],good:[{file:"script.js",code:`import http from 'k6/http';
import { sleep } from 'k6';

export const options = {
  vus: 20,
  duration: '5m',
  thresholds: {
    http_req_duration: ['p(95)<500', 'p(99)<1500'],
    http_req_failed: ['rate<0.01'],
  },
};

export default function () {
  http.get(\`\${__ENV.BASE_URL}/api/cart\`);
  sleep(1);
}
`},{file:"test.yml",code:`config:
  target: "{{ $processEnvironment.TARGET }}"
  phases:
    - duration: 300
      arrivalRate: 10
  plugins:
    ensure: {}
  ensure:
    thresholds:
      - http.response_time.p95: 500
    maxErrorRate: 1
    conditions:
      - expression: "((http.codes.500 or 0) + (http.codes.502 or 0) + (http.codes.503 or 0) + (http.codes.504 or 0)) / http.requests < 0.01"
scenarios:
  - flow:
      - get:
          url: /api/cart
`}]},"gatling/assertions-unfailable":{bad:[{file:"ApiSimulation.java",lines:[12],code:`import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;

import io.gatling.javaapi.core.*;

public class ApiSimulation extends Simulation {
  ScenarioBuilder scn = scenario("Api").exec(http("orders").get("/orders").check(status().is(200))).pause(1);

  {
    setUp(scn.injectOpen(rampUsers(100).during(60)))
        .protocols(http.baseUrl(System.getenv("BASE_URL")))
        .assertions(global().failedRequests().percent().lte(100.0));
  }
}
`}],good:[{file:"ApiSimulation.java",code:`import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;

import io.gatling.javaapi.core.*;

public class ApiSimulation extends Simulation {
  ScenarioBuilder scn = scenario("Api").exec(http("orders").get("/orders").check(status().is(200))).pause(1);

  {
    setUp(scn.injectOpen(rampUsers(100).during(60)))
        .protocols(http.baseUrl(System.getenv("BASE_URL")))
        .assertions(global().failedRequests().percent().lt(1.0));
  }
}
`}]},"gatling/at-once-users":{bad:[{file:"LoadSimulation.scala",lines:[9],code:`import io.gatling.core.Predef._
import io.gatling.http.Predef._

class LoadSimulation extends Simulation {
  val httpProtocol = http.baseUrl(System.getenv("TARGET_URL"))
  val scn = scenario("Sensors").exec(http("sensors").get("/api/v2/sensors"))

  setUp(
    scn.inject(atOnceUsers(10000))
  ).protocols(httpProtocol)
}
`}],good:[{file:"LoadSimulation.scala",code:`import io.gatling.core.Predef._
import io.gatling.http.Predef._
import scala.concurrent.duration._

class LoadSimulation extends Simulation {
  val httpProtocol = http.baseUrl(System.getenv("TARGET_URL"))
  val scn = scenario("Sensors").exec(http("sensors").get("/api/v2/sensors"))

  setUp(
    scn.inject(atOnceUsers(1), rampUsers(10000).during(5.minutes))
  ).protocols(httpProtocol)
}
`}]},"gatling/closed-model-at-once":{bad:[{file:"CheckoutSimulation.java",lines:[11],code:`import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;

import io.gatling.javaapi.core.*;

public class CheckoutSimulation extends Simulation {
  ScenarioBuilder scn = scenario("Checkout").exec(http("cart").get("/cart")).pause(1);

  {
    setUp(
        scn.injectClosed(constantConcurrentUsers(200).during(300)))
        .protocols(http.baseUrl(System.getProperty("baseUrl")));
  }
}
`}],good:[{file:"CheckoutSimulation.java",code:`import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;

import io.gatling.javaapi.core.*;

public class CheckoutSimulation extends Simulation {
  ScenarioBuilder scn = scenario("Checkout").exec(http("cart").get("/cart")).pause(1);

  {
    setUp(
        scn.injectClosed(
            rampConcurrentUsers(0).to(200).during(60),
            constantConcurrentUsers(200).during(300)))
        .protocols(http.baseUrl(System.getProperty("baseUrl")));
  }
}
`}]},"gatling/deprecated-dsl":{bad:[{file:"BasicSimulation.scala",lines:[6,9,10],code:`import io.gatling.core.Predef._
import io.gatling.http.Predef._
import scala.concurrent.duration._

class BasicSimulation extends Simulation {
  val httpConf = http.baseURL("https://shop.example.com")

  val scn = scenario("Browse")
    .exec(http("Product").get("/products/\${productId}"))
  setUp(scn.inject(rampUsers(10) over (30 seconds))).protocols(httpConf)
}
`}],good:[{file:"BasicSimulation.scala",code:`import io.gatling.core.Predef._
import io.gatling.http.Predef._
import scala.concurrent.duration._

class BasicSimulation extends Simulation {
  val httpConf = http.baseUrl("https://shop.example.com")

  val scn = scenario("Browse")
    .exec(http("Product").get("/products/#{productId}"))
  setUp(scn.inject(rampUsers(10).during(30.seconds))).protocols(httpConf)
}
`},{file:"BrowseSimulation.kt",code:`import io.gatling.javaapi.core.*
import io.gatling.javaapi.core.CoreDsl.*
import io.gatling.javaapi.http.HttpDsl.*

class BrowseSimulation : Simulation() {
  val product = "/products"
  val scn = scenario("Browse").exec(http("Product").get("\${product}/#{productId}"))
  init { setUp(scn.injectOpen(rampUsers(10).during(30))) }
}
`}]},"gatling/no-max-duration-with-loop":{bad:[{file:"SoakSimulation.scala",lines:[7],code:`import io.gatling.core.Predef._
import io.gatling.http.Predef._
import scala.concurrent.duration._

class SoakSimulation extends Simulation {
  val scn = scenario("soak")
    .forever {
      exec(http("home").get("/")).pause(1)
    }

  setUp(scn.inject(rampUsers(100).during(60)))
    .protocols(http.baseUrl(System.getenv("TARGET_URL")))
}
`}],good:[{file:"SoakSimulation.scala",code:`import io.gatling.core.Predef._
import io.gatling.http.Predef._
import scala.concurrent.duration._

class SoakSimulation extends Simulation {
  val scn = scenario("soak")
    .forever {
      exec(http("home").get("/")).pause(1)
    }

  setUp(scn.inject(rampUsers(100).during(60)))
    .protocols(http.baseUrl(System.getenv("TARGET_URL")))
    .maxDuration(30.minutes)
}
`}]},"hardcoded-secret":{bad:[{file:"load.yml",lines:[10],code:`execution:
- concurrency: 20
  ramp-up: 1m
  hold-for: 5m
  scenario: api
scenarios:
  api:
    default-address: \${__P(host,localhost)}
    headers:
      Authorization: Bearer 9f8e7d6c5b4a39281706f5e4d3c2b1a0
    requests:
    - url: /api/orders
`},{file:"script.js",lines:[6],code:`import http from 'k6/http';

export default function () {
  http.post(\`\${__ENV.BASE_URL}/login\`, {
    username: 'loadtest',
    password: 'S3cr3t-Passw0rd!',
  });
}
`},{file:"test.yml",lines:[11],code:`config:
  target: "{{ $processEnvironment.TARGET }}"
  phases:
    - duration: 60
      arrivalRate: 1
scenarios:
  - flow:
      - get:
          url: /api/orders
          headers:
            x-api-key: "9f8e7d6c5b4a39281706f5e4"
`},{file:"locustfile.py",lines:[7],code:`from locust import HttpUser, task, between

class ApiUser(HttpUser):
    wait_time = between(1, 3)

    def on_start(self):
        self.client.post("/login", json={"username": "load", "password": "S3cure-Pa55w0rd!"})

    @task
    def items(self):
        self.client.get("/items")
`},{file:"plan.jmx",lines:[21],code:`<?xml version="1.0" encoding="UTF-8"?>
<jmeterTestPlan version="1.2" properties="5.0" jmeter="5.6.3">
  <hashTree>
    <TestPlan guiclass="TestPlanGui" testclass="TestPlan" testname="Checkout" enabled="true">
    </TestPlan>
    <hashTree>
      <ThreadGroup guiclass="ThreadGroupGui" testclass="ThreadGroup" testname="Shoppers" enabled="true">
        <stringProp name="ThreadGroup.num_threads">\${__P(threads,50)}</stringProp>
        <stringProp name="ThreadGroup.ramp_time">\${__P(rampup,60)}</stringProp>
        <boolProp name="ThreadGroup.scheduler">true</boolProp>
        <stringProp name="ThreadGroup.duration">\${__P(duration,600)}</stringProp>
        <elementProp name="ThreadGroup.main_controller" elementType="LoopController" guiclass="LoopControlPanel" testclass="LoopController" testname="Loop Controller" enabled="true">
          <stringProp name="LoopController.loops">-1</stringProp>
        </elementProp>
      </ThreadGroup>
      <hashTree>
        <HeaderManager guiclass="HeaderPanel" testclass="HeaderManager" testname="Headers" enabled="true">
          <collectionProp name="HeaderManager.headers">
            <elementProp name="" elementType="Header">
              <stringProp name="Header.name">Authorization</stringProp>
              <stringProp name="Header.value">Bearer 7f9c2ba4e88f827d616045507605853e</stringProp>
            </elementProp>
          </collectionProp>
        </HeaderManager>
        <hashTree/>
        <UniformRandomTimer guiclass="UniformRandomTimerGui" testclass="UniformRandomTimer" testname="Think" enabled="true">
          <stringProp name="ConstantTimer.delay">1000</stringProp>
          <stringProp name="RandomTimer.range">2000</stringProp>
        </UniformRandomTimer>
        <hashTree/>
        <HTTPSamplerProxy guiclass="HttpTestSampleGui" testclass="HTTPSamplerProxy" testname="Home" enabled="true">
          <stringProp name="HTTPSampler.domain">\${__P(host,localhost)}</stringProp>
          <stringProp name="HTTPSampler.protocol">https</stringProp>
          <stringProp name="HTTPSampler.path">/</stringProp>
          <stringProp name="HTTPSampler.method">GET</stringProp>
        </HTTPSamplerProxy>
        <hashTree>
          <ResponseAssertion guiclass="AssertionGui" testclass="ResponseAssertion" testname="Status 200" enabled="true">
            <collectionProp name="Asserion.test_strings">
              <stringProp name="49586">200</stringProp>
            </collectionProp>
            <stringProp name="Assertion.test_field">Assertion.response_code</stringProp>
            <intProp name="Assertion.test_type">8</intProp>
          </ResponseAssertion>
          <hashTree/>
        </hashTree>
      </hashTree>
    </hashTree>
  </hashTree>
</jmeterTestPlan>
`},{file:"LoginSimulation.scala",lines:[6],code:`import io.gatling.core.Predef._
import io.gatling.http.Predef._

class LoginSimulation extends Simulation {
  val scn = scenario("Login")
    .exec(http("login").post("/login").header("Authorization", "Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJsb2FkIn0.c2lnbmF0dXJlLXZhbHVlLTEyMzQ1"))
  setUp(scn.inject(atOnceUsers(1))).protocols(http.baseUrl(System.getenv("BASE_URL")))
}
`}],good:[{file:"script.js",code:`import http from 'k6/http';

export default function () {
  http.post(\`\${__ENV.BASE_URL}/login\`, {
    username: 'loadtest',
    password: __ENV.LOADTEST_PASSWORD,
  });
}
`},{file:"script.js",code:`import http from 'k6/http';

// The request body as the API spec shows it: "string" is the field's type, not a password.
export default function () {
  http.post(\`\${__ENV.BASE_URL}/users\`, JSON.stringify({ email: 'string', password: 'string' }));
}
`},{file:"test.yml",code:`config:
  target: "{{ $processEnvironment.TARGET }}"
  phases:
    - duration: 60
      arrivalRate: 1
scenarios:
  - flow:
      - get:
          url: /api/orders
          headers:
            x-api-key: "{{ $processEnvironment.API_KEY }}"
`},{file:"locustfile.py",code:`import os
from locust import HttpUser, task, between

class ApiUser(HttpUser):
    wait_time = between(1, 3)

    def on_start(self):
        self.client.post("/login", json={"username": "load", "password": os.environ["LOAD_PASSWORD"]})

    @task
    def items(self):
        self.client.get("/items")
`},{file:"plan.jmx",code:`<?xml version="1.0" encoding="UTF-8"?>
<jmeterTestPlan version="1.2" properties="5.0" jmeter="5.6.3">
  <hashTree>
    <TestPlan guiclass="TestPlanGui" testclass="TestPlan" testname="Checkout" enabled="true">
    </TestPlan>
    <hashTree>
      <ThreadGroup guiclass="ThreadGroupGui" testclass="ThreadGroup" testname="Shoppers" enabled="true">
        <stringProp name="ThreadGroup.num_threads">\${__P(threads,50)}</stringProp>
        <stringProp name="ThreadGroup.ramp_time">\${__P(rampup,60)}</stringProp>
        <boolProp name="ThreadGroup.scheduler">true</boolProp>
        <stringProp name="ThreadGroup.duration">\${__P(duration,600)}</stringProp>
        <elementProp name="ThreadGroup.main_controller" elementType="LoopController" guiclass="LoopControlPanel" testclass="LoopController" testname="Loop Controller" enabled="true">
          <stringProp name="LoopController.loops">-1</stringProp>
        </elementProp>
      </ThreadGroup>
      <hashTree>
        <HeaderManager guiclass="HeaderPanel" testclass="HeaderManager" testname="Headers" enabled="true">
          <collectionProp name="HeaderManager.headers">
            <elementProp name="" elementType="Header">
              <stringProp name="Header.name">Authorization</stringProp>
              <stringProp name="Header.value">Bearer \${__P(API_TOKEN)}</stringProp>
            </elementProp>
          </collectionProp>
        </HeaderManager>
        <hashTree/>
        <UniformRandomTimer guiclass="UniformRandomTimerGui" testclass="UniformRandomTimer" testname="Think" enabled="true">
          <stringProp name="ConstantTimer.delay">1000</stringProp>
          <stringProp name="RandomTimer.range">2000</stringProp>
        </UniformRandomTimer>
        <hashTree/>
        <HTTPSamplerProxy guiclass="HttpTestSampleGui" testclass="HTTPSamplerProxy" testname="Home" enabled="true">
          <stringProp name="HTTPSampler.domain">\${__P(host,localhost)}</stringProp>
          <stringProp name="HTTPSampler.protocol">https</stringProp>
          <stringProp name="HTTPSampler.path">/</stringProp>
          <stringProp name="HTTPSampler.method">GET</stringProp>
        </HTTPSamplerProxy>
        <hashTree>
          <ResponseAssertion guiclass="AssertionGui" testclass="ResponseAssertion" testname="Status 200" enabled="true">
            <collectionProp name="Asserion.test_strings">
              <stringProp name="49586">200</stringProp>
            </collectionProp>
            <stringProp name="Assertion.test_field">Assertion.response_code</stringProp>
            <intProp name="Assertion.test_type">8</intProp>
          </ResponseAssertion>
          <hashTree/>
        </hashTree>
      </hashTree>
    </hashTree>
  </hashTree>
</jmeterTestPlan>
`}]},"hardcoded-target-host":{bad:[{file:"load.yml",lines:[8],code:`execution:
- concurrency: 20
  ramp-up: 1m
  hold-for: 5m
  scenario: home
scenarios:
  home:
    default-address: https://shop.example.com
    requests:
    - url: /
`},{file:"script.js",lines:[4],code:`import http from 'k6/http';
import { sleep } from 'k6';

const BASE_URL = 'https://shop.example.com';

export default function () {
  http.get(\`\${BASE_URL}/\`);
  http.get(\`\${BASE_URL}/api/cart\`);
  sleep(1);
}
`},{file:"test.yml",lines:[2],code:`config:
  target: https://shop.example.com
  phases:
    - duration: 300
      arrivalRate: 10
scenarios:
  - flow:
      - get:
          url: /api/cart
`},{file:"test.yml",lines:[2],code:`config:
  target: https://shop.example.com
  phases:
    - duration: 300
      arrivalRate: 10
  environments:
    smoke:
      phases:
        - duration: 30
          arrivalRate: 1
scenarios:
  - flow:
      - get:
          url: /api/cart
`},{file:"locustfile.py",lines:[4],code:`from locust import HttpUser, task, between

class ShopUser(HttpUser):
    host = "https://shop.example.com"
    wait_time = between(1, 3)

    @task
    def index(self):
        self.client.get("/")
`},{file:"plan.jmx",lines:[23],code:`<?xml version="1.0" encoding="UTF-8"?>
<jmeterTestPlan version="1.2" properties="5.0" jmeter="5.6.3">
  <hashTree>
    <TestPlan guiclass="TestPlanGui" testclass="TestPlan" testname="Checkout" enabled="true">
    </TestPlan>
    <hashTree>
      <ThreadGroup guiclass="ThreadGroupGui" testclass="ThreadGroup" testname="Shoppers" enabled="true">
        <stringProp name="ThreadGroup.num_threads">\${__P(threads,50)}</stringProp>
        <stringProp name="ThreadGroup.ramp_time">\${__P(rampup,60)}</stringProp>
        <boolProp name="ThreadGroup.scheduler">true</boolProp>
        <stringProp name="ThreadGroup.duration">\${__P(duration,600)}</stringProp>
        <elementProp name="ThreadGroup.main_controller" elementType="LoopController" guiclass="LoopControlPanel" testclass="LoopController" testname="Loop Controller" enabled="true">
          <stringProp name="LoopController.loops">-1</stringProp>
        </elementProp>
      </ThreadGroup>
      <hashTree>
        <UniformRandomTimer guiclass="UniformRandomTimerGui" testclass="UniformRandomTimer" testname="Think" enabled="true">
          <stringProp name="ConstantTimer.delay">1000</stringProp>
          <stringProp name="RandomTimer.range">2000</stringProp>
        </UniformRandomTimer>
        <hashTree/>
        <HTTPSamplerProxy guiclass="HttpTestSampleGui" testclass="HTTPSamplerProxy" testname="Home" enabled="true">
          <stringProp name="HTTPSampler.domain">shop.example.com</stringProp>
          <stringProp name="HTTPSampler.protocol">https</stringProp>
          <stringProp name="HTTPSampler.path">/</stringProp>
          <stringProp name="HTTPSampler.method">GET</stringProp>
        </HTTPSamplerProxy>
        <hashTree>
          <ResponseAssertion guiclass="AssertionGui" testclass="ResponseAssertion" testname="Status 200" enabled="true">
            <collectionProp name="Asserion.test_strings">
              <stringProp name="49586">200</stringProp>
            </collectionProp>
            <stringProp name="Assertion.test_field">Assertion.response_code</stringProp>
            <intProp name="Assertion.test_type">8</intProp>
          </ResponseAssertion>
          <hashTree/>
        </hashTree>
      </hashTree>
    </hashTree>
  </hashTree>
</jmeterTestPlan>
`},{file:"ShopSimulation.kt",lines:[6],code:`import io.gatling.javaapi.core.*
import io.gatling.javaapi.core.CoreDsl.*
import io.gatling.javaapi.http.HttpDsl.*

class ShopSimulation : Simulation() {
  val httpProtocol = http.baseUrl("https://shop.example.com")
  val scn = scenario("Shop").exec(http("home").get("/"))
  init { setUp(scn.injectOpen(rampUsers(10).during(60))).protocols(httpProtocol) }
}
`}],good:[{file:"script.js",code:`import http from 'k6/http';
import { sleep } from 'k6';

const BASE_URL = __ENV.BASE_URL || 'https://shop.example.com';

export default function () {
  http.get(\`\${BASE_URL}/\`);
  http.get('http://localhost:8080/health');
  sleep(1);
}
`},{file:"test.yml",code:`config:
  target: "{{ $processEnvironment.TARGET }}"
  phases:
    - duration: 300
      arrivalRate: 10
scenarios:
  - flow:
      - get:
          url: /api/cart
`},{file:"test.yml",code:`config:
  target: https://staging.example.com
  phases:
    - duration: 300
      arrivalRate: 10
  environments:
    production:
      target: https://shop.example.com
scenarios:
  - flow:
      - get:
          url: /api/cart
`},{file:"locustfile.py",code:`import os
from locust import HttpUser, task, between

class ShopUser(HttpUser):
    host = os.environ.get("TARGET_HOST")
    wait_time = between(1, 3)

    @task
    def index(self):
        self.client.get("/")
`},{file:"plan.jmx",code:`<?xml version="1.0" encoding="UTF-8"?>
<jmeterTestPlan version="1.2" properties="5.0" jmeter="5.6.3">
  <hashTree>
    <TestPlan guiclass="TestPlanGui" testclass="TestPlan" testname="Checkout" enabled="true">
    </TestPlan>
    <hashTree>
      <ThreadGroup guiclass="ThreadGroupGui" testclass="ThreadGroup" testname="Shoppers" enabled="true">
        <stringProp name="ThreadGroup.num_threads">\${__P(threads,50)}</stringProp>
        <stringProp name="ThreadGroup.ramp_time">\${__P(rampup,60)}</stringProp>
        <boolProp name="ThreadGroup.scheduler">true</boolProp>
        <stringProp name="ThreadGroup.duration">\${__P(duration,600)}</stringProp>
        <elementProp name="ThreadGroup.main_controller" elementType="LoopController" guiclass="LoopControlPanel" testclass="LoopController" testname="Loop Controller" enabled="true">
          <stringProp name="LoopController.loops">-1</stringProp>
        </elementProp>
      </ThreadGroup>
      <hashTree>
        <UniformRandomTimer guiclass="UniformRandomTimerGui" testclass="UniformRandomTimer" testname="Think" enabled="true">
          <stringProp name="ConstantTimer.delay">1000</stringProp>
          <stringProp name="RandomTimer.range">2000</stringProp>
        </UniformRandomTimer>
        <hashTree/>
        <HTTPSamplerProxy guiclass="HttpTestSampleGui" testclass="HTTPSamplerProxy" testname="Home" enabled="true">
          <stringProp name="HTTPSampler.domain">\${__P(host,localhost)}</stringProp>
          <stringProp name="HTTPSampler.protocol">https</stringProp>
          <stringProp name="HTTPSampler.path">/</stringProp>
          <stringProp name="HTTPSampler.method">GET</stringProp>
        </HTTPSamplerProxy>
        <hashTree>
          <ResponseAssertion guiclass="AssertionGui" testclass="ResponseAssertion" testname="Status 200" enabled="true">
            <collectionProp name="Asserion.test_strings">
              <stringProp name="49586">200</stringProp>
            </collectionProp>
            <stringProp name="Assertion.test_field">Assertion.response_code</stringProp>
            <intProp name="Assertion.test_type">8</intProp>
          </ResponseAssertion>
          <hashTree/>
        </hashTree>
      </hashTree>
    </hashTree>
  </hashTree>
</jmeterTestPlan>
`}]},"http-timeout":{bad:[{file:"script.js",lines:[5],code:`import http from 'k6/http';
import { sleep } from 'k6';

export default function () {
  http.get(\`\${__ENV.BASE_URL}/api/report\`, { timeout: 60 });
  sleep(1);
}
`},{file:"test.yml",lines:[4],code:`config:
  target: "{{ $processEnvironment.TARGET }}"
  http:
    timeout: 30000
  phases:
    - duration: 60
      arrivalRate: 1
scenarios:
  - flow:
      - get:
          url: /api/report
`}],good:[{file:"script.js",code:`import http from 'k6/http';
import { sleep } from 'k6';

export default function () {
  http.get(\`\${__ENV.BASE_URL}/api/report\`, { timeout: '60s' });
  sleep(1);
}
`},{file:"test.yml",code:`config:
  target: "{{ $processEnvironment.TARGET }}"
  http:
    timeout: 30
  phases:
    - duration: 60
      arrivalRate: 1
scenarios:
  - flow:
      - get:
          url: /api/report
`}]},"jmeter/beanshell-element":{bad:[{file:"plan.jmx",lines:[38],code:`<?xml version="1.0" encoding="UTF-8"?>
<jmeterTestPlan version="1.2" properties="5.0" jmeter="5.6.3">
  <hashTree>
    <TestPlan guiclass="TestPlanGui" testclass="TestPlan" testname="Checkout" enabled="true">
    </TestPlan>
    <hashTree>
      <ThreadGroup guiclass="ThreadGroupGui" testclass="ThreadGroup" testname="Shoppers" enabled="true">
        <stringProp name="ThreadGroup.num_threads">\${__P(threads,50)}</stringProp>
        <stringProp name="ThreadGroup.ramp_time">\${__P(rampup,60)}</stringProp>
        <boolProp name="ThreadGroup.scheduler">true</boolProp>
        <stringProp name="ThreadGroup.duration">\${__P(duration,600)}</stringProp>
        <elementProp name="ThreadGroup.main_controller" elementType="LoopController" guiclass="LoopControlPanel" testclass="LoopController" testname="Loop Controller" enabled="true">
          <stringProp name="LoopController.loops">-1</stringProp>
        </elementProp>
      </ThreadGroup>
      <hashTree>
        <UniformRandomTimer guiclass="UniformRandomTimerGui" testclass="UniformRandomTimer" testname="Think" enabled="true">
          <stringProp name="ConstantTimer.delay">1000</stringProp>
          <stringProp name="RandomTimer.range">2000</stringProp>
        </UniformRandomTimer>
        <hashTree/>
        <HTTPSamplerProxy guiclass="HttpTestSampleGui" testclass="HTTPSamplerProxy" testname="Home" enabled="true">
          <stringProp name="HTTPSampler.domain">\${__P(host,localhost)}</stringProp>
          <stringProp name="HTTPSampler.protocol">https</stringProp>
          <stringProp name="HTTPSampler.path">/</stringProp>
          <stringProp name="HTTPSampler.method">GET</stringProp>
        </HTTPSamplerProxy>
        <hashTree>
          <ResponseAssertion guiclass="AssertionGui" testclass="ResponseAssertion" testname="Status 200" enabled="true">
            <collectionProp name="Asserion.test_strings">
              <stringProp name="49586">200</stringProp>
            </collectionProp>
            <stringProp name="Assertion.test_field">Assertion.response_code</stringProp>
            <intProp name="Assertion.test_type">8</intProp>
          </ResponseAssertion>
          <hashTree/>
        </hashTree>
        <BeanShellPreProcessor guiclass="TestBeanGUI" testclass="BeanShellPreProcessor" testname="Prepare" enabled="true">
          <stringProp name="filename"></stringProp>
          <stringProp name="script">vars.put("id", "1")</stringProp>
        </BeanShellPreProcessor>
        <hashTree/>
      </hashTree>
    </hashTree>
  </hashTree>
</jmeterTestPlan>
`}],good:[{file:"plan.jmx",code:`<?xml version="1.0" encoding="UTF-8"?>
<jmeterTestPlan version="1.2" properties="5.0" jmeter="5.6.3">
  <hashTree>
    <TestPlan guiclass="TestPlanGui" testclass="TestPlan" testname="Checkout" enabled="true">
    </TestPlan>
    <hashTree>
      <ThreadGroup guiclass="ThreadGroupGui" testclass="ThreadGroup" testname="Shoppers" enabled="true">
        <stringProp name="ThreadGroup.num_threads">\${__P(threads,50)}</stringProp>
        <stringProp name="ThreadGroup.ramp_time">\${__P(rampup,60)}</stringProp>
        <boolProp name="ThreadGroup.scheduler">true</boolProp>
        <stringProp name="ThreadGroup.duration">\${__P(duration,600)}</stringProp>
        <elementProp name="ThreadGroup.main_controller" elementType="LoopController" guiclass="LoopControlPanel" testclass="LoopController" testname="Loop Controller" enabled="true">
          <stringProp name="LoopController.loops">-1</stringProp>
        </elementProp>
      </ThreadGroup>
      <hashTree>
        <UniformRandomTimer guiclass="UniformRandomTimerGui" testclass="UniformRandomTimer" testname="Think" enabled="true">
          <stringProp name="ConstantTimer.delay">1000</stringProp>
          <stringProp name="RandomTimer.range">2000</stringProp>
        </UniformRandomTimer>
        <hashTree/>
        <HTTPSamplerProxy guiclass="HttpTestSampleGui" testclass="HTTPSamplerProxy" testname="Home" enabled="true">
          <stringProp name="HTTPSampler.domain">\${__P(host,localhost)}</stringProp>
          <stringProp name="HTTPSampler.protocol">https</stringProp>
          <stringProp name="HTTPSampler.path">/</stringProp>
          <stringProp name="HTTPSampler.method">GET</stringProp>
        </HTTPSamplerProxy>
        <hashTree>
          <ResponseAssertion guiclass="AssertionGui" testclass="ResponseAssertion" testname="Status 200" enabled="true">
            <collectionProp name="Asserion.test_strings">
              <stringProp name="49586">200</stringProp>
            </collectionProp>
            <stringProp name="Assertion.test_field">Assertion.response_code</stringProp>
            <intProp name="Assertion.test_type">8</intProp>
          </ResponseAssertion>
          <hashTree/>
        </hashTree>
        <JSR223PreProcessor guiclass="TestBeanGUI" testclass="JSR223PreProcessor" testname="Prepare" enabled="true">
          <stringProp name="scriptLanguage">groovy</stringProp>
          <stringProp name="cacheKey">true</stringProp>
          <stringProp name="filename"></stringProp>
          <stringProp name="script">vars.put("id", "1")</stringProp>
        </JSR223PreProcessor>
        <hashTree/>
      </hashTree>
    </hashTree>
  </hashTree>
</jmeterTestPlan>
`}]},"jmeter/csv-absolute-path":{bad:[{file:"plan.jmx",lines:[18],code:`<?xml version="1.0" encoding="UTF-8"?>
<jmeterTestPlan version="1.2" properties="5.0" jmeter="5.6.3">
  <hashTree>
    <TestPlan guiclass="TestPlanGui" testclass="TestPlan" testname="Checkout" enabled="true">
    </TestPlan>
    <hashTree>
      <ThreadGroup guiclass="ThreadGroupGui" testclass="ThreadGroup" testname="Shoppers" enabled="true">
        <stringProp name="ThreadGroup.num_threads">\${__P(threads,50)}</stringProp>
        <stringProp name="ThreadGroup.ramp_time">\${__P(rampup,60)}</stringProp>
        <boolProp name="ThreadGroup.scheduler">true</boolProp>
        <stringProp name="ThreadGroup.duration">\${__P(duration,600)}</stringProp>
        <elementProp name="ThreadGroup.main_controller" elementType="LoopController" guiclass="LoopControlPanel" testclass="LoopController" testname="Loop Controller" enabled="true">
          <stringProp name="LoopController.loops">-1</stringProp>
        </elementProp>
      </ThreadGroup>
      <hashTree>
        <CSVDataSet guiclass="TestBeanGUI" testclass="CSVDataSet" testname="Users" enabled="true">
          <stringProp name="filename">C:\\Users\\me\\jmeter\\users.csv</stringProp>
          <stringProp name="variableNames">username,password</stringProp>
          <boolProp name="recycle">true</boolProp>
          <boolProp name="stopThread">false</boolProp>
          <stringProp name="shareMode">shareMode.all</stringProp>
        </CSVDataSet>
        <hashTree/>
        <UniformRandomTimer guiclass="UniformRandomTimerGui" testclass="UniformRandomTimer" testname="Think" enabled="true">
          <stringProp name="ConstantTimer.delay">1000</stringProp>
          <stringProp name="RandomTimer.range">2000</stringProp>
        </UniformRandomTimer>
        <hashTree/>
        <HTTPSamplerProxy guiclass="HttpTestSampleGui" testclass="HTTPSamplerProxy" testname="Home" enabled="true">
          <stringProp name="HTTPSampler.domain">\${__P(host,localhost)}</stringProp>
          <stringProp name="HTTPSampler.protocol">https</stringProp>
          <stringProp name="HTTPSampler.path">/</stringProp>
          <stringProp name="HTTPSampler.method">GET</stringProp>
        </HTTPSamplerProxy>
        <hashTree>
          <ResponseAssertion guiclass="AssertionGui" testclass="ResponseAssertion" testname="Status 200" enabled="true">
            <collectionProp name="Asserion.test_strings">
              <stringProp name="49586">200</stringProp>
            </collectionProp>
            <stringProp name="Assertion.test_field">Assertion.response_code</stringProp>
            <intProp name="Assertion.test_type">8</intProp>
          </ResponseAssertion>
          <hashTree/>
        </hashTree>
      </hashTree>
    </hashTree>
  </hashTree>
</jmeterTestPlan>
`}],good:[{file:"plan.jmx",code:`<?xml version="1.0" encoding="UTF-8"?>
<jmeterTestPlan version="1.2" properties="5.0" jmeter="5.6.3">
  <hashTree>
    <TestPlan guiclass="TestPlanGui" testclass="TestPlan" testname="Checkout" enabled="true">
    </TestPlan>
    <hashTree>
      <ThreadGroup guiclass="ThreadGroupGui" testclass="ThreadGroup" testname="Shoppers" enabled="true">
        <stringProp name="ThreadGroup.num_threads">\${__P(threads,50)}</stringProp>
        <stringProp name="ThreadGroup.ramp_time">\${__P(rampup,60)}</stringProp>
        <boolProp name="ThreadGroup.scheduler">true</boolProp>
        <stringProp name="ThreadGroup.duration">\${__P(duration,600)}</stringProp>
        <elementProp name="ThreadGroup.main_controller" elementType="LoopController" guiclass="LoopControlPanel" testclass="LoopController" testname="Loop Controller" enabled="true">
          <stringProp name="LoopController.loops">-1</stringProp>
        </elementProp>
      </ThreadGroup>
      <hashTree>
        <CSVDataSet guiclass="TestBeanGUI" testclass="CSVDataSet" testname="Users" enabled="true">
          <stringProp name="filename">data/users.csv</stringProp>
          <stringProp name="variableNames">username,password</stringProp>
          <boolProp name="recycle">true</boolProp>
          <boolProp name="stopThread">false</boolProp>
          <stringProp name="shareMode">shareMode.all</stringProp>
        </CSVDataSet>
        <hashTree/>
        <UniformRandomTimer guiclass="UniformRandomTimerGui" testclass="UniformRandomTimer" testname="Think" enabled="true">
          <stringProp name="ConstantTimer.delay">1000</stringProp>
          <stringProp name="RandomTimer.range">2000</stringProp>
        </UniformRandomTimer>
        <hashTree/>
        <HTTPSamplerProxy guiclass="HttpTestSampleGui" testclass="HTTPSamplerProxy" testname="Home" enabled="true">
          <stringProp name="HTTPSampler.domain">\${__P(host,localhost)}</stringProp>
          <stringProp name="HTTPSampler.protocol">https</stringProp>
          <stringProp name="HTTPSampler.path">/</stringProp>
          <stringProp name="HTTPSampler.method">GET</stringProp>
        </HTTPSamplerProxy>
        <hashTree>
          <ResponseAssertion guiclass="AssertionGui" testclass="ResponseAssertion" testname="Status 200" enabled="true">
            <collectionProp name="Asserion.test_strings">
              <stringProp name="49586">200</stringProp>
            </collectionProp>
            <stringProp name="Assertion.test_field">Assertion.response_code</stringProp>
            <intProp name="Assertion.test_type">8</intProp>
          </ResponseAssertion>
          <hashTree/>
        </hashTree>
      </hashTree>
    </hashTree>
  </hashTree>
</jmeterTestPlan>
`}]},"jmeter/csv-eof-not-handled":{bad:[{file:"plan.jmx",lines:[17],code:`<?xml version="1.0" encoding="UTF-8"?>
<jmeterTestPlan version="1.2" properties="5.0" jmeter="5.6.3">
  <hashTree>
    <TestPlan guiclass="TestPlanGui" testclass="TestPlan" testname="Checkout" enabled="true">
    </TestPlan>
    <hashTree>
      <ThreadGroup guiclass="ThreadGroupGui" testclass="ThreadGroup" testname="Shoppers" enabled="true">
        <stringProp name="ThreadGroup.num_threads">\${__P(threads,50)}</stringProp>
        <stringProp name="ThreadGroup.ramp_time">\${__P(rampup,60)}</stringProp>
        <boolProp name="ThreadGroup.scheduler">true</boolProp>
        <stringProp name="ThreadGroup.duration">\${__P(duration,600)}</stringProp>
        <elementProp name="ThreadGroup.main_controller" elementType="LoopController" guiclass="LoopControlPanel" testclass="LoopController" testname="Loop Controller" enabled="true">
          <stringProp name="LoopController.loops">-1</stringProp>
        </elementProp>
      </ThreadGroup>
      <hashTree>
        <CSVDataSet guiclass="TestBeanGUI" testclass="CSVDataSet" testname="Users" enabled="true">
          <stringProp name="filename">users.csv</stringProp>
          <stringProp name="variableNames">username,password</stringProp>
          <boolProp name="recycle">false</boolProp>
          <boolProp name="stopThread">false</boolProp>
          <stringProp name="shareMode">shareMode.all</stringProp>
        </CSVDataSet>
        <hashTree/>
        <UniformRandomTimer guiclass="UniformRandomTimerGui" testclass="UniformRandomTimer" testname="Think" enabled="true">
          <stringProp name="ConstantTimer.delay">1000</stringProp>
          <stringProp name="RandomTimer.range">2000</stringProp>
        </UniformRandomTimer>
        <hashTree/>
        <HTTPSamplerProxy guiclass="HttpTestSampleGui" testclass="HTTPSamplerProxy" testname="Home" enabled="true">
          <stringProp name="HTTPSampler.domain">\${__P(host,localhost)}</stringProp>
          <stringProp name="HTTPSampler.protocol">https</stringProp>
          <stringProp name="HTTPSampler.path">/</stringProp>
          <stringProp name="HTTPSampler.method">GET</stringProp>
        </HTTPSamplerProxy>
        <hashTree>
          <ResponseAssertion guiclass="AssertionGui" testclass="ResponseAssertion" testname="Status 200" enabled="true">
            <collectionProp name="Asserion.test_strings">
              <stringProp name="49586">200</stringProp>
            </collectionProp>
            <stringProp name="Assertion.test_field">Assertion.response_code</stringProp>
            <intProp name="Assertion.test_type">8</intProp>
          </ResponseAssertion>
          <hashTree/>
        </hashTree>
      </hashTree>
    </hashTree>
  </hashTree>
</jmeterTestPlan>
`}],good:[{file:"plan.jmx",code:`<?xml version="1.0" encoding="UTF-8"?>
<jmeterTestPlan version="1.2" properties="5.0" jmeter="5.6.3">
  <hashTree>
    <TestPlan guiclass="TestPlanGui" testclass="TestPlan" testname="Checkout" enabled="true">
    </TestPlan>
    <hashTree>
      <ThreadGroup guiclass="ThreadGroupGui" testclass="ThreadGroup" testname="Shoppers" enabled="true">
        <stringProp name="ThreadGroup.num_threads">\${__P(threads,50)}</stringProp>
        <stringProp name="ThreadGroup.ramp_time">\${__P(rampup,60)}</stringProp>
        <boolProp name="ThreadGroup.scheduler">true</boolProp>
        <stringProp name="ThreadGroup.duration">\${__P(duration,600)}</stringProp>
        <elementProp name="ThreadGroup.main_controller" elementType="LoopController" guiclass="LoopControlPanel" testclass="LoopController" testname="Loop Controller" enabled="true">
          <stringProp name="LoopController.loops">-1</stringProp>
        </elementProp>
      </ThreadGroup>
      <hashTree>
        <CSVDataSet guiclass="TestBeanGUI" testclass="CSVDataSet" testname="Users" enabled="true">
          <stringProp name="filename">users.csv</stringProp>
          <stringProp name="variableNames">username,password</stringProp>
          <boolProp name="recycle">true</boolProp>
          <boolProp name="stopThread">false</boolProp>
          <stringProp name="shareMode">shareMode.all</stringProp>
        </CSVDataSet>
        <hashTree/>
        <UniformRandomTimer guiclass="UniformRandomTimerGui" testclass="UniformRandomTimer" testname="Think" enabled="true">
          <stringProp name="ConstantTimer.delay">1000</stringProp>
          <stringProp name="RandomTimer.range">2000</stringProp>
        </UniformRandomTimer>
        <hashTree/>
        <HTTPSamplerProxy guiclass="HttpTestSampleGui" testclass="HTTPSamplerProxy" testname="Home" enabled="true">
          <stringProp name="HTTPSampler.domain">\${__P(host,localhost)}</stringProp>
          <stringProp name="HTTPSampler.protocol">https</stringProp>
          <stringProp name="HTTPSampler.path">/</stringProp>
          <stringProp name="HTTPSampler.method">GET</stringProp>
        </HTTPSamplerProxy>
        <hashTree>
          <ResponseAssertion guiclass="AssertionGui" testclass="ResponseAssertion" testname="Status 200" enabled="true">
            <collectionProp name="Asserion.test_strings">
              <stringProp name="49586">200</stringProp>
            </collectionProp>
            <stringProp name="Assertion.test_field">Assertion.response_code</stringProp>
            <intProp name="Assertion.test_type">8</intProp>
          </ResponseAssertion>
          <hashTree/>
        </hashTree>
      </hashTree>
    </hashTree>
  </hashTree>
</jmeterTestPlan>
`}]},"jmeter/debug-element-enabled":{bad:[{file:"plan.jmx",lines:[38],code:`<?xml version="1.0" encoding="UTF-8"?>
<jmeterTestPlan version="1.2" properties="5.0" jmeter="5.6.3">
  <hashTree>
    <TestPlan guiclass="TestPlanGui" testclass="TestPlan" testname="Checkout" enabled="true">
    </TestPlan>
    <hashTree>
      <ThreadGroup guiclass="ThreadGroupGui" testclass="ThreadGroup" testname="Shoppers" enabled="true">
        <stringProp name="ThreadGroup.num_threads">\${__P(threads,50)}</stringProp>
        <stringProp name="ThreadGroup.ramp_time">\${__P(rampup,60)}</stringProp>
        <boolProp name="ThreadGroup.scheduler">true</boolProp>
        <stringProp name="ThreadGroup.duration">\${__P(duration,600)}</stringProp>
        <elementProp name="ThreadGroup.main_controller" elementType="LoopController" guiclass="LoopControlPanel" testclass="LoopController" testname="Loop Controller" enabled="true">
          <stringProp name="LoopController.loops">-1</stringProp>
        </elementProp>
      </ThreadGroup>
      <hashTree>
        <UniformRandomTimer guiclass="UniformRandomTimerGui" testclass="UniformRandomTimer" testname="Think" enabled="true">
          <stringProp name="ConstantTimer.delay">1000</stringProp>
          <stringProp name="RandomTimer.range">2000</stringProp>
        </UniformRandomTimer>
        <hashTree/>
        <HTTPSamplerProxy guiclass="HttpTestSampleGui" testclass="HTTPSamplerProxy" testname="Home" enabled="true">
          <stringProp name="HTTPSampler.domain">\${__P(host,localhost)}</stringProp>
          <stringProp name="HTTPSampler.protocol">https</stringProp>
          <stringProp name="HTTPSampler.path">/</stringProp>
          <stringProp name="HTTPSampler.method">GET</stringProp>
        </HTTPSamplerProxy>
        <hashTree>
          <ResponseAssertion guiclass="AssertionGui" testclass="ResponseAssertion" testname="Status 200" enabled="true">
            <collectionProp name="Asserion.test_strings">
              <stringProp name="49586">200</stringProp>
            </collectionProp>
            <stringProp name="Assertion.test_field">Assertion.response_code</stringProp>
            <intProp name="Assertion.test_type">8</intProp>
          </ResponseAssertion>
          <hashTree/>
        </hashTree>
        <DebugSampler guiclass="TestBeanGUI" testclass="DebugSampler" testname="Debug Sampler" enabled="true">
          <boolProp name="displayJMeterProperties">false</boolProp>
          <boolProp name="displayJMeterVariables">true</boolProp>
          <boolProp name="displaySystemProperties">false</boolProp>
        </DebugSampler>
        <hashTree/>
      </hashTree>
    </hashTree>
  </hashTree>
</jmeterTestPlan>
`}],good:[{file:"plan.jmx",code:`<?xml version="1.0" encoding="UTF-8"?>
<jmeterTestPlan version="1.2" properties="5.0" jmeter="5.6.3">
  <hashTree>
    <TestPlan guiclass="TestPlanGui" testclass="TestPlan" testname="Checkout" enabled="true">
    </TestPlan>
    <hashTree>
      <ThreadGroup guiclass="ThreadGroupGui" testclass="ThreadGroup" testname="Shoppers" enabled="true">
        <stringProp name="ThreadGroup.num_threads">\${__P(threads,50)}</stringProp>
        <stringProp name="ThreadGroup.ramp_time">\${__P(rampup,60)}</stringProp>
        <boolProp name="ThreadGroup.scheduler">true</boolProp>
        <stringProp name="ThreadGroup.duration">\${__P(duration,600)}</stringProp>
        <elementProp name="ThreadGroup.main_controller" elementType="LoopController" guiclass="LoopControlPanel" testclass="LoopController" testname="Loop Controller" enabled="true">
          <stringProp name="LoopController.loops">-1</stringProp>
        </elementProp>
      </ThreadGroup>
      <hashTree>
        <UniformRandomTimer guiclass="UniformRandomTimerGui" testclass="UniformRandomTimer" testname="Think" enabled="true">
          <stringProp name="ConstantTimer.delay">1000</stringProp>
          <stringProp name="RandomTimer.range">2000</stringProp>
        </UniformRandomTimer>
        <hashTree/>
        <HTTPSamplerProxy guiclass="HttpTestSampleGui" testclass="HTTPSamplerProxy" testname="Home" enabled="true">
          <stringProp name="HTTPSampler.domain">\${__P(host,localhost)}</stringProp>
          <stringProp name="HTTPSampler.protocol">https</stringProp>
          <stringProp name="HTTPSampler.path">/</stringProp>
          <stringProp name="HTTPSampler.method">GET</stringProp>
        </HTTPSamplerProxy>
        <hashTree>
          <ResponseAssertion guiclass="AssertionGui" testclass="ResponseAssertion" testname="Status 200" enabled="true">
            <collectionProp name="Asserion.test_strings">
              <stringProp name="49586">200</stringProp>
            </collectionProp>
            <stringProp name="Assertion.test_field">Assertion.response_code</stringProp>
            <intProp name="Assertion.test_type">8</intProp>
          </ResponseAssertion>
          <hashTree/>
        </hashTree>
        <DebugSampler guiclass="TestBeanGUI" testclass="DebugSampler" testname="Debug Sampler" enabled="false">
          <boolProp name="displayJMeterProperties">false</boolProp>
          <boolProp name="displayJMeterVariables">true</boolProp>
          <boolProp name="displaySystemProperties">false</boolProp>
        </DebugSampler>
        <hashTree/>
      </hashTree>
    </hashTree>
  </hashTree>
</jmeterTestPlan>
`}]},"jmeter/dynamic-sampler-label":{bad:[{file:"plan.jmx",lines:[22],code:`<?xml version="1.0" encoding="UTF-8"?>
<jmeterTestPlan version="1.2" properties="5.0" jmeter="5.6.3">
  <hashTree>
    <TestPlan guiclass="TestPlanGui" testclass="TestPlan" testname="Checkout" enabled="true">
    </TestPlan>
    <hashTree>
      <ThreadGroup guiclass="ThreadGroupGui" testclass="ThreadGroup" testname="Shoppers" enabled="true">
        <stringProp name="ThreadGroup.num_threads">\${__P(threads,50)}</stringProp>
        <stringProp name="ThreadGroup.ramp_time">\${__P(rampup,60)}</stringProp>
        <boolProp name="ThreadGroup.scheduler">true</boolProp>
        <stringProp name="ThreadGroup.duration">\${__P(duration,600)}</stringProp>
        <elementProp name="ThreadGroup.main_controller" elementType="LoopController" guiclass="LoopControlPanel" testclass="LoopController" testname="Loop Controller" enabled="true">
          <stringProp name="LoopController.loops">-1</stringProp>
        </elementProp>
      </ThreadGroup>
      <hashTree>
        <UniformRandomTimer guiclass="UniformRandomTimerGui" testclass="UniformRandomTimer" testname="Think" enabled="true">
          <stringProp name="ConstantTimer.delay">1000</stringProp>
          <stringProp name="RandomTimer.range">2000</stringProp>
        </UniformRandomTimer>
        <hashTree/>
        <HTTPSamplerProxy guiclass="HttpTestSampleGui" testclass="HTTPSamplerProxy" testname="GET /items/\${itemId}" enabled="true">
          <stringProp name="HTTPSampler.domain">\${__P(host,localhost)}</stringProp>
          <stringProp name="HTTPSampler.protocol">https</stringProp>
          <stringProp name="HTTPSampler.path">/items/\${itemId}</stringProp>
          <stringProp name="HTTPSampler.method">GET</stringProp>
        </HTTPSamplerProxy>
        <hashTree>
          <ResponseAssertion guiclass="AssertionGui" testclass="ResponseAssertion" testname="Status 200" enabled="true">
            <collectionProp name="Asserion.test_strings">
              <stringProp name="49586">200</stringProp>
            </collectionProp>
            <stringProp name="Assertion.test_field">Assertion.response_code</stringProp>
            <intProp name="Assertion.test_type">8</intProp>
          </ResponseAssertion>
          <hashTree/>
        </hashTree>
      </hashTree>
    </hashTree>
  </hashTree>
</jmeterTestPlan>
`}],good:[{file:"plan.jmx",code:`<?xml version="1.0" encoding="UTF-8"?>
<jmeterTestPlan version="1.2" properties="5.0" jmeter="5.6.3">
  <hashTree>
    <TestPlan guiclass="TestPlanGui" testclass="TestPlan" testname="Checkout" enabled="true">
    </TestPlan>
    <hashTree>
      <ThreadGroup guiclass="ThreadGroupGui" testclass="ThreadGroup" testname="Shoppers" enabled="true">
        <stringProp name="ThreadGroup.num_threads">\${__P(threads,50)}</stringProp>
        <stringProp name="ThreadGroup.ramp_time">\${__P(rampup,60)}</stringProp>
        <boolProp name="ThreadGroup.scheduler">true</boolProp>
        <stringProp name="ThreadGroup.duration">\${__P(duration,600)}</stringProp>
        <elementProp name="ThreadGroup.main_controller" elementType="LoopController" guiclass="LoopControlPanel" testclass="LoopController" testname="Loop Controller" enabled="true">
          <stringProp name="LoopController.loops">-1</stringProp>
        </elementProp>
      </ThreadGroup>
      <hashTree>
        <UniformRandomTimer guiclass="UniformRandomTimerGui" testclass="UniformRandomTimer" testname="Think" enabled="true">
          <stringProp name="ConstantTimer.delay">1000</stringProp>
          <stringProp name="RandomTimer.range">2000</stringProp>
        </UniformRandomTimer>
        <hashTree/>
        <HTTPSamplerProxy guiclass="HttpTestSampleGui" testclass="HTTPSamplerProxy" testname="GET /items/:id" enabled="true">
          <stringProp name="HTTPSampler.domain">\${__P(host,localhost)}</stringProp>
          <stringProp name="HTTPSampler.protocol">https</stringProp>
          <stringProp name="HTTPSampler.path">/items/\${itemId}</stringProp>
          <stringProp name="HTTPSampler.method">GET</stringProp>
        </HTTPSamplerProxy>
        <hashTree>
          <ResponseAssertion guiclass="AssertionGui" testclass="ResponseAssertion" testname="Status 200" enabled="true">
            <collectionProp name="Asserion.test_strings">
              <stringProp name="49586">200</stringProp>
            </collectionProp>
            <stringProp name="Assertion.test_field">Assertion.response_code</stringProp>
            <intProp name="Assertion.test_type">8</intProp>
          </ResponseAssertion>
          <hashTree/>
        </hashTree>
      </hashTree>
    </hashTree>
  </hashTree>
</jmeterTestPlan>
`}]},"jmeter/expensive-assertion":{bad:[{file:"plan.jmx",lines:[29],code:`<?xml version="1.0" encoding="UTF-8"?>
<jmeterTestPlan version="1.2" properties="5.0" jmeter="5.6.3">
  <hashTree>
    <TestPlan guiclass="TestPlanGui" testclass="TestPlan" testname="Checkout" enabled="true">
    </TestPlan>
    <hashTree>
      <ThreadGroup guiclass="ThreadGroupGui" testclass="ThreadGroup" testname="Shoppers" enabled="true">
        <stringProp name="ThreadGroup.num_threads">\${__P(threads,50)}</stringProp>
        <stringProp name="ThreadGroup.ramp_time">\${__P(rampup,60)}</stringProp>
        <boolProp name="ThreadGroup.scheduler">true</boolProp>
        <stringProp name="ThreadGroup.duration">\${__P(duration,600)}</stringProp>
        <elementProp name="ThreadGroup.main_controller" elementType="LoopController" guiclass="LoopControlPanel" testclass="LoopController" testname="Loop Controller" enabled="true">
          <stringProp name="LoopController.loops">-1</stringProp>
        </elementProp>
      </ThreadGroup>
      <hashTree>
        <UniformRandomTimer guiclass="UniformRandomTimerGui" testclass="UniformRandomTimer" testname="Think" enabled="true">
          <stringProp name="ConstantTimer.delay">1000</stringProp>
          <stringProp name="RandomTimer.range">2000</stringProp>
        </UniformRandomTimer>
        <hashTree/>
        <HTTPSamplerProxy guiclass="HttpTestSampleGui" testclass="HTTPSamplerProxy" testname="Home" enabled="true">
          <stringProp name="HTTPSampler.domain">\${__P(host,localhost)}</stringProp>
          <stringProp name="HTTPSampler.protocol">https</stringProp>
          <stringProp name="HTTPSampler.path">/</stringProp>
          <stringProp name="HTTPSampler.method">GET</stringProp>
        </HTTPSamplerProxy>
        <hashTree>
          <XPathAssertion guiclass="XPathAssertionGui" testclass="XPathAssertion" testname="Has total" enabled="true">
            <stringProp name="XPath.xpath">//order/total</stringProp>
            <boolProp name="XPath.tolerant">true</boolProp>
          </XPathAssertion>
          <hashTree/>
        </hashTree>
      </hashTree>
    </hashTree>
  </hashTree>
</jmeterTestPlan>
`}],good:[{file:"plan.jmx",code:`<?xml version="1.0" encoding="UTF-8"?>
<jmeterTestPlan version="1.2" properties="5.0" jmeter="5.6.3">
  <hashTree>
    <TestPlan guiclass="TestPlanGui" testclass="TestPlan" testname="Checkout" enabled="true">
    </TestPlan>
    <hashTree>
      <ThreadGroup guiclass="ThreadGroupGui" testclass="ThreadGroup" testname="Shoppers" enabled="true">
        <stringProp name="ThreadGroup.num_threads">\${__P(threads,50)}</stringProp>
        <stringProp name="ThreadGroup.ramp_time">\${__P(rampup,60)}</stringProp>
        <boolProp name="ThreadGroup.scheduler">true</boolProp>
        <stringProp name="ThreadGroup.duration">\${__P(duration,600)}</stringProp>
        <elementProp name="ThreadGroup.main_controller" elementType="LoopController" guiclass="LoopControlPanel" testclass="LoopController" testname="Loop Controller" enabled="true">
          <stringProp name="LoopController.loops">-1</stringProp>
        </elementProp>
      </ThreadGroup>
      <hashTree>
        <UniformRandomTimer guiclass="UniformRandomTimerGui" testclass="UniformRandomTimer" testname="Think" enabled="true">
          <stringProp name="ConstantTimer.delay">1000</stringProp>
          <stringProp name="RandomTimer.range">2000</stringProp>
        </UniformRandomTimer>
        <hashTree/>
        <HTTPSamplerProxy guiclass="HttpTestSampleGui" testclass="HTTPSamplerProxy" testname="Home" enabled="true">
          <stringProp name="HTTPSampler.domain">\${__P(host,localhost)}</stringProp>
          <stringProp name="HTTPSampler.protocol">https</stringProp>
          <stringProp name="HTTPSampler.path">/</stringProp>
          <stringProp name="HTTPSampler.method">GET</stringProp>
        </HTTPSamplerProxy>
        <hashTree>
          <ResponseAssertion guiclass="AssertionGui" testclass="ResponseAssertion" testname="Status 200" enabled="true">
            <collectionProp name="Asserion.test_strings">
              <stringProp name="49586">200</stringProp>
            </collectionProp>
            <stringProp name="Assertion.test_field">Assertion.response_code</stringProp>
            <intProp name="Assertion.test_type">8</intProp>
          </ResponseAssertion>
          <hashTree/>
        </hashTree>
      </hashTree>
    </hashTree>
  </hashTree>
</jmeterTestPlan>
`}]},"jmeter/functional-mode-enabled":{bad:[{file:"plan.jmx",lines:[5],code:`<?xml version="1.0" encoding="UTF-8"?>
<jmeterTestPlan version="1.2" properties="5.0" jmeter="5.6.3">
  <hashTree>
    <TestPlan guiclass="TestPlanGui" testclass="TestPlan" testname="Checkout" enabled="true">
      <boolProp name="TestPlan.functional_mode">true</boolProp>
    </TestPlan>
    <hashTree>
      <ThreadGroup guiclass="ThreadGroupGui" testclass="ThreadGroup" testname="Shoppers" enabled="true">
        <stringProp name="ThreadGroup.num_threads">\${__P(threads,50)}</stringProp>
        <stringProp name="ThreadGroup.ramp_time">\${__P(rampup,60)}</stringProp>
        <boolProp name="ThreadGroup.scheduler">true</boolProp>
        <stringProp name="ThreadGroup.duration">\${__P(duration,600)}</stringProp>
        <elementProp name="ThreadGroup.main_controller" elementType="LoopController" guiclass="LoopControlPanel" testclass="LoopController" testname="Loop Controller" enabled="true">
          <stringProp name="LoopController.loops">-1</stringProp>
        </elementProp>
      </ThreadGroup>
      <hashTree>
        <UniformRandomTimer guiclass="UniformRandomTimerGui" testclass="UniformRandomTimer" testname="Think" enabled="true">
          <stringProp name="ConstantTimer.delay">1000</stringProp>
          <stringProp name="RandomTimer.range">2000</stringProp>
        </UniformRandomTimer>
        <hashTree/>
        <HTTPSamplerProxy guiclass="HttpTestSampleGui" testclass="HTTPSamplerProxy" testname="Home" enabled="true">
          <stringProp name="HTTPSampler.domain">\${__P(host,localhost)}</stringProp>
          <stringProp name="HTTPSampler.protocol">https</stringProp>
          <stringProp name="HTTPSampler.path">/</stringProp>
          <stringProp name="HTTPSampler.method">GET</stringProp>
        </HTTPSamplerProxy>
        <hashTree>
          <ResponseAssertion guiclass="AssertionGui" testclass="ResponseAssertion" testname="Status 200" enabled="true">
            <collectionProp name="Asserion.test_strings">
              <stringProp name="49586">200</stringProp>
            </collectionProp>
            <stringProp name="Assertion.test_field">Assertion.response_code</stringProp>
            <intProp name="Assertion.test_type">8</intProp>
          </ResponseAssertion>
          <hashTree/>
        </hashTree>
      </hashTree>
    </hashTree>
  </hashTree>
</jmeterTestPlan>
`}],good:[{file:"plan.jmx",code:`<?xml version="1.0" encoding="UTF-8"?>
<jmeterTestPlan version="1.2" properties="5.0" jmeter="5.6.3">
  <hashTree>
    <TestPlan guiclass="TestPlanGui" testclass="TestPlan" testname="Checkout" enabled="true">
      <boolProp name="TestPlan.functional_mode">false</boolProp>
    </TestPlan>
    <hashTree>
      <ThreadGroup guiclass="ThreadGroupGui" testclass="ThreadGroup" testname="Shoppers" enabled="true">
        <stringProp name="ThreadGroup.num_threads">\${__P(threads,50)}</stringProp>
        <stringProp name="ThreadGroup.ramp_time">\${__P(rampup,60)}</stringProp>
        <boolProp name="ThreadGroup.scheduler">true</boolProp>
        <stringProp name="ThreadGroup.duration">\${__P(duration,600)}</stringProp>
        <elementProp name="ThreadGroup.main_controller" elementType="LoopController" guiclass="LoopControlPanel" testclass="LoopController" testname="Loop Controller" enabled="true">
          <stringProp name="LoopController.loops">-1</stringProp>
        </elementProp>
      </ThreadGroup>
      <hashTree>
        <UniformRandomTimer guiclass="UniformRandomTimerGui" testclass="UniformRandomTimer" testname="Think" enabled="true">
          <stringProp name="ConstantTimer.delay">1000</stringProp>
          <stringProp name="RandomTimer.range">2000</stringProp>
        </UniformRandomTimer>
        <hashTree/>
        <HTTPSamplerProxy guiclass="HttpTestSampleGui" testclass="HTTPSamplerProxy" testname="Home" enabled="true">
          <stringProp name="HTTPSampler.domain">\${__P(host,localhost)}</stringProp>
          <stringProp name="HTTPSampler.protocol">https</stringProp>
          <stringProp name="HTTPSampler.path">/</stringProp>
          <stringProp name="HTTPSampler.method">GET</stringProp>
        </HTTPSamplerProxy>
        <hashTree>
          <ResponseAssertion guiclass="AssertionGui" testclass="ResponseAssertion" testname="Status 200" enabled="true">
            <collectionProp name="Asserion.test_strings">
              <stringProp name="49586">200</stringProp>
            </collectionProp>
            <stringProp name="Assertion.test_field">Assertion.response_code</stringProp>
            <intProp name="Assertion.test_type">8</intProp>
          </ResponseAssertion>
          <hashTree/>
        </hashTree>
      </hashTree>
    </hashTree>
  </hashTree>
</jmeterTestPlan>
`}]},"jmeter/gui-listener-enabled":{bad:[{file:"plan.jmx",lines:[7],code:`<?xml version="1.0" encoding="UTF-8"?>
<jmeterTestPlan version="1.2" properties="5.0" jmeter="5.6.3">
  <hashTree>
    <TestPlan guiclass="TestPlanGui" testclass="TestPlan" testname="Checkout" enabled="true">
    </TestPlan>
    <hashTree>
      <ResultCollector guiclass="ViewResultsFullVisualizer" testclass="ResultCollector" testname="View Results Tree" enabled="true">
        <boolProp name="ResultCollector.error_logging">false</boolProp>
        <stringProp name="filename"></stringProp>
      </ResultCollector>
      <hashTree/>
      <ThreadGroup guiclass="ThreadGroupGui" testclass="ThreadGroup" testname="Shoppers" enabled="true">
        <stringProp name="ThreadGroup.num_threads">\${__P(threads,50)}</stringProp>
        <stringProp name="ThreadGroup.ramp_time">\${__P(rampup,60)}</stringProp>
        <boolProp name="ThreadGroup.scheduler">true</boolProp>
        <stringProp name="ThreadGroup.duration">\${__P(duration,600)}</stringProp>
        <elementProp name="ThreadGroup.main_controller" elementType="LoopController" guiclass="LoopControlPanel" testclass="LoopController" testname="Loop Controller" enabled="true">
          <stringProp name="LoopController.loops">-1</stringProp>
        </elementProp>
      </ThreadGroup>
      <hashTree>
        <UniformRandomTimer guiclass="UniformRandomTimerGui" testclass="UniformRandomTimer" testname="Think" enabled="true">
          <stringProp name="ConstantTimer.delay">1000</stringProp>
          <stringProp name="RandomTimer.range">2000</stringProp>
        </UniformRandomTimer>
        <hashTree/>
        <HTTPSamplerProxy guiclass="HttpTestSampleGui" testclass="HTTPSamplerProxy" testname="Home" enabled="true">
          <stringProp name="HTTPSampler.domain">\${__P(host,localhost)}</stringProp>
          <stringProp name="HTTPSampler.protocol">https</stringProp>
          <stringProp name="HTTPSampler.path">/</stringProp>
          <stringProp name="HTTPSampler.method">GET</stringProp>
        </HTTPSamplerProxy>
        <hashTree>
          <ResponseAssertion guiclass="AssertionGui" testclass="ResponseAssertion" testname="Status 200" enabled="true">
            <collectionProp name="Asserion.test_strings">
              <stringProp name="49586">200</stringProp>
            </collectionProp>
            <stringProp name="Assertion.test_field">Assertion.response_code</stringProp>
            <intProp name="Assertion.test_type">8</intProp>
          </ResponseAssertion>
          <hashTree/>
        </hashTree>
      </hashTree>
    </hashTree>
  </hashTree>
</jmeterTestPlan>
`},{file:"plan.jmx",lines:[7],code:`<?xml version="1.0" encoding="UTF-8"?>
<jmeterTestPlan version="1.2" properties="5.0" jmeter="5.6.3">
  <hashTree>
    <TestPlan guiclass="TestPlanGui" testclass="TestPlan" testname="Checkout" enabled="true">
    </TestPlan>
    <hashTree>
      <ResultCollector guiclass="StatVisualizer" testclass="ResultCollector" testname="Aggregate Report" enabled="true">
        <boolProp name="ResultCollector.error_logging">false</boolProp>
        <stringProp name="filename"></stringProp>
      </ResultCollector>
      <hashTree/>
      <ThreadGroup guiclass="ThreadGroupGui" testclass="ThreadGroup" testname="Shoppers" enabled="true">
        <stringProp name="ThreadGroup.num_threads">\${__P(threads,50)}</stringProp>
        <stringProp name="ThreadGroup.ramp_time">\${__P(rampup,60)}</stringProp>
        <boolProp name="ThreadGroup.scheduler">true</boolProp>
        <stringProp name="ThreadGroup.duration">\${__P(duration,600)}</stringProp>
        <elementProp name="ThreadGroup.main_controller" elementType="LoopController" guiclass="LoopControlPanel" testclass="LoopController" testname="Loop Controller" enabled="true">
          <stringProp name="LoopController.loops">-1</stringProp>
        </elementProp>
      </ThreadGroup>
      <hashTree>
        <UniformRandomTimer guiclass="UniformRandomTimerGui" testclass="UniformRandomTimer" testname="Think" enabled="true">
          <stringProp name="ConstantTimer.delay">1000</stringProp>
          <stringProp name="RandomTimer.range">2000</stringProp>
        </UniformRandomTimer>
        <hashTree/>
        <HTTPSamplerProxy guiclass="HttpTestSampleGui" testclass="HTTPSamplerProxy" testname="Home" enabled="true">
          <stringProp name="HTTPSampler.domain">\${__P(host,localhost)}</stringProp>
          <stringProp name="HTTPSampler.protocol">https</stringProp>
          <stringProp name="HTTPSampler.path">/</stringProp>
          <stringProp name="HTTPSampler.method">GET</stringProp>
        </HTTPSamplerProxy>
        <hashTree>
          <ResponseAssertion guiclass="AssertionGui" testclass="ResponseAssertion" testname="Status 200" enabled="true">
            <collectionProp name="Asserion.test_strings">
              <stringProp name="49586">200</stringProp>
            </collectionProp>
            <stringProp name="Assertion.test_field">Assertion.response_code</stringProp>
            <intProp name="Assertion.test_type">8</intProp>
          </ResponseAssertion>
          <hashTree/>
        </hashTree>
      </hashTree>
    </hashTree>
  </hashTree>
</jmeterTestPlan>
`}],good:[{file:"plan.jmx",code:`<?xml version="1.0" encoding="UTF-8"?>
<jmeterTestPlan version="1.2" properties="5.0" jmeter="5.6.3">
  <hashTree>
    <TestPlan guiclass="TestPlanGui" testclass="TestPlan" testname="Checkout" enabled="true">
    </TestPlan>
    <hashTree>
      <ResultCollector guiclass="SimpleDataWriter" testclass="ResultCollector" testname="Results to file" enabled="true">
        <boolProp name="ResultCollector.error_logging">false</boolProp>
        <stringProp name="filename"></stringProp>
      </ResultCollector>
      <hashTree/>
      <ThreadGroup guiclass="ThreadGroupGui" testclass="ThreadGroup" testname="Shoppers" enabled="true">
        <stringProp name="ThreadGroup.num_threads">\${__P(threads,50)}</stringProp>
        <stringProp name="ThreadGroup.ramp_time">\${__P(rampup,60)}</stringProp>
        <boolProp name="ThreadGroup.scheduler">true</boolProp>
        <stringProp name="ThreadGroup.duration">\${__P(duration,600)}</stringProp>
        <elementProp name="ThreadGroup.main_controller" elementType="LoopController" guiclass="LoopControlPanel" testclass="LoopController" testname="Loop Controller" enabled="true">
          <stringProp name="LoopController.loops">-1</stringProp>
        </elementProp>
      </ThreadGroup>
      <hashTree>
        <UniformRandomTimer guiclass="UniformRandomTimerGui" testclass="UniformRandomTimer" testname="Think" enabled="true">
          <stringProp name="ConstantTimer.delay">1000</stringProp>
          <stringProp name="RandomTimer.range">2000</stringProp>
        </UniformRandomTimer>
        <hashTree/>
        <HTTPSamplerProxy guiclass="HttpTestSampleGui" testclass="HTTPSamplerProxy" testname="Home" enabled="true">
          <stringProp name="HTTPSampler.domain">\${__P(host,localhost)}</stringProp>
          <stringProp name="HTTPSampler.protocol">https</stringProp>
          <stringProp name="HTTPSampler.path">/</stringProp>
          <stringProp name="HTTPSampler.method">GET</stringProp>
        </HTTPSamplerProxy>
        <hashTree>
          <ResponseAssertion guiclass="AssertionGui" testclass="ResponseAssertion" testname="Status 200" enabled="true">
            <collectionProp name="Asserion.test_strings">
              <stringProp name="49586">200</stringProp>
            </collectionProp>
            <stringProp name="Assertion.test_field">Assertion.response_code</stringProp>
            <intProp name="Assertion.test_type">8</intProp>
          </ResponseAssertion>
          <hashTree/>
        </hashTree>
      </hashTree>
    </hashTree>
  </hashTree>
</jmeterTestPlan>
`},{file:"plan.jmx",code:`<?xml version="1.0" encoding="UTF-8"?>
<jmeterTestPlan version="1.2" properties="5.0" jmeter="5.6.3">
  <hashTree>
    <TestPlan guiclass="TestPlanGui" testclass="TestPlan" testname="Checkout" enabled="true">
    </TestPlan>
    <hashTree>
      <ResultCollector guiclass="ViewResultsFullVisualizer" testclass="ResultCollector" testname="Errors only" enabled="true">
        <boolProp name="ResultCollector.error_logging">true</boolProp>
        <stringProp name="filename"></stringProp>
      </ResultCollector>
      <hashTree/>
      <ThreadGroup guiclass="ThreadGroupGui" testclass="ThreadGroup" testname="Shoppers" enabled="true">
        <stringProp name="ThreadGroup.num_threads">\${__P(threads,50)}</stringProp>
        <stringProp name="ThreadGroup.ramp_time">\${__P(rampup,60)}</stringProp>
        <boolProp name="ThreadGroup.scheduler">true</boolProp>
        <stringProp name="ThreadGroup.duration">\${__P(duration,600)}</stringProp>
        <elementProp name="ThreadGroup.main_controller" elementType="LoopController" guiclass="LoopControlPanel" testclass="LoopController" testname="Loop Controller" enabled="true">
          <stringProp name="LoopController.loops">-1</stringProp>
        </elementProp>
      </ThreadGroup>
      <hashTree>
        <UniformRandomTimer guiclass="UniformRandomTimerGui" testclass="UniformRandomTimer" testname="Think" enabled="true">
          <stringProp name="ConstantTimer.delay">1000</stringProp>
          <stringProp name="RandomTimer.range">2000</stringProp>
        </UniformRandomTimer>
        <hashTree/>
        <HTTPSamplerProxy guiclass="HttpTestSampleGui" testclass="HTTPSamplerProxy" testname="Home" enabled="true">
          <stringProp name="HTTPSampler.domain">\${__P(host,localhost)}</stringProp>
          <stringProp name="HTTPSampler.protocol">https</stringProp>
          <stringProp name="HTTPSampler.path">/</stringProp>
          <stringProp name="HTTPSampler.method">GET</stringProp>
        </HTTPSamplerProxy>
        <hashTree>
          <ResponseAssertion guiclass="AssertionGui" testclass="ResponseAssertion" testname="Status 200" enabled="true">
            <collectionProp name="Asserion.test_strings">
              <stringProp name="49586">200</stringProp>
            </collectionProp>
            <stringProp name="Assertion.test_field">Assertion.response_code</stringProp>
            <intProp name="Assertion.test_type">8</intProp>
          </ResponseAssertion>
          <hashTree/>
        </hashTree>
      </hashTree>
    </hashTree>
  </hashTree>
</jmeterTestPlan>
`},{file:"plan.jmx",code:`<?xml version="1.0" encoding="UTF-8"?>
<jmeterTestPlan version="1.2" properties="5.0" jmeter="5.6.3">
  <hashTree>
    <TestPlan guiclass="TestPlanGui" testclass="TestPlan" testname="Checkout" enabled="true">
    </TestPlan>
    <hashTree>
      <ResultCollector guiclass="ViewResultsFullVisualizer" testclass="ResultCollector" testname="Debugging a functional plan" enabled="true">
        <boolProp name="ResultCollector.error_logging">false</boolProp>
        <stringProp name="filename"></stringProp>
      </ResultCollector>
      <hashTree/>
      <ThreadGroup guiclass="ThreadGroupGui" testclass="ThreadGroup" testname="Shoppers" enabled="true">
        <stringProp name="ThreadGroup.num_threads">1</stringProp>
        <stringProp name="ThreadGroup.ramp_time">\${__P(rampup,60)}</stringProp>
        <boolProp name="ThreadGroup.scheduler">true</boolProp>
        <stringProp name="ThreadGroup.duration">\${__P(duration,600)}</stringProp>
        <elementProp name="ThreadGroup.main_controller" elementType="LoopController" guiclass="LoopControlPanel" testclass="LoopController" testname="Loop Controller" enabled="true">
          <stringProp name="LoopController.loops">-1</stringProp>
        </elementProp>
      </ThreadGroup>
      <hashTree>
        <UniformRandomTimer guiclass="UniformRandomTimerGui" testclass="UniformRandomTimer" testname="Think" enabled="true">
          <stringProp name="ConstantTimer.delay">1000</stringProp>
          <stringProp name="RandomTimer.range">2000</stringProp>
        </UniformRandomTimer>
        <hashTree/>
        <HTTPSamplerProxy guiclass="HttpTestSampleGui" testclass="HTTPSamplerProxy" testname="Home" enabled="true">
          <stringProp name="HTTPSampler.domain">\${__P(host,localhost)}</stringProp>
          <stringProp name="HTTPSampler.protocol">https</stringProp>
          <stringProp name="HTTPSampler.path">/</stringProp>
          <stringProp name="HTTPSampler.method">GET</stringProp>
        </HTTPSamplerProxy>
        <hashTree>
          <ResponseAssertion guiclass="AssertionGui" testclass="ResponseAssertion" testname="Status 200" enabled="true">
            <collectionProp name="Asserion.test_strings">
              <stringProp name="49586">200</stringProp>
            </collectionProp>
            <stringProp name="Assertion.test_field">Assertion.response_code</stringProp>
            <intProp name="Assertion.test_type">8</intProp>
          </ResponseAssertion>
          <hashTree/>
        </hashTree>
      </hashTree>
    </hashTree>
  </hashTree>
</jmeterTestPlan>
`}]},"jmeter/infinite-loop-without-duration":{bad:[{file:"plan.jmx",lines:[13],code:`<?xml version="1.0" encoding="UTF-8"?>
<jmeterTestPlan version="1.2" properties="5.0" jmeter="5.6.3">
  <hashTree>
    <TestPlan guiclass="TestPlanGui" testclass="TestPlan" testname="Checkout" enabled="true">
    </TestPlan>
    <hashTree>
      <ThreadGroup guiclass="ThreadGroupGui" testclass="ThreadGroup" testname="Shoppers" enabled="true">
        <stringProp name="ThreadGroup.num_threads">\${__P(threads,50)}</stringProp>
        <stringProp name="ThreadGroup.ramp_time">\${__P(rampup,60)}</stringProp>
        <boolProp name="ThreadGroup.scheduler">false</boolProp>
        <stringProp name="ThreadGroup.duration"></stringProp>
        <elementProp name="ThreadGroup.main_controller" elementType="LoopController" guiclass="LoopControlPanel" testclass="LoopController" testname="Loop Controller" enabled="true">
          <stringProp name="LoopController.loops">-1</stringProp>
        </elementProp>
      </ThreadGroup>
      <hashTree>
        <UniformRandomTimer guiclass="UniformRandomTimerGui" testclass="UniformRandomTimer" testname="Think" enabled="true">
          <stringProp name="ConstantTimer.delay">1000</stringProp>
          <stringProp name="RandomTimer.range">2000</stringProp>
        </UniformRandomTimer>
        <hashTree/>
        <HTTPSamplerProxy guiclass="HttpTestSampleGui" testclass="HTTPSamplerProxy" testname="Home" enabled="true">
          <stringProp name="HTTPSampler.domain">\${__P(host,localhost)}</stringProp>
          <stringProp name="HTTPSampler.protocol">https</stringProp>
          <stringProp name="HTTPSampler.path">/</stringProp>
          <stringProp name="HTTPSampler.method">GET</stringProp>
        </HTTPSamplerProxy>
        <hashTree>
          <ResponseAssertion guiclass="AssertionGui" testclass="ResponseAssertion" testname="Status 200" enabled="true">
            <collectionProp name="Asserion.test_strings">
              <stringProp name="49586">200</stringProp>
            </collectionProp>
            <stringProp name="Assertion.test_field">Assertion.response_code</stringProp>
            <intProp name="Assertion.test_type">8</intProp>
          </ResponseAssertion>
          <hashTree/>
        </hashTree>
      </hashTree>
    </hashTree>
  </hashTree>
</jmeterTestPlan>
`}],good:[{file:"plan.jmx",code:`<?xml version="1.0" encoding="UTF-8"?>
<jmeterTestPlan version="1.2" properties="5.0" jmeter="5.6.3">
  <hashTree>
    <TestPlan guiclass="TestPlanGui" testclass="TestPlan" testname="Checkout" enabled="true">
    </TestPlan>
    <hashTree>
      <ThreadGroup guiclass="ThreadGroupGui" testclass="ThreadGroup" testname="Shoppers" enabled="true">
        <stringProp name="ThreadGroup.num_threads">\${__P(threads,50)}</stringProp>
        <stringProp name="ThreadGroup.ramp_time">\${__P(rampup,60)}</stringProp>
        <boolProp name="ThreadGroup.scheduler">true</boolProp>
        <stringProp name="ThreadGroup.duration">\${__P(duration,600)}</stringProp>
        <elementProp name="ThreadGroup.main_controller" elementType="LoopController" guiclass="LoopControlPanel" testclass="LoopController" testname="Loop Controller" enabled="true">
          <stringProp name="LoopController.loops">-1</stringProp>
        </elementProp>
      </ThreadGroup>
      <hashTree>
        <UniformRandomTimer guiclass="UniformRandomTimerGui" testclass="UniformRandomTimer" testname="Think" enabled="true">
          <stringProp name="ConstantTimer.delay">1000</stringProp>
          <stringProp name="RandomTimer.range">2000</stringProp>
        </UniformRandomTimer>
        <hashTree/>
        <HTTPSamplerProxy guiclass="HttpTestSampleGui" testclass="HTTPSamplerProxy" testname="Home" enabled="true">
          <stringProp name="HTTPSampler.domain">\${__P(host,localhost)}</stringProp>
          <stringProp name="HTTPSampler.protocol">https</stringProp>
          <stringProp name="HTTPSampler.path">/</stringProp>
          <stringProp name="HTTPSampler.method">GET</stringProp>
        </HTTPSamplerProxy>
        <hashTree>
          <ResponseAssertion guiclass="AssertionGui" testclass="ResponseAssertion" testname="Status 200" enabled="true">
            <collectionProp name="Asserion.test_strings">
              <stringProp name="49586">200</stringProp>
            </collectionProp>
            <stringProp name="Assertion.test_field">Assertion.response_code</stringProp>
            <intProp name="Assertion.test_type">8</intProp>
          </ResponseAssertion>
          <hashTree/>
        </hashTree>
      </hashTree>
    </hashTree>
  </hashTree>
</jmeterTestPlan>
`}]},"jmeter/jsr223-cache-disabled":{bad:[{file:"plan.jmx",lines:[40],code:`<?xml version="1.0" encoding="UTF-8"?>
<jmeterTestPlan version="1.2" properties="5.0" jmeter="5.6.3">
  <hashTree>
    <TestPlan guiclass="TestPlanGui" testclass="TestPlan" testname="Checkout" enabled="true">
    </TestPlan>
    <hashTree>
      <ThreadGroup guiclass="ThreadGroupGui" testclass="ThreadGroup" testname="Shoppers" enabled="true">
        <stringProp name="ThreadGroup.num_threads">\${__P(threads,50)}</stringProp>
        <stringProp name="ThreadGroup.ramp_time">\${__P(rampup,60)}</stringProp>
        <boolProp name="ThreadGroup.scheduler">true</boolProp>
        <stringProp name="ThreadGroup.duration">\${__P(duration,600)}</stringProp>
        <elementProp name="ThreadGroup.main_controller" elementType="LoopController" guiclass="LoopControlPanel" testclass="LoopController" testname="Loop Controller" enabled="true">
          <stringProp name="LoopController.loops">-1</stringProp>
        </elementProp>
      </ThreadGroup>
      <hashTree>
        <UniformRandomTimer guiclass="UniformRandomTimerGui" testclass="UniformRandomTimer" testname="Think" enabled="true">
          <stringProp name="ConstantTimer.delay">1000</stringProp>
          <stringProp name="RandomTimer.range">2000</stringProp>
        </UniformRandomTimer>
        <hashTree/>
        <HTTPSamplerProxy guiclass="HttpTestSampleGui" testclass="HTTPSamplerProxy" testname="Home" enabled="true">
          <stringProp name="HTTPSampler.domain">\${__P(host,localhost)}</stringProp>
          <stringProp name="HTTPSampler.protocol">https</stringProp>
          <stringProp name="HTTPSampler.path">/</stringProp>
          <stringProp name="HTTPSampler.method">GET</stringProp>
        </HTTPSamplerProxy>
        <hashTree>
          <ResponseAssertion guiclass="AssertionGui" testclass="ResponseAssertion" testname="Status 200" enabled="true">
            <collectionProp name="Asserion.test_strings">
              <stringProp name="49586">200</stringProp>
            </collectionProp>
            <stringProp name="Assertion.test_field">Assertion.response_code</stringProp>
            <intProp name="Assertion.test_type">8</intProp>
          </ResponseAssertion>
          <hashTree/>
        </hashTree>
        <JSR223Sampler guiclass="TestBeanGUI" testclass="JSR223Sampler" testname="Prepare" enabled="true">
          <stringProp name="scriptLanguage">groovy</stringProp>
          <stringProp name="cacheKey">false</stringProp>
          <stringProp name="filename"></stringProp>
          <stringProp name="script">vars.put("id", "1")</stringProp>
        </JSR223Sampler>
        <hashTree/>
      </hashTree>
    </hashTree>
  </hashTree>
</jmeterTestPlan>
`}],good:[{file:"plan.jmx",code:`<?xml version="1.0" encoding="UTF-8"?>
<jmeterTestPlan version="1.2" properties="5.0" jmeter="5.6.3">
  <hashTree>
    <TestPlan guiclass="TestPlanGui" testclass="TestPlan" testname="Checkout" enabled="true">
    </TestPlan>
    <hashTree>
      <ThreadGroup guiclass="ThreadGroupGui" testclass="ThreadGroup" testname="Shoppers" enabled="true">
        <stringProp name="ThreadGroup.num_threads">\${__P(threads,50)}</stringProp>
        <stringProp name="ThreadGroup.ramp_time">\${__P(rampup,60)}</stringProp>
        <boolProp name="ThreadGroup.scheduler">true</boolProp>
        <stringProp name="ThreadGroup.duration">\${__P(duration,600)}</stringProp>
        <elementProp name="ThreadGroup.main_controller" elementType="LoopController" guiclass="LoopControlPanel" testclass="LoopController" testname="Loop Controller" enabled="true">
          <stringProp name="LoopController.loops">-1</stringProp>
        </elementProp>
      </ThreadGroup>
      <hashTree>
        <UniformRandomTimer guiclass="UniformRandomTimerGui" testclass="UniformRandomTimer" testname="Think" enabled="true">
          <stringProp name="ConstantTimer.delay">1000</stringProp>
          <stringProp name="RandomTimer.range">2000</stringProp>
        </UniformRandomTimer>
        <hashTree/>
        <HTTPSamplerProxy guiclass="HttpTestSampleGui" testclass="HTTPSamplerProxy" testname="Home" enabled="true">
          <stringProp name="HTTPSampler.domain">\${__P(host,localhost)}</stringProp>
          <stringProp name="HTTPSampler.protocol">https</stringProp>
          <stringProp name="HTTPSampler.path">/</stringProp>
          <stringProp name="HTTPSampler.method">GET</stringProp>
        </HTTPSamplerProxy>
        <hashTree>
          <ResponseAssertion guiclass="AssertionGui" testclass="ResponseAssertion" testname="Status 200" enabled="true">
            <collectionProp name="Asserion.test_strings">
              <stringProp name="49586">200</stringProp>
            </collectionProp>
            <stringProp name="Assertion.test_field">Assertion.response_code</stringProp>
            <intProp name="Assertion.test_type">8</intProp>
          </ResponseAssertion>
          <hashTree/>
        </hashTree>
        <JSR223Sampler guiclass="TestBeanGUI" testclass="JSR223Sampler" testname="Prepare" enabled="true">
          <stringProp name="scriptLanguage">groovy</stringProp>
          <stringProp name="cacheKey">true</stringProp>
          <stringProp name="filename"></stringProp>
          <stringProp name="script">vars.put("id", "1")</stringProp>
        </JSR223Sampler>
        <hashTree/>
      </hashTree>
    </hashTree>
  </hashTree>
</jmeterTestPlan>
`}]},"jmeter/jsr223-not-groovy":{bad:[{file:"plan.jmx",lines:[39],code:`<?xml version="1.0" encoding="UTF-8"?>
<jmeterTestPlan version="1.2" properties="5.0" jmeter="5.6.3">
  <hashTree>
    <TestPlan guiclass="TestPlanGui" testclass="TestPlan" testname="Checkout" enabled="true">
    </TestPlan>
    <hashTree>
      <ThreadGroup guiclass="ThreadGroupGui" testclass="ThreadGroup" testname="Shoppers" enabled="true">
        <stringProp name="ThreadGroup.num_threads">\${__P(threads,50)}</stringProp>
        <stringProp name="ThreadGroup.ramp_time">\${__P(rampup,60)}</stringProp>
        <boolProp name="ThreadGroup.scheduler">true</boolProp>
        <stringProp name="ThreadGroup.duration">\${__P(duration,600)}</stringProp>
        <elementProp name="ThreadGroup.main_controller" elementType="LoopController" guiclass="LoopControlPanel" testclass="LoopController" testname="Loop Controller" enabled="true">
          <stringProp name="LoopController.loops">-1</stringProp>
        </elementProp>
      </ThreadGroup>
      <hashTree>
        <UniformRandomTimer guiclass="UniformRandomTimerGui" testclass="UniformRandomTimer" testname="Think" enabled="true">
          <stringProp name="ConstantTimer.delay">1000</stringProp>
          <stringProp name="RandomTimer.range">2000</stringProp>
        </UniformRandomTimer>
        <hashTree/>
        <HTTPSamplerProxy guiclass="HttpTestSampleGui" testclass="HTTPSamplerProxy" testname="Home" enabled="true">
          <stringProp name="HTTPSampler.domain">\${__P(host,localhost)}</stringProp>
          <stringProp name="HTTPSampler.protocol">https</stringProp>
          <stringProp name="HTTPSampler.path">/</stringProp>
          <stringProp name="HTTPSampler.method">GET</stringProp>
        </HTTPSamplerProxy>
        <hashTree>
          <ResponseAssertion guiclass="AssertionGui" testclass="ResponseAssertion" testname="Status 200" enabled="true">
            <collectionProp name="Asserion.test_strings">
              <stringProp name="49586">200</stringProp>
            </collectionProp>
            <stringProp name="Assertion.test_field">Assertion.response_code</stringProp>
            <intProp name="Assertion.test_type">8</intProp>
          </ResponseAssertion>
          <hashTree/>
        </hashTree>
        <JSR223PostProcessor guiclass="TestBeanGUI" testclass="JSR223PostProcessor" testname="Prepare" enabled="true">
          <stringProp name="scriptLanguage">javascript</stringProp>
          <stringProp name="cacheKey">true</stringProp>
          <stringProp name="filename"></stringProp>
          <stringProp name="script">vars.put("id", "1")</stringProp>
        </JSR223PostProcessor>
        <hashTree/>
      </hashTree>
    </hashTree>
  </hashTree>
</jmeterTestPlan>
`}],good:[{file:"plan.jmx",code:`<?xml version="1.0" encoding="UTF-8"?>
<jmeterTestPlan version="1.2" properties="5.0" jmeter="5.6.3">
  <hashTree>
    <TestPlan guiclass="TestPlanGui" testclass="TestPlan" testname="Checkout" enabled="true">
    </TestPlan>
    <hashTree>
      <ThreadGroup guiclass="ThreadGroupGui" testclass="ThreadGroup" testname="Shoppers" enabled="true">
        <stringProp name="ThreadGroup.num_threads">\${__P(threads,50)}</stringProp>
        <stringProp name="ThreadGroup.ramp_time">\${__P(rampup,60)}</stringProp>
        <boolProp name="ThreadGroup.scheduler">true</boolProp>
        <stringProp name="ThreadGroup.duration">\${__P(duration,600)}</stringProp>
        <elementProp name="ThreadGroup.main_controller" elementType="LoopController" guiclass="LoopControlPanel" testclass="LoopController" testname="Loop Controller" enabled="true">
          <stringProp name="LoopController.loops">-1</stringProp>
        </elementProp>
      </ThreadGroup>
      <hashTree>
        <UniformRandomTimer guiclass="UniformRandomTimerGui" testclass="UniformRandomTimer" testname="Think" enabled="true">
          <stringProp name="ConstantTimer.delay">1000</stringProp>
          <stringProp name="RandomTimer.range">2000</stringProp>
        </UniformRandomTimer>
        <hashTree/>
        <HTTPSamplerProxy guiclass="HttpTestSampleGui" testclass="HTTPSamplerProxy" testname="Home" enabled="true">
          <stringProp name="HTTPSampler.domain">\${__P(host,localhost)}</stringProp>
          <stringProp name="HTTPSampler.protocol">https</stringProp>
          <stringProp name="HTTPSampler.path">/</stringProp>
          <stringProp name="HTTPSampler.method">GET</stringProp>
        </HTTPSamplerProxy>
        <hashTree>
          <ResponseAssertion guiclass="AssertionGui" testclass="ResponseAssertion" testname="Status 200" enabled="true">
            <collectionProp name="Asserion.test_strings">
              <stringProp name="49586">200</stringProp>
            </collectionProp>
            <stringProp name="Assertion.test_field">Assertion.response_code</stringProp>
            <intProp name="Assertion.test_type">8</intProp>
          </ResponseAssertion>
          <hashTree/>
        </hashTree>
        <JSR223PostProcessor guiclass="TestBeanGUI" testclass="JSR223PostProcessor" testname="Prepare" enabled="true">
          <stringProp name="scriptLanguage">groovy</stringProp>
          <stringProp name="cacheKey">true</stringProp>
          <stringProp name="filename"></stringProp>
          <stringProp name="script">vars.put("id", "1")</stringProp>
        </JSR223PostProcessor>
        <hashTree/>
      </hashTree>
    </hashTree>
  </hashTree>
</jmeterTestPlan>
`}]},"jmeter/jsr223-variable-interpolation":{bad:[{file:"plan.jmx",lines:[46],code:`<?xml version="1.0" encoding="UTF-8"?>
<jmeterTestPlan version="1.2" properties="5.0" jmeter="5.6.3">
  <hashTree>
    <TestPlan guiclass="TestPlanGui" testclass="TestPlan" testname="Checkout" enabled="true">
    </TestPlan>
    <hashTree>
      <ThreadGroup guiclass="ThreadGroupGui" testclass="ThreadGroup" testname="Shoppers" enabled="true">
        <stringProp name="ThreadGroup.num_threads">\${__P(threads,50)}</stringProp>
        <stringProp name="ThreadGroup.ramp_time">\${__P(rampup,60)}</stringProp>
        <boolProp name="ThreadGroup.scheduler">true</boolProp>
        <stringProp name="ThreadGroup.duration">\${__P(duration,600)}</stringProp>
        <elementProp name="ThreadGroup.main_controller" elementType="LoopController" guiclass="LoopControlPanel" testclass="LoopController" testname="Loop Controller" enabled="true">
          <stringProp name="LoopController.loops">-1</stringProp>
        </elementProp>
      </ThreadGroup>
      <hashTree>
        <CSVDataSet guiclass="TestBeanGUI" testclass="CSVDataSet" testname="Users" enabled="true">
          <stringProp name="filename">users.csv</stringProp>
          <stringProp name="variableNames">username,password</stringProp>
          <boolProp name="recycle">true</boolProp>
          <boolProp name="stopThread">false</boolProp>
          <stringProp name="shareMode">shareMode.all</stringProp>
        </CSVDataSet>
        <hashTree/>
        <UniformRandomTimer guiclass="UniformRandomTimerGui" testclass="UniformRandomTimer" testname="Think" enabled="true">
          <stringProp name="ConstantTimer.delay">1000</stringProp>
          <stringProp name="RandomTimer.range">2000</stringProp>
        </UniformRandomTimer>
        <hashTree/>
        <HTTPSamplerProxy guiclass="HttpTestSampleGui" testclass="HTTPSamplerProxy" testname="Home" enabled="true">
          <stringProp name="HTTPSampler.domain">\${__P(host,localhost)}</stringProp>
          <stringProp name="HTTPSampler.protocol">https</stringProp>
          <stringProp name="HTTPSampler.path">/</stringProp>
          <stringProp name="HTTPSampler.method">GET</stringProp>
        </HTTPSamplerProxy>
        <hashTree>
          <ResponseAssertion guiclass="AssertionGui" testclass="ResponseAssertion" testname="Status 200" enabled="true">
            <collectionProp name="Asserion.test_strings">
              <stringProp name="49586">200</stringProp>
            </collectionProp>
            <stringProp name="Assertion.test_field">Assertion.response_code</stringProp>
            <intProp name="Assertion.test_type">8</intProp>
          </ResponseAssertion>
          <hashTree/>
        </hashTree>
        <JSR223PreProcessor guiclass="TestBeanGUI" testclass="JSR223PreProcessor" testname="Prepare" enabled="true">
          <stringProp name="scriptLanguage">groovy</stringProp>
          <stringProp name="cacheKey">true</stringProp>
          <stringProp name="filename"></stringProp>
          <stringProp name="script">log.info("user \${username}")</stringProp>
        </JSR223PreProcessor>
        <hashTree/>
      </hashTree>
    </hashTree>
  </hashTree>
</jmeterTestPlan>
`}],good:[{file:"plan.jmx",code:`<?xml version="1.0" encoding="UTF-8"?>
<jmeterTestPlan version="1.2" properties="5.0" jmeter="5.6.3">
  <hashTree>
    <TestPlan guiclass="TestPlanGui" testclass="TestPlan" testname="Checkout" enabled="true">
    </TestPlan>
    <hashTree>
      <ThreadGroup guiclass="ThreadGroupGui" testclass="ThreadGroup" testname="Shoppers" enabled="true">
        <stringProp name="ThreadGroup.num_threads">\${__P(threads,50)}</stringProp>
        <stringProp name="ThreadGroup.ramp_time">\${__P(rampup,60)}</stringProp>
        <boolProp name="ThreadGroup.scheduler">true</boolProp>
        <stringProp name="ThreadGroup.duration">\${__P(duration,600)}</stringProp>
        <elementProp name="ThreadGroup.main_controller" elementType="LoopController" guiclass="LoopControlPanel" testclass="LoopController" testname="Loop Controller" enabled="true">
          <stringProp name="LoopController.loops">-1</stringProp>
        </elementProp>
      </ThreadGroup>
      <hashTree>
        <CSVDataSet guiclass="TestBeanGUI" testclass="CSVDataSet" testname="Users" enabled="true">
          <stringProp name="filename">users.csv</stringProp>
          <stringProp name="variableNames">username,password</stringProp>
          <boolProp name="recycle">true</boolProp>
          <boolProp name="stopThread">false</boolProp>
          <stringProp name="shareMode">shareMode.all</stringProp>
        </CSVDataSet>
        <hashTree/>
        <UniformRandomTimer guiclass="UniformRandomTimerGui" testclass="UniformRandomTimer" testname="Think" enabled="true">
          <stringProp name="ConstantTimer.delay">1000</stringProp>
          <stringProp name="RandomTimer.range">2000</stringProp>
        </UniformRandomTimer>
        <hashTree/>
        <HTTPSamplerProxy guiclass="HttpTestSampleGui" testclass="HTTPSamplerProxy" testname="Home" enabled="true">
          <stringProp name="HTTPSampler.domain">\${__P(host,localhost)}</stringProp>
          <stringProp name="HTTPSampler.protocol">https</stringProp>
          <stringProp name="HTTPSampler.path">/</stringProp>
          <stringProp name="HTTPSampler.method">GET</stringProp>
        </HTTPSamplerProxy>
        <hashTree>
          <ResponseAssertion guiclass="AssertionGui" testclass="ResponseAssertion" testname="Status 200" enabled="true">
            <collectionProp name="Asserion.test_strings">
              <stringProp name="49586">200</stringProp>
            </collectionProp>
            <stringProp name="Assertion.test_field">Assertion.response_code</stringProp>
            <intProp name="Assertion.test_type">8</intProp>
          </ResponseAssertion>
          <hashTree/>
        </hashTree>
        <JSR223PreProcessor guiclass="TestBeanGUI" testclass="JSR223PreProcessor" testname="Prepare" enabled="true">
          <stringProp name="scriptLanguage">groovy</stringProp>
          <stringProp name="cacheKey">true</stringProp>
          <stringProp name="filename"></stringProp>
          <stringProp name="script">def name = vars.get("username"); log.info("user \${name}")</stringProp>
        </JSR223PreProcessor>
        <hashTree/>
      </hashTree>
    </hashTree>
  </hashTree>
</jmeterTestPlan>
`}]},"jmeter/listener-saves-response-data":{bad:[{file:"plan.jmx",lines:[7],code:`<?xml version="1.0" encoding="UTF-8"?>
<jmeterTestPlan version="1.2" properties="5.0" jmeter="5.6.3">
  <hashTree>
    <TestPlan guiclass="TestPlanGui" testclass="TestPlan" testname="Checkout" enabled="true">
    </TestPlan>
    <hashTree>
      <ResultCollector guiclass="SimpleDataWriter" testclass="ResultCollector" testname="Results" enabled="true">
        <boolProp name="ResultCollector.error_logging">false</boolProp>
        <objProp>
          <name>saveConfig</name>
          <value class="SampleSaveConfiguration">
            <time>true</time>
            <xml>true</xml>
            <responseData>false</responseData>
            <samplerData>false</samplerData>
          </value>
        </objProp>
        <stringProp name="filename">results.jtl</stringProp>
      </ResultCollector>
      <hashTree/>
      <ThreadGroup guiclass="ThreadGroupGui" testclass="ThreadGroup" testname="Shoppers" enabled="true">
        <stringProp name="ThreadGroup.num_threads">\${__P(threads,50)}</stringProp>
        <stringProp name="ThreadGroup.ramp_time">\${__P(rampup,60)}</stringProp>
        <boolProp name="ThreadGroup.scheduler">true</boolProp>
        <stringProp name="ThreadGroup.duration">\${__P(duration,600)}</stringProp>
        <elementProp name="ThreadGroup.main_controller" elementType="LoopController" guiclass="LoopControlPanel" testclass="LoopController" testname="Loop Controller" enabled="true">
          <stringProp name="LoopController.loops">-1</stringProp>
        </elementProp>
      </ThreadGroup>
      <hashTree>
        <UniformRandomTimer guiclass="UniformRandomTimerGui" testclass="UniformRandomTimer" testname="Think" enabled="true">
          <stringProp name="ConstantTimer.delay">1000</stringProp>
          <stringProp name="RandomTimer.range">2000</stringProp>
        </UniformRandomTimer>
        <hashTree/>
        <HTTPSamplerProxy guiclass="HttpTestSampleGui" testclass="HTTPSamplerProxy" testname="Home" enabled="true">
          <stringProp name="HTTPSampler.domain">\${__P(host,localhost)}</stringProp>
          <stringProp name="HTTPSampler.protocol">https</stringProp>
          <stringProp name="HTTPSampler.path">/</stringProp>
          <stringProp name="HTTPSampler.method">GET</stringProp>
        </HTTPSamplerProxy>
        <hashTree>
          <ResponseAssertion guiclass="AssertionGui" testclass="ResponseAssertion" testname="Status 200" enabled="true">
            <collectionProp name="Asserion.test_strings">
              <stringProp name="49586">200</stringProp>
            </collectionProp>
            <stringProp name="Assertion.test_field">Assertion.response_code</stringProp>
            <intProp name="Assertion.test_type">8</intProp>
          </ResponseAssertion>
          <hashTree/>
        </hashTree>
      </hashTree>
    </hashTree>
  </hashTree>
</jmeterTestPlan>
`},{file:"plan.jmx",lines:[7],code:`<?xml version="1.0" encoding="UTF-8"?>
<jmeterTestPlan version="1.2" properties="5.0" jmeter="5.6.3">
  <hashTree>
    <TestPlan guiclass="TestPlanGui" testclass="TestPlan" testname="Checkout" enabled="true">
    </TestPlan>
    <hashTree>
      <ResultCollector guiclass="SimpleDataWriter" testclass="ResultCollector" testname="Results" enabled="true">
        <boolProp name="ResultCollector.error_logging">false</boolProp>
        <objProp>
          <name>saveConfig</name>
          <value class="SampleSaveConfiguration">
            <time>true</time>
            <xml>false</xml>
            <responseData>true</responseData>
            <samplerData>false</samplerData>
          </value>
        </objProp>
        <stringProp name="filename">results.jtl</stringProp>
      </ResultCollector>
      <hashTree/>
      <ThreadGroup guiclass="ThreadGroupGui" testclass="ThreadGroup" testname="Shoppers" enabled="true">
        <stringProp name="ThreadGroup.num_threads">\${__P(threads,50)}</stringProp>
        <stringProp name="ThreadGroup.ramp_time">\${__P(rampup,60)}</stringProp>
        <boolProp name="ThreadGroup.scheduler">true</boolProp>
        <stringProp name="ThreadGroup.duration">\${__P(duration,600)}</stringProp>
        <elementProp name="ThreadGroup.main_controller" elementType="LoopController" guiclass="LoopControlPanel" testclass="LoopController" testname="Loop Controller" enabled="true">
          <stringProp name="LoopController.loops">-1</stringProp>
        </elementProp>
      </ThreadGroup>
      <hashTree>
        <UniformRandomTimer guiclass="UniformRandomTimerGui" testclass="UniformRandomTimer" testname="Think" enabled="true">
          <stringProp name="ConstantTimer.delay">1000</stringProp>
          <stringProp name="RandomTimer.range">2000</stringProp>
        </UniformRandomTimer>
        <hashTree/>
        <HTTPSamplerProxy guiclass="HttpTestSampleGui" testclass="HTTPSamplerProxy" testname="Home" enabled="true">
          <stringProp name="HTTPSampler.domain">\${__P(host,localhost)}</stringProp>
          <stringProp name="HTTPSampler.protocol">https</stringProp>
          <stringProp name="HTTPSampler.path">/</stringProp>
          <stringProp name="HTTPSampler.method">GET</stringProp>
        </HTTPSamplerProxy>
        <hashTree>
          <ResponseAssertion guiclass="AssertionGui" testclass="ResponseAssertion" testname="Status 200" enabled="true">
            <collectionProp name="Asserion.test_strings">
              <stringProp name="49586">200</stringProp>
            </collectionProp>
            <stringProp name="Assertion.test_field">Assertion.response_code</stringProp>
            <intProp name="Assertion.test_type">8</intProp>
          </ResponseAssertion>
          <hashTree/>
        </hashTree>
      </hashTree>
    </hashTree>
  </hashTree>
</jmeterTestPlan>
`}],good:[{file:"plan.jmx",code:`<?xml version="1.0" encoding="UTF-8"?>
<jmeterTestPlan version="1.2" properties="5.0" jmeter="5.6.3">
  <hashTree>
    <TestPlan guiclass="TestPlanGui" testclass="TestPlan" testname="Checkout" enabled="true">
    </TestPlan>
    <hashTree>
      <ResultCollector guiclass="SimpleDataWriter" testclass="ResultCollector" testname="Results" enabled="true">
        <boolProp name="ResultCollector.error_logging">false</boolProp>
        <objProp>
          <name>saveConfig</name>
          <value class="SampleSaveConfiguration">
            <time>true</time>
            <xml>false</xml>
            <responseData>false</responseData>
            <samplerData>false</samplerData>
          </value>
        </objProp>
        <stringProp name="filename">results.jtl</stringProp>
      </ResultCollector>
      <hashTree/>
      <ThreadGroup guiclass="ThreadGroupGui" testclass="ThreadGroup" testname="Shoppers" enabled="true">
        <stringProp name="ThreadGroup.num_threads">\${__P(threads,50)}</stringProp>
        <stringProp name="ThreadGroup.ramp_time">\${__P(rampup,60)}</stringProp>
        <boolProp name="ThreadGroup.scheduler">true</boolProp>
        <stringProp name="ThreadGroup.duration">\${__P(duration,600)}</stringProp>
        <elementProp name="ThreadGroup.main_controller" elementType="LoopController" guiclass="LoopControlPanel" testclass="LoopController" testname="Loop Controller" enabled="true">
          <stringProp name="LoopController.loops">-1</stringProp>
        </elementProp>
      </ThreadGroup>
      <hashTree>
        <UniformRandomTimer guiclass="UniformRandomTimerGui" testclass="UniformRandomTimer" testname="Think" enabled="true">
          <stringProp name="ConstantTimer.delay">1000</stringProp>
          <stringProp name="RandomTimer.range">2000</stringProp>
        </UniformRandomTimer>
        <hashTree/>
        <HTTPSamplerProxy guiclass="HttpTestSampleGui" testclass="HTTPSamplerProxy" testname="Home" enabled="true">
          <stringProp name="HTTPSampler.domain">\${__P(host,localhost)}</stringProp>
          <stringProp name="HTTPSampler.protocol">https</stringProp>
          <stringProp name="HTTPSampler.path">/</stringProp>
          <stringProp name="HTTPSampler.method">GET</stringProp>
        </HTTPSamplerProxy>
        <hashTree>
          <ResponseAssertion guiclass="AssertionGui" testclass="ResponseAssertion" testname="Status 200" enabled="true">
            <collectionProp name="Asserion.test_strings">
              <stringProp name="49586">200</stringProp>
            </collectionProp>
            <stringProp name="Assertion.test_field">Assertion.response_code</stringProp>
            <intProp name="Assertion.test_type">8</intProp>
          </ResponseAssertion>
          <hashTree/>
        </hashTree>
      </hashTree>
    </hashTree>
  </hashTree>
</jmeterTestPlan>
`}]},"jmeter/threads-per-generator":{bad:[{file:"plan.jmx",lines:[8],code:`<?xml version="1.0" encoding="UTF-8"?>
<jmeterTestPlan version="1.2" properties="5.0" jmeter="5.6.3">
  <hashTree>
    <TestPlan guiclass="TestPlanGui" testclass="TestPlan" testname="Checkout" enabled="true">
    </TestPlan>
    <hashTree>
      <ThreadGroup guiclass="ThreadGroupGui" testclass="ThreadGroup" testname="Shoppers" enabled="true">
        <stringProp name="ThreadGroup.num_threads">5000</stringProp>
        <stringProp name="ThreadGroup.ramp_time">\${__P(rampup,60)}</stringProp>
        <boolProp name="ThreadGroup.scheduler">true</boolProp>
        <stringProp name="ThreadGroup.duration">\${__P(duration,600)}</stringProp>
        <elementProp name="ThreadGroup.main_controller" elementType="LoopController" guiclass="LoopControlPanel" testclass="LoopController" testname="Loop Controller" enabled="true">
          <stringProp name="LoopController.loops">-1</stringProp>
        </elementProp>
      </ThreadGroup>
      <hashTree>
        <UniformRandomTimer guiclass="UniformRandomTimerGui" testclass="UniformRandomTimer" testname="Think" enabled="true">
          <stringProp name="ConstantTimer.delay">1000</stringProp>
          <stringProp name="RandomTimer.range">2000</stringProp>
        </UniformRandomTimer>
        <hashTree/>
        <HTTPSamplerProxy guiclass="HttpTestSampleGui" testclass="HTTPSamplerProxy" testname="Home" enabled="true">
          <stringProp name="HTTPSampler.domain">\${__P(host,localhost)}</stringProp>
          <stringProp name="HTTPSampler.protocol">https</stringProp>
          <stringProp name="HTTPSampler.path">/</stringProp>
          <stringProp name="HTTPSampler.method">GET</stringProp>
        </HTTPSamplerProxy>
        <hashTree>
          <ResponseAssertion guiclass="AssertionGui" testclass="ResponseAssertion" testname="Status 200" enabled="true">
            <collectionProp name="Asserion.test_strings">
              <stringProp name="49586">200</stringProp>
            </collectionProp>
            <stringProp name="Assertion.test_field">Assertion.response_code</stringProp>
            <intProp name="Assertion.test_type">8</intProp>
          </ResponseAssertion>
          <hashTree/>
        </hashTree>
      </hashTree>
    </hashTree>
  </hashTree>
</jmeterTestPlan>
`}],good:[{file:"plan.jmx",code:`<?xml version="1.0" encoding="UTF-8"?>
<jmeterTestPlan version="1.2" properties="5.0" jmeter="5.6.3">
  <hashTree>
    <TestPlan guiclass="TestPlanGui" testclass="TestPlan" testname="Checkout" enabled="true">
    </TestPlan>
    <hashTree>
      <ThreadGroup guiclass="ThreadGroupGui" testclass="ThreadGroup" testname="Shoppers" enabled="true">
        <stringProp name="ThreadGroup.num_threads">\${__P(threads,50)}</stringProp>
        <stringProp name="ThreadGroup.ramp_time">\${__P(rampup,60)}</stringProp>
        <boolProp name="ThreadGroup.scheduler">true</boolProp>
        <stringProp name="ThreadGroup.duration">\${__P(duration,600)}</stringProp>
        <elementProp name="ThreadGroup.main_controller" elementType="LoopController" guiclass="LoopControlPanel" testclass="LoopController" testname="Loop Controller" enabled="true">
          <stringProp name="LoopController.loops">-1</stringProp>
        </elementProp>
      </ThreadGroup>
      <hashTree>
        <UniformRandomTimer guiclass="UniformRandomTimerGui" testclass="UniformRandomTimer" testname="Think" enabled="true">
          <stringProp name="ConstantTimer.delay">1000</stringProp>
          <stringProp name="RandomTimer.range">2000</stringProp>
        </UniformRandomTimer>
        <hashTree/>
        <HTTPSamplerProxy guiclass="HttpTestSampleGui" testclass="HTTPSamplerProxy" testname="Home" enabled="true">
          <stringProp name="HTTPSampler.domain">\${__P(host,localhost)}</stringProp>
          <stringProp name="HTTPSampler.protocol">https</stringProp>
          <stringProp name="HTTPSampler.path">/</stringProp>
          <stringProp name="HTTPSampler.method">GET</stringProp>
        </HTTPSamplerProxy>
        <hashTree>
          <ResponseAssertion guiclass="AssertionGui" testclass="ResponseAssertion" testname="Status 200" enabled="true">
            <collectionProp name="Asserion.test_strings">
              <stringProp name="49586">200</stringProp>
            </collectionProp>
            <stringProp name="Assertion.test_field">Assertion.response_code</stringProp>
            <intProp name="Assertion.test_type">8</intProp>
          </ResponseAssertion>
          <hashTree/>
        </hashTree>
      </hashTree>
    </hashTree>
  </hashTree>
</jmeterTestPlan>
`}]},"k6/abort-on-fail-without-delay":{bad:[{file:"script.js",lines:[6],code:`import http from 'k6/http';

export const options = {
  vus: 20,
  duration: '10m',
  thresholds: { http_req_failed: [{ threshold: 'rate<0.05', abortOnFail: true }] },
};

export default function () {
  http.get('https://quickpizza.grafana.com/');
}
`}],good:[{file:"script.js",code:`import http from 'k6/http';

export const options = {
  vus: 20,
  duration: '10m',
  thresholds: { http_req_failed: [{ threshold: 'rate<0.05', abortOnFail: true, delayAbortEval: '1m' }] },
};

export default function () {
  http.get('https://quickpizza.grafana.com/');
}
`}]},"k6/arrival-rate-maxvus":{bad:[{file:"script.js",lines:[11],code:`import http from 'k6/http';

export const options = {
  scenarios: {
    api: {
      executor: 'constant-arrival-rate',
      rate: 100,
      timeUnit: '1s',
      duration: '10m',
      preAllocatedVUs: 10,
      maxVUs: 500,
    },
  },
};

export default function () {
  http.get('https://quickpizza.grafana.com/');
}
`}],good:[{file:"script.js",code:`import http from 'k6/http';

export const options = {
  scenarios: {
    api: {
      executor: 'constant-arrival-rate',
      rate: 100,
      timeUnit: '1s',
      duration: '10m',
      preAllocatedVUs: 60,
    },
  },
};

export default function () {
  http.get('https://quickpizza.grafana.com/');
}
`}]},"k6/checks-without-thresholds":{bad:[{file:"script.js",lines:[5],code:`import http from 'k6/http';
import { check } from 'k6';

export const options = {
  thresholds: {
    http_req_duration: ['p(95)<500'],
  },
};

export default function () {
  const res = http.get('https://quickpizza.grafana.com/');
  check(res, { 'status is 200': (r) => r.status === 200 });
}
`}],good:[{file:"script.js",code:`import http from 'k6/http';
import { check } from 'k6';

export const options = {
  thresholds: {
    http_req_duration: ['p(95)<500'],
    'checks{type:status}': ['rate>0.99'],
  },
};

export default function () {
  const res = http.get('https://quickpizza.grafana.com/');
  check(res, { 'status is 200': (r) => r.status === 200 }, { type: 'status' });
}
`},{file:"script.js",code:`import http from 'k6/http';
import { check } from 'k6';
import { Rate } from 'k6/metrics';

// Failed checks feed a custom Rate, and its threshold fails the run.
const failures = new Rate('failed_checks');

export const options = {
  thresholds: {
    failed_checks: ['rate<0.01'],
  },
};

export default function () {
  const res = http.get('https://quickpizza.grafana.com/');
  const ok = check(res, { 'status is 200': (r) => r.status === 200 });
  failures.add(!ok);
}
`}]},"k6/connection-reuse-disabled":{bad:[{file:"script.js",lines:[6],code:`import http from 'k6/http';

export const options = {
  vus: 10,
  duration: '1m',
  noConnectionReuse: true,
  thresholds: { http_req_failed: ['rate<0.01'] },
};

export default function () {
  http.get(\`\${__ENV.BASE_URL}/\`);
}
`}],good:[{file:"script.js",code:`import http from 'k6/http';

export const options = {
  vus: 10,
  duration: '1m',
  thresholds: { http_req_failed: ['rate<0.01'] },
};

export default function () {
  http.get(\`\${__ENV.BASE_URL}/\`);
}
`}]},"k6/deprecated-api":{bad:[{file:"script.js",lines:[1,6],code:`import { WebSocket } from 'k6/experimental/websockets';

export const options = {
  vus: 1,
  ext: {
    loadimpact: {
      projectID: 3456789,
      name: 'chat',
    },
  },
  thresholds: { checks: ['rate>0.99'] },
};

export default function () {
  const ws = new WebSocket(\`\${__ENV.WS_URL}/chat\`);
  ws.onopen = () => ws.close();
}
`},{file:"browser.js",lines:[1],code:`import { browser } from 'k6/experimental/browser';

export const options = {
  scenarios: {
    ui: { executor: 'shared-iterations', options: { browser: { type: 'chromium' } } },
  },
};

export default async function () {
  const page = browser.newPage();
  await page.goto(__ENV.BASE_URL);
  page.close();
}
`}],good:[{file:"script.js",code:`import { WebSocket } from 'k6/websockets';

export const options = {
  vus: 1,
  cloud: {
    projectID: 3456789,
    name: 'chat',
  },
  thresholds: { checks: ['rate>0.99'] },
};

export default function () {
  const ws = new WebSocket(\`\${__ENV.WS_URL}/chat\`);
  ws.onopen = () => ws.close();
}
`}]},"k6/discard-response-bodies":{bad:[{file:"script.js",lines:[4],code:`import http from 'k6/http';

export const options = {
  stages: [
    { duration: '5m', target: 1000 },
    { duration: '20m', target: 1000 },
    { duration: '5m', target: 0 },
  ],
};

export default function () {
  http.get('https://quickpizza.grafana.com/');
}
`}],good:[{file:"script.js",code:`import http from 'k6/http';

export const options = {
  discardResponseBodies: true,
  stages: [
    { duration: '5m', target: 1000 },
    { duration: '20m', target: 1000 },
    { duration: '5m', target: 0 },
  ],
};

export default function () {
  http.get('https://quickpizza.grafana.com/');
}
`}]},"k6/handle-summary-drops-output":{bad:[{file:"script.js",lines:[12],code:`import http from 'k6/http';
import { htmlReport } from 'https://raw.githubusercontent.com/benc-uk/k6-reporter/main/dist/bundle.js';

export const options = {
  thresholds: { http_req_failed: ['rate<0.01'] },
};

export default function () {
  http.get(\`\${__ENV.BASE_URL}/\`);
}

export function handleSummary(data) {
  return { 'summary.html': htmlReport(data) };
}
`}],good:[{file:"script.js",code:`import http from 'k6/http';
import { textSummary } from 'https://jslib.k6.io/k6-summary/0.0.2/index.js';
import { htmlReport } from 'https://raw.githubusercontent.com/benc-uk/k6-reporter/main/dist/bundle.js';

export const options = {
  thresholds: { http_req_failed: ['rate<0.01'] },
};

export default function () {
  http.get(\`\${__ENV.BASE_URL}/\`);
}

export function handleSummary(data) {
  return {
    stdout: textSummary(data, { indent: ' ', enableColors: false }),
    'summary.html': htmlReport(data),
  };
}
`}]},"k6/http-debug-enabled":{bad:[{file:"script.js",lines:[7],code:`import http from 'k6/http';

export const options = {
  vus: 10,
  duration: '1m',
  thresholds: { http_req_failed: ['rate<0.01'] },
  httpDebug: 'full',
};

export default function () {
  http.get(\`\${__ENV.BASE_URL}/\`);
}
`}],good:[{file:"script.js",code:`import http from 'k6/http';

export const options = {
  vus: 10,
  duration: '1m',
  thresholds: { http_req_failed: ['rate<0.01'] },
};

export default function () {
  http.get(\`\${__ENV.BASE_URL}/\`);
}
`}]},"k6/init-only-api-in-vu-code":{bad:[{file:"script.js",lines:[11,12],code:`import http from 'k6/http';
import { Trend } from 'k6/metrics';

export const options = {
  vus: 10,
  duration: '1m',
  thresholds: { http_req_failed: ['rate<0.01'] },
};

export default function () {
  const users = JSON.parse(open('./users.json'));
  const loginTime = new Trend('login_time');
  const res = http.post(\`\${__ENV.BASE_URL}/login\`, users[__VU % users.length]);
  loginTime.add(res.timings.duration);
}
`}],good:[{file:"script.js",code:`import http from 'k6/http';
import { SharedArray } from 'k6/data';
import { Trend } from 'k6/metrics';

export const options = {
  vus: 10,
  duration: '1m',
  thresholds: { http_req_failed: ['rate<0.01'] },
};

const users = new SharedArray('users', () => JSON.parse(open('./users.json')));
const loginTime = new Trend('login_time');

export default function () {
  const res = http.post(\`\${__ENV.BASE_URL}/login\`, users[__VU % users.length]);
  loginTime.add(res.timings.duration);
}
`}]},"k6/iterations-as-throughput-test":{bad:[{file:"script.js",lines:[5],code:`import http from 'k6/http';

export const options = {
  scenarios: {
    throughput: {
      executor: 'shared-iterations',
      vus: 50,
      iterations: 100000,
      maxDuration: '10m',
    },
  },
  thresholds: {
    http_reqs: ['rate>200'],
  },
};

export default function () {
  http.get('https://quickpizza.grafana.com/api/ratings');
}
`}],good:[{file:"script.js",code:`import http from 'k6/http';

export const options = {
  scenarios: {
    throughput: {
      executor: 'constant-arrival-rate',
      rate: 200,
      timeUnit: '1s',
      duration: '10m',
      preAllocatedVUs: 100,
    },
  },
  thresholds: {
    http_reqs: ['rate>190'],
  },
};

export default function () {
  http.get('https://quickpizza.grafana.com/api/ratings');
}
`},{file:"script.js",code:`import http from 'k6/http';

export const options = {
  vus: 10,
  iterations: 500,
  thresholds: {
    http_req_duration: ['p(95)<500'],
  },
};

export default function () {
  http.get('https://quickpizza.grafana.com/api/ratings');
}
`}]},"k6/missing-exec-function":{bad:[{file:"script.js",lines:[5,6],code:`import http from 'k6/http';

export const options = {
  scenarios: {
    browse: { executor: 'constant-vus', vus: 5, duration: '1m' },
    checkout: { executor: 'constant-vus', vus: 5, duration: '1m', exec: 'checkOut' },
  },
};

export function checkout() {
  http.post(\`\${__ENV.BASE_URL}/api/checkout\`);
}

function browse() {
  http.get(\`\${__ENV.BASE_URL}/\`);
}
`}],good:[{file:"script.js",code:`import http from 'k6/http';

export const options = {
  scenarios: {
    browse: { executor: 'constant-vus', vus: 5, duration: '1m' },
    checkout: { executor: 'constant-vus', vus: 5, duration: '1m', exec: 'checkout' },
  },
};

export function checkout() {
  http.post(\`\${__ENV.BASE_URL}/api/checkout\`);
}

export default function () {
  http.get(\`\${__ENV.BASE_URL}/\`);
}
`},{file:"options.js",code:`export const options = {
  vus: 5,
  duration: '1m',
  thresholds: { http_req_failed: ['rate<0.01'] },
};
`}]},"k6/open-outside-sharedarray":{bad:[{file:"script.js",lines:[8],sizes:{"users.json":42e5},code:`import http from 'k6/http';

export const options = {
  vus: 200,
  duration: '10m',
  thresholds: { http_req_failed: ['rate<0.01'] },
};
const users = JSON.parse(open('./users.json'));

export default function () {
  http.get(\`\${__ENV.BASE_URL}/users/\${users[__VU % users.length].id}\`);
}
`}],good:[{file:"script.js",sizes:{"users.json":42e5},code:`import http from 'k6/http';
import { SharedArray } from 'k6/data';

export const options = {
  vus: 200,
  duration: '10m',
  thresholds: { http_req_failed: ['rate<0.01'] },
};
const users = new SharedArray('users', () => JSON.parse(open('./users.json')));

export default function () {
  http.get(\`\${__ENV.BASE_URL}/users/\${users[__VU % users.length].id}\`);
}
`}]},"k6/option-exported-outside-options":{bad:[{file:"script.js",lines:[3,10],code:`import http from 'k6/http';

export const scenarios = {
  browse: { executor: 'constant-vus', vus: 20, duration: '5m' },
};

export const options = {
  tags: { team: 'shop' },
};
export const thresholds = { http_req_failed: ['rate<0.01'] };

export default function () {
  http.get(\`\${__ENV.BASE_URL}/\`);
}
`}],good:[{file:"script.js",code:`import http from 'k6/http';

export const scenarios = {
  browse: { executor: 'constant-vus', vus: 20, duration: '5m' },
};

export const options = {
  scenarios,
  thresholds: { http_req_failed: ['rate<0.01'] },
};

export default function () {
  http.get(\`\${__ENV.BASE_URL}/\`);
}
`}]},"k6/options-duplicate-key":{bad:[{file:"script.js",lines:[5],code:`import http from 'k6/http';

export const options = {
  scenarios: {
    browse: { executor: 'constant-vus', vus: 10, duration: '5m' },
    checkout: { executor: 'constant-vus', vus: 2, duration: '5m', exec: 'checkout' },
    browse: { executor: 'constant-vus', vus: 50, duration: '5m' },
  },
  thresholds: { http_req_failed: ['rate<0.01'] },
};

export function checkout() {
  http.post(\`\${__ENV.BASE_URL}/api/checkout\`);
}

export default function () {
  http.get(\`\${__ENV.BASE_URL}/\`);
}
`}],good:[{file:"script.js",code:`import http from 'k6/http';

const base = { executor: 'constant-vus', vus: 10, duration: '5m' };

export const options = {
  scenarios: {
    browse: { ...base, vus: 50 },
    checkout: { ...base, vus: 2, exec: 'checkout' },
  },
  thresholds: { http_req_failed: ['rate<0.01'] },
};

export function checkout() {
  http.post(\`\${__ENV.BASE_URL}/api/checkout\`);
}

export default function () {
  http.get(\`\${__ENV.BASE_URL}/\`);
}
`}]},"k6/sleep-in-arrival-rate":{bad:[{file:"script.js",lines:[18],code:`import http from 'k6/http';
import { sleep } from 'k6';

export const options = {
  scenarios: {
    orders: {
      executor: 'constant-arrival-rate',
      rate: 50,
      timeUnit: '1s',
      duration: '5m',
      preAllocatedVUs: 100,
    },
  },
};

export default function () {
  http.post('https://quickpizza.grafana.com/api/pizza', '{}');
  sleep(1);
}
`}],good:[{file:"script.js",code:`import http from 'k6/http';
import { sleep } from 'k6';

export const options = {
  scenarios: {
    orders: {
      executor: 'constant-arrival-rate',
      rate: 50,
      timeUnit: '1s',
      duration: '5m',
      preAllocatedVUs: 100,
    },
  },
};

export default function () {
  http.get('https://quickpizza.grafana.com/');
  sleep(1);
  http.post('https://quickpizza.grafana.com/api/pizza', '{}');
}
`}]},"k6/threshold-aggregation-mismatch":{bad:[{file:"script.js",lines:[8,9,10],code:`import http from 'k6/http';
import { Trend } from 'k6/metrics';

const checkoutTime = new Trend('checkout_time', true);

export const options = {
  thresholds: {
    http_req_failed: ['p(95)<0.01'],
    http_req_duration: ['rate<0.01'],
    checkout_time: ['count<100'],
  },
};

export default function () {
  const res = http.get('https://quickpizza.grafana.com/');
  checkoutTime.add(res.timings.duration);
}
`}],good:[{file:"script.js",code:`import http from 'k6/http';
import { Trend } from 'k6/metrics';

const checkoutTime = new Trend('checkout_time', true);

export const options = {
  thresholds: {
    http_req_failed: ['rate<0.01'],
    http_req_duration: ['p(95)<500'],
    checkout_time: ['p(99)<800'],
    http_reqs: ['count>100', 'rate>10'],
    vus: ['value<=50'],
  },
};

export default function () {
  const res = http.get('https://quickpizza.grafana.com/');
  checkoutTime.add(res.timings.duration);
}
`}]},"k6/threshold-duplicate-key":{bad:[{file:"script.js",lines:[5],code:`import http from 'k6/http';

export const options = {
  thresholds: {
    http_req_duration: ['p(95)<500'],
    'http_req_duration': ['p(99)<1500'],
  },
};

export default function () {
  http.get('https://quickpizza.grafana.com/');
}
`}],good:[{file:"script.js",code:`import http from 'k6/http';

const common = { http_req_failed: ['rate<0.05'] };

export const options = {
  thresholds: {
    ...common,
    http_req_failed: ['rate<0.01'],
    http_req_duration: ['p(95)<500', 'p(99)<1500'],
  },
};

export default function () {
  http.get('https://quickpizza.grafana.com/');
}
`}]},"k6/threshold-invalid-expression":{bad:[{file:"script.js",lines:[5,6,7],code:`import http from 'k6/http';

export const options = {
  thresholds: {
    http_req_duration: ['p95 < 500'],
    http_req_failed: ['rate < 1%'],
    'http_req_duration{name}': ['p(99)<1500'],
  },
};

export default function () {
  http.get('https://quickpizza.grafana.com/');
}
`}],good:[{file:"script.js",code:`import http from 'k6/http';

export const options = {
  thresholds: {
    http_req_duration: ['p(95) < 500', { threshold: 'p(99)<1500', abortOnFail: true, delayAbortEval: '30s' }],
    http_req_failed: ['rate<0.01'],
    'http_req_duration{name:home}': ['p(99)<1500'],
  },
};

export default function () {
  http.get('https://quickpizza.grafana.com/', { tags: { name: 'home' } });
}
`}]},"k6/threshold-metric-not-emitted":{bad:[{file:"script.js",lines:[6,7],code:`import grpc from 'k6/net/grpc';
import { check } from 'k6';

export const options = {
  thresholds: {
    http_req_duration: ['p(95)<300'],
    http_req_failed: ['rate<0.01'],
    checks: ['rate>0.99'],
  },
};

const client = new grpc.Client();
client.load(['definitions'], 'hello.proto');

export default () => {
  client.connect(__ENV.GRPC_ADDR, {});
  const res = client.invoke('hello.HelloService/SayHello', { greeting: 'Bert' });
  check(res, { 'status is OK': (r) => r && r.status === grpc.StatusOK });
  client.close();
};
`}],good:[{file:"script.js",code:`import grpc from 'k6/net/grpc';
import { check } from 'k6';

export const options = {
  thresholds: {
    grpc_req_duration: ['p(95)<300'],
    checks: ['rate>0.99'],
  },
};

const client = new grpc.Client();
client.load(['definitions'], 'hello.proto');

export default () => {
  client.connect(__ENV.GRPC_ADDR, {});
  const res = client.invoke('hello.HelloService/SayHello', { greeting: 'Bert' });
  check(res, { 'status is OK': (r) => r && r.status === grpc.StatusOK });
  client.close();
};
`}]},"k6/threshold-unknown-metric":{bad:[{file:"script.js",lines:[6],code:`import http from 'k6/http';
import { check } from 'k6';

export const options = {
  thresholds: {
    'status is 200': ['rate>0.99'],
  },
};

export default function () {
  const res = http.get('https://quickpizza.grafana.com/');
  check(res, { 'status is 200': (r) => r.status === 200 });
}
`},{file:"script.js",lines:[5,6],code:`import http from 'k6/http';

export const options = {
  thresholds: {
    http_req_duraton: ['p(95)<500'],
    'login time': ['p(95)<800'],
  },
};

export default function () {
  http.get('https://quickpizza.grafana.com/');
}
`}],good:[{file:"script.js",code:`import http from 'k6/http';
import { Trend } from 'k6/metrics';

const loginTime = new Trend('login_time', true);

export const options = {
  thresholds: {
    http_req_duration: ['p(95)<500'],
    'http_req_duration{scenario:default}': ['p(99)<900'],
    login_time: ['p(95)<800'],
    checks: ['rate>0.99'],
  },
};

export default function () {
  const res = http.get('https://quickpizza.grafana.com/');
  loginTime.add(res.timings.duration);
}
`}]},"locust/abrupt-spawn":{bad:[{file:"locustfile.py",lines:[5],code:`from locust import LoadTestShape

class Spike(LoadTestShape):
    stages = [
        {"duration": 300, "users": 500, "spawn_rate": 500},
    ]

    def tick(self):
        run_time = self.get_run_time()
        for stage in self.stages:
            if run_time < stage["duration"]:
                return stage["users"], stage["spawn_rate"]
        return None
`}],good:[{file:"locustfile.py",code:`from locust import LoadTestShape

class Ramp(LoadTestShape):
    stages = [
        {"duration": 120, "users": 500, "spawn_rate": 5},
        {"duration": 420, "users": 500, "spawn_rate": 5},
    ]

    def tick(self):
        run_time = self.get_run_time()
        for stage in self.stages:
            if run_time < stage["duration"]:
                return stage["users"], stage["spawn_rate"]
        return None
`}]},"locust/catch-response-without-with":{bad:[{file:"locustfile.py",lines:[9],code:`from locust import HttpUser, between, task


class Shopper(HttpUser):
    wait_time = between(1, 3)

    @task
    def cart(self):
        response = self.client.get("/cart", catch_response=True)
        if response.status_code != 200:
            response.failure("cart not served")
`}],good:[{file:"locustfile.py",code:`from locust import HttpUser, between, task


class Shopper(HttpUser):
    wait_time = between(1, 3)

    @task
    def cart(self):
        with self.client.get("/cart", catch_response=True) as response:
            if response.status_code != 200:
                response.failure("cart not served")
`}]},"locust/deprecated-api":{bad:[{file:"locustfile.py",lines:[1,8,9,10],code:`from locust import HttpLocust, TaskSet, task

class UserBehavior(TaskSet):
    @task
    def index(self):
        self.client.get("/")

class WebsiteUser(HttpLocust):
    task_set = UserBehavior
    min_wait = 1000
    max_wait = 3000
`}],good:[{file:"locustfile.py",code:`from locust import HttpUser, TaskSet, task, between

class UserBehavior(TaskSet):
    @task
    def index(self):
        self.client.get("/")

class WebsiteUser(HttpUser):
    tasks = [UserBehavior]
    wait_time = between(1, 3)
`}]},"locust/missing-wait-time":{bad:[{file:"locustfile.py",lines:[3],code:`from locust import HttpUser, task

class ShopUser(HttpUser):
    @task
    def browse(self):
        self.client.get("/")
        self.client.get("/cart")
`}],good:[{file:"locustfile.py",code:`from locust import HttpUser, task, between

class ShopUser(HttpUser):
    wait_time = between(1, 5)

    @task
    def browse(self):
        self.client.get("/")
        self.client.get("/cart")
`}]},"locust/no-latency-criteria":{bad:[{file:"locustfile.py",lines:[3],code:`from locust import HttpUser, task, between

class ShopUser(HttpUser):
    wait_time = between(1, 5)

    @task
    def index(self):
        self.client.get("/")
`}],good:[{file:"locustfile.py",code:`from locust import HttpUser, task, between, events

class ShopUser(HttpUser):
    wait_time = between(1, 5)

    @task
    def index(self):
        self.client.get("/")

@events.quitting.add_listener
def _(environment, **kw):
    if environment.stats.total.get_response_time_percentile(0.95) > 800:
        environment.process_exit_code = 1
`}]},"locust/shape-stage-unreachable":{bad:[{file:"locustfile.py",lines:[6],code:`from locust import LoadTestShape

class Steps(LoadTestShape):
    stages = [
        {"duration": 60, "users": 10, "spawn_rate": 1},
        {"duration": 60, "users": 50, "spawn_rate": 1},
    ]

    def tick(self):
        run_time = self.get_run_time()
        for stage in self.stages:
            if run_time < stage["duration"]:
                return stage["users"], stage["spawn_rate"]
        return None
`}],good:[{file:"locustfile.py",code:`from locust import LoadTestShape

class Steps(LoadTestShape):
    stages = [
        {"duration": 60, "users": 10, "spawn_rate": 1},
        {"duration": 120, "users": 50, "spawn_rate": 1},
    ]

    def tick(self):
        run_time = self.get_run_time()
        for stage in self.stages:
            if run_time < stage["duration"]:
                return stage["users"], stage["spawn_rate"]
        return None
`}]},"locust/user-without-tasks":{bad:[{file:"locustfile.py",lines:[4],code:`from locust import HttpUser, between

class SuiteUser(HttpUser):
    tasks = []
    wait_time = between(1, 3)
`}],good:[{file:"locustfile.py",code:`from locust import HttpUser, task, between

class BaseUser(HttpUser):
    abstract = True
    wait_time = between(1, 3)

class SuiteUser(BaseUser):
    @task
    def index(self):
        self.client.get("/")
`}]},"locust/wait-time-in-milliseconds":{bad:[{file:"locustfile.py",lines:[4],code:`from locust import HttpUser, task, between

class WebsiteUser(HttpUser):
    wait_time = between(1000, 3000)

    @task
    def index(self):
        self.client.get("/")
`}],good:[{file:"locustfile.py",code:`from locust import HttpUser, task, between

class WebsiteUser(HttpUser):
    wait_time = between(1, 3)

    @task
    def index(self):
        self.client.get("/")
`}]},"locust/zero-wait-time":{bad:[{file:"locustfile.py",lines:[4],code:`from locust import HttpUser, task, constant

class ApiUser(HttpUser):
    wait_time = constant(0)

    @task
    def items(self):
        self.client.get("/items")
`}],good:[{file:"locustfile.py",code:`from locust import HttpUser, task, constant_throughput

class ApiUser(HttpUser):
    wait_time = constant_throughput(2)

    @task
    def items(self):
        self.client.get("/items")
`}]},"missing-response-validation":{bad:[{file:"load.yml",lines:[9],code:`execution:
- concurrency: 20
  ramp-up: 1m
  hold-for: 5m
  scenario: shop
scenarios:
  shop:
    requests:
    - url: \${BASE_URL}/cart
    - url: \${BASE_URL}/checkout
      method: POST
`},{file:"script.js",lines:[5],code:`import http from 'k6/http';
import { sleep } from 'k6';

export default function () {
  http.get(\`\${__ENV.BASE_URL}/api/cart\`);
  sleep(1);
}
`},{file:"test.yml",lines:[8],code:`config:
  target: "{{ $processEnvironment.TARGET }}"
  phases:
    - duration: 60
      arrivalRate: 1
scenarios:
  - flow:
      - get:
          url: /api/cart
`},{file:"locustfile.py",lines:[8],code:`from locust import HttpUser, task, between

class ShopUser(HttpUser):
    wait_time = between(1, 3)

    @task
    def cart(self):
        self.client.get("/cart")
`},{file:"plan.jmx",lines:[22],code:`<?xml version="1.0" encoding="UTF-8"?>
<jmeterTestPlan version="1.2" properties="5.0" jmeter="5.6.3">
  <hashTree>
    <TestPlan guiclass="TestPlanGui" testclass="TestPlan" testname="Checkout" enabled="true">
    </TestPlan>
    <hashTree>
      <ThreadGroup guiclass="ThreadGroupGui" testclass="ThreadGroup" testname="Shoppers" enabled="true">
        <stringProp name="ThreadGroup.num_threads">\${__P(threads,50)}</stringProp>
        <stringProp name="ThreadGroup.ramp_time">\${__P(rampup,60)}</stringProp>
        <boolProp name="ThreadGroup.scheduler">true</boolProp>
        <stringProp name="ThreadGroup.duration">\${__P(duration,600)}</stringProp>
        <elementProp name="ThreadGroup.main_controller" elementType="LoopController" guiclass="LoopControlPanel" testclass="LoopController" testname="Loop Controller" enabled="true">
          <stringProp name="LoopController.loops">-1</stringProp>
        </elementProp>
      </ThreadGroup>
      <hashTree>
        <UniformRandomTimer guiclass="UniformRandomTimerGui" testclass="UniformRandomTimer" testname="Think" enabled="true">
          <stringProp name="ConstantTimer.delay">1000</stringProp>
          <stringProp name="RandomTimer.range">2000</stringProp>
        </UniformRandomTimer>
        <hashTree/>
        <HTTPSamplerProxy guiclass="HttpTestSampleGui" testclass="HTTPSamplerProxy" testname="Home" enabled="true">
          <stringProp name="HTTPSampler.domain">\${__P(host,localhost)}</stringProp>
          <stringProp name="HTTPSampler.protocol">https</stringProp>
          <stringProp name="HTTPSampler.path">/</stringProp>
          <stringProp name="HTTPSampler.method">GET</stringProp>
        </HTTPSamplerProxy>
        <hashTree>
        </hashTree>
      </hashTree>
    </hashTree>
  </hashTree>
</jmeterTestPlan>
`},{file:"ShopSimulation.kt",lines:[6],code:`import io.gatling.javaapi.core.*
import io.gatling.javaapi.core.CoreDsl.*
import io.gatling.javaapi.http.HttpDsl.*

class ShopSimulation : Simulation() {
  val scn = scenario("Shop").exec(http("home").get("/")).pause(1).exec(http("cart").get("/cart"))
  init { setUp(scn.injectOpen(rampUsers(10).during(60))).protocols(http.baseUrl(System.getenv("BASE_URL"))) }
}
`}],good:[{file:"script.js",code:`import http from 'k6/http';
import { check, sleep } from 'k6';

export default function () {
  const res = http.get(\`\${__ENV.BASE_URL}/api/cart\`);
  check(res, { 'status is 200': (r) => r.status === 200 });
  sleep(1);
}
`},{file:"test.yml",code:`config:
  target: "{{ $processEnvironment.TARGET }}"
  phases:
    - duration: 60
      arrivalRate: 1
  plugins:
    expect: {}
scenarios:
  - flow:
      - get:
          url: /api/cart
          expect:
            - statusCode: 200
`},{file:"script.js",code:`// Validation comes from a library: nothing is reported.
import http from 'k6/http';
import { expect } from 'https://jslib.k6.io/k6chaijs/4.3.4.3/index.js';

export default function () {
  const res = http.get(\`\${__ENV.BASE_URL}/api/cart\`);
  expect(res.status).to.equal(200);
}
`},{file:"locustfile.py",code:`from locust import HttpUser, task, between

class ShopUser(HttpUser):
    wait_time = between(1, 3)

    @task
    def cart(self):
        with self.client.get("/cart", catch_response=True) as response:
            if "items" not in response.text:
                response.failure("cart page without items")
`},{file:"plan.jmx",code:`<?xml version="1.0" encoding="UTF-8"?>
<jmeterTestPlan version="1.2" properties="5.0" jmeter="5.6.3">
  <hashTree>
    <TestPlan guiclass="TestPlanGui" testclass="TestPlan" testname="Checkout" enabled="true">
    </TestPlan>
    <hashTree>
      <ThreadGroup guiclass="ThreadGroupGui" testclass="ThreadGroup" testname="Shoppers" enabled="true">
        <stringProp name="ThreadGroup.num_threads">\${__P(threads,50)}</stringProp>
        <stringProp name="ThreadGroup.ramp_time">\${__P(rampup,60)}</stringProp>
        <boolProp name="ThreadGroup.scheduler">true</boolProp>
        <stringProp name="ThreadGroup.duration">\${__P(duration,600)}</stringProp>
        <elementProp name="ThreadGroup.main_controller" elementType="LoopController" guiclass="LoopControlPanel" testclass="LoopController" testname="Loop Controller" enabled="true">
          <stringProp name="LoopController.loops">-1</stringProp>
        </elementProp>
      </ThreadGroup>
      <hashTree>
        <UniformRandomTimer guiclass="UniformRandomTimerGui" testclass="UniformRandomTimer" testname="Think" enabled="true">
          <stringProp name="ConstantTimer.delay">1000</stringProp>
          <stringProp name="RandomTimer.range">2000</stringProp>
        </UniformRandomTimer>
        <hashTree/>
        <HTTPSamplerProxy guiclass="HttpTestSampleGui" testclass="HTTPSamplerProxy" testname="Home" enabled="true">
          <stringProp name="HTTPSampler.domain">\${__P(host,localhost)}</stringProp>
          <stringProp name="HTTPSampler.protocol">https</stringProp>
          <stringProp name="HTTPSampler.path">/</stringProp>
          <stringProp name="HTTPSampler.method">GET</stringProp>
        </HTTPSamplerProxy>
        <hashTree>
          <ResponseAssertion guiclass="AssertionGui" testclass="ResponseAssertion" testname="Status 200" enabled="true">
            <collectionProp name="Asserion.test_strings">
              <stringProp name="49586">200</stringProp>
            </collectionProp>
            <stringProp name="Assertion.test_field">Assertion.response_code</stringProp>
            <intProp name="Assertion.test_type">8</intProp>
          </ResponseAssertion>
          <hashTree/>
        </hashTree>
      </hashTree>
    </hashTree>
  </hashTree>
</jmeterTestPlan>
`}]},"missing-think-time":{bad:[{file:"script.js",lines:[9],code:`import http from 'k6/http';

export const options = {
  scenarios: {
    browse: { executor: 'constant-vus', vus: 20, duration: '5m' },
  },
};

export default function () {
  http.get(\`\${__ENV.BASE_URL}/\`);
  http.get(\`\${__ENV.BASE_URL}/api/cart\`);
}
`},{file:"test.yml",lines:[8],code:`config:
  target: "{{ $processEnvironment.TARGET }}"
  phases:
    - duration: 300
      arrivalRate: 10
scenarios:
  - name: browse
    flow:
      - get:
          url: /
      - get:
          url: /api/cart
`},{file:"plan.jmx",lines:[7],code:`<?xml version="1.0" encoding="UTF-8"?>
<jmeterTestPlan version="1.2" properties="5.0" jmeter="5.6.3">
  <hashTree>
    <TestPlan guiclass="TestPlanGui" testclass="TestPlan" testname="Checkout" enabled="true">
    </TestPlan>
    <hashTree>
      <ThreadGroup guiclass="ThreadGroupGui" testclass="ThreadGroup" testname="Shoppers" enabled="true">
        <stringProp name="ThreadGroup.num_threads">\${__P(threads,50)}</stringProp>
        <stringProp name="ThreadGroup.ramp_time">\${__P(rampup,60)}</stringProp>
        <boolProp name="ThreadGroup.scheduler">true</boolProp>
        <stringProp name="ThreadGroup.duration">\${__P(duration,600)}</stringProp>
        <elementProp name="ThreadGroup.main_controller" elementType="LoopController" guiclass="LoopControlPanel" testclass="LoopController" testname="Loop Controller" enabled="true">
          <stringProp name="LoopController.loops">-1</stringProp>
        </elementProp>
      </ThreadGroup>
      <hashTree>
        <HTTPSamplerProxy guiclass="HttpTestSampleGui" testclass="HTTPSamplerProxy" testname="Home" enabled="true">
          <stringProp name="HTTPSampler.domain">\${__P(host,localhost)}</stringProp>
          <stringProp name="HTTPSampler.protocol">https</stringProp>
          <stringProp name="HTTPSampler.path">/</stringProp>
          <stringProp name="HTTPSampler.method">GET</stringProp>
        </HTTPSamplerProxy>
        <hashTree>
          <ResponseAssertion guiclass="AssertionGui" testclass="ResponseAssertion" testname="Status 200" enabled="true">
            <collectionProp name="Asserion.test_strings">
              <stringProp name="49586">200</stringProp>
            </collectionProp>
            <stringProp name="Assertion.test_field">Assertion.response_code</stringProp>
            <intProp name="Assertion.test_type">8</intProp>
          </ResponseAssertion>
          <hashTree/>
        </hashTree>
        <HTTPSamplerProxy guiclass="HttpTestSampleGui" testclass="HTTPSamplerProxy" testname="Cart" enabled="true">
          <stringProp name="HTTPSampler.domain">\${__P(host,localhost)}</stringProp>
          <stringProp name="HTTPSampler.protocol">https</stringProp>
          <stringProp name="HTTPSampler.path">/cart</stringProp>
          <stringProp name="HTTPSampler.method">GET</stringProp>
        </HTTPSamplerProxy>
        <hashTree>
          <ResponseAssertion guiclass="AssertionGui" testclass="ResponseAssertion" testname="Status 200" enabled="true">
            <collectionProp name="Asserion.test_strings">
              <stringProp name="49586">200</stringProp>
            </collectionProp>
            <stringProp name="Assertion.test_field">Assertion.response_code</stringProp>
            <intProp name="Assertion.test_type">8</intProp>
          </ResponseAssertion>
          <hashTree/>
        </hashTree>
      </hashTree>
    </hashTree>
  </hashTree>
</jmeterTestPlan>
`}],good:[{file:"script.js",code:`import http from 'k6/http';
import { sleep } from 'k6';

export const options = {
  scenarios: {
    browse: { executor: 'constant-vus', vus: 20, duration: '5m' },
  },
};

export default function () {
  http.get(\`\${__ENV.BASE_URL}/\`);
  sleep(1);
  http.get(\`\${__ENV.BASE_URL}/api/cart\`);
  sleep(2);
}
`},{file:"script.js",code:`// Arrival-rate executors pace iterations: no sleep needed.
import http from 'k6/http';

export const options = {
  scenarios: {
    api: { executor: 'constant-arrival-rate', rate: 50, timeUnit: '1s', duration: '5m', preAllocatedVUs: 20 },
  },
};

export default function () {
  http.get(\`\${__ENV.BASE_URL}/api/cart\`);
}
`},{file:"test.yml",code:`config:
  target: "{{ $processEnvironment.TARGET }}"
  phases:
    - duration: 300
      arrivalRate: 10
scenarios:
  - name: browse
    flow:
      - get:
          url: /
      - think: 2
      - get:
          url: /api/cart
`},{file:"plan.jmx",code:`<?xml version="1.0" encoding="UTF-8"?>
<jmeterTestPlan version="1.2" properties="5.0" jmeter="5.6.3">
  <hashTree>
    <TestPlan guiclass="TestPlanGui" testclass="TestPlan" testname="Checkout" enabled="true">
    </TestPlan>
    <hashTree>
      <ThreadGroup guiclass="ThreadGroupGui" testclass="ThreadGroup" testname="Shoppers" enabled="true">
        <stringProp name="ThreadGroup.num_threads">\${__P(threads,50)}</stringProp>
        <stringProp name="ThreadGroup.ramp_time">\${__P(rampup,60)}</stringProp>
        <boolProp name="ThreadGroup.scheduler">true</boolProp>
        <stringProp name="ThreadGroup.duration">\${__P(duration,600)}</stringProp>
        <elementProp name="ThreadGroup.main_controller" elementType="LoopController" guiclass="LoopControlPanel" testclass="LoopController" testname="Loop Controller" enabled="true">
          <stringProp name="LoopController.loops">-1</stringProp>
        </elementProp>
      </ThreadGroup>
      <hashTree>
        <UniformRandomTimer guiclass="UniformRandomTimerGui" testclass="UniformRandomTimer" testname="Think" enabled="true">
          <stringProp name="ConstantTimer.delay">1000</stringProp>
          <stringProp name="RandomTimer.range">2000</stringProp>
        </UniformRandomTimer>
        <hashTree/>
        <HTTPSamplerProxy guiclass="HttpTestSampleGui" testclass="HTTPSamplerProxy" testname="Home" enabled="true">
          <stringProp name="HTTPSampler.domain">\${__P(host,localhost)}</stringProp>
          <stringProp name="HTTPSampler.protocol">https</stringProp>
          <stringProp name="HTTPSampler.path">/</stringProp>
          <stringProp name="HTTPSampler.method">GET</stringProp>
        </HTTPSamplerProxy>
        <hashTree>
          <ResponseAssertion guiclass="AssertionGui" testclass="ResponseAssertion" testname="Status 200" enabled="true">
            <collectionProp name="Asserion.test_strings">
              <stringProp name="49586">200</stringProp>
            </collectionProp>
            <stringProp name="Assertion.test_field">Assertion.response_code</stringProp>
            <intProp name="Assertion.test_type">8</intProp>
          </ResponseAssertion>
          <hashTree/>
        </hashTree>
        <HTTPSamplerProxy guiclass="HttpTestSampleGui" testclass="HTTPSamplerProxy" testname="Cart" enabled="true">
          <stringProp name="HTTPSampler.domain">\${__P(host,localhost)}</stringProp>
          <stringProp name="HTTPSampler.protocol">https</stringProp>
          <stringProp name="HTTPSampler.path">/cart</stringProp>
          <stringProp name="HTTPSampler.method">GET</stringProp>
        </HTTPSamplerProxy>
        <hashTree>
          <ResponseAssertion guiclass="AssertionGui" testclass="ResponseAssertion" testname="Status 200" enabled="true">
            <collectionProp name="Asserion.test_strings">
              <stringProp name="49586">200</stringProp>
            </collectionProp>
            <stringProp name="Assertion.test_field">Assertion.response_code</stringProp>
            <intProp name="Assertion.test_type">8</intProp>
          </ResponseAssertion>
          <hashTree/>
        </hashTree>
      </hashTree>
    </hashTree>
  </hashTree>
</jmeterTestPlan>
`}]},"no-pass-fail-criteria":{bad:[{file:"script.js",lines:[4],code:`import http from 'k6/http';
import { check, sleep } from 'k6';

export const options = {
  vus: 20,
  duration: '5m',
};

export default function () {
  const res = http.get(\`\${__ENV.BASE_URL}/api/cart\`);
  check(res, { 'status is 200': (r) => r.status === 200 });
  sleep(1);
}
`},{file:"script.js",lines:[4],code:`import http from 'k6/http';
import { sleep } from 'k6';

export default function () {
  http.get(\`\${__ENV.BASE_URL}/api/cart\`);
  sleep(1);
}
`},{file:"test.yml",lines:[1],code:`config:
  target: "{{ $processEnvironment.TARGET }}"
  phases:
    - duration: 300
      arrivalRate: 10
scenarios:
  - flow:
      - get:
          url: /api/cart
`},{file:"CartSimulation.java",lines:[10],code:`import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;

import io.gatling.javaapi.core.*;

public class CartSimulation extends Simulation {
  ScenarioBuilder scn = scenario("Cart").exec(http("cart").get("/api/cart").check(status().is(200))).pause(1);

  {
    setUp(scn.injectOpen(rampUsers(100).during(60)))
        .protocols(http.baseUrl(System.getenv("BASE_URL")));
  }
}
`}],good:[{file:"script.js",code:`import http from 'k6/http';
import { check, sleep } from 'k6';

export const options = {
  vus: 20,
  duration: '5m',
  thresholds: {
    http_req_failed: ['rate<0.01'],
    http_req_duration: ['p(95)<500'],
  },
};

export default function () {
  const res = http.get(\`\${__ENV.BASE_URL}/api/cart\`);
  check(res, { 'status is 200': (r) => r.status === 200 });
  sleep(1);
}
`},{file:"test.yml",code:`config:
  target: "{{ $processEnvironment.TARGET }}"
  phases:
    - duration: 300
      arrivalRate: 10
  plugins:
    ensure:
      thresholds:
        - http.response_time.p95: 500
      maxErrorRate: 1
scenarios:
  - flow:
      - get:
          url: /api/cart
`},{file:"script.js",code:`// Thresholds come from a shared file we cannot read: nothing is reported.
import http from 'k6/http';

export const options = { ...JSON.parse(open('./load.json')), vus: 20, duration: '5m' };

export default function () {
  http.get(\`\${__ENV.BASE_URL}/api/cart\`);
}
`}]},"no-ramp-down":{bad:[{file:"script.js",lines:[7],code:`import http from 'k6/http';
import { sleep } from 'k6';

export const options = {
  stages: [
    { duration: '2m', target: 100 },
    { duration: '10m', target: 100 },
  ],
};

export default function () {
  http.get(\`\${__ENV.BASE_URL}/api/cart\`);
  sleep(1);
}
`},{file:"test.yml",lines:[8],code:`config:
  target: "{{ $processEnvironment.TARGET }}"
  phases:
    - duration: 60
      arrivalRate: 1
      rampTo: 50
      name: warm-up
    - duration: 600
      arrivalRate: 50
      name: sustained
scenarios:
  - flow:
      - get:
          url: /api/cart
`}],good:[{file:"script.js",code:`import http from 'k6/http';
import { sleep } from 'k6';

export const options = {
  stages: [
    { duration: '2m', target: 100 },
    { duration: '10m', target: 100 },
    { duration: '1m', target: 0 },
  ],
};

export default function () {
  http.get(\`\${__ENV.BASE_URL}/api/cart\`);
  sleep(1);
}
`},{file:"test.yml",code:`config:
  target: "{{ $processEnvironment.TARGET }}"
  phases:
    - duration: 60
      arrivalRate: 1
      rampTo: 50
      name: warm-up
    - duration: 600
      arrivalRate: 50
      name: sustained
    - duration: 60
      arrivalRate: 50
      rampTo: 1
      name: ramp-down
scenarios:
  - flow:
      - get:
          url: /api/cart
`}]},"no-ramp-up":{bad:[{file:"load.yml",lines:[2],code:`execution:
- concurrency: 200
  hold-for: 10m
  scenario: home
scenarios:
  home:
    requests:
    - url: \${BASE_URL}/
`},{file:"script.js",lines:[5],code:`import http from 'k6/http';
import { sleep } from 'k6';

export const options = {
  vus: 50, duration: '5m',
  thresholds: { http_req_failed: ['rate<0.01'] },
};

export default function () {
  http.get(\`\${__ENV.BASE_URL}/api/cart\`);
  sleep(1);
}
`},{file:"script.js",lines:[7],code:`import http from 'k6/http';

export const options = {
  scenarios: {
    orders: {
      // Full rate from the first second.
      executor: 'constant-arrival-rate',
      rate: 100,
      duration: '10m',
      preAllocatedVUs: 50,
    },
  },
  thresholds: { http_req_failed: ['rate<0.01'] },
};

export default function () {
  http.get(\`\${__ENV.BASE_URL}/api/orders\`);
}
`},{file:"test.yml",lines:[4],code:`config:
  target: "{{ $processEnvironment.TARGET }}"
  phases:
    - duration: 600
      arrivalRate: 50
scenarios:
  - flow:
      - get:
          url: /api/cart
`},{file:"plan.jmx",lines:[9],code:`<?xml version="1.0" encoding="UTF-8"?>
<jmeterTestPlan version="1.2" properties="5.0" jmeter="5.6.3">
  <hashTree>
    <TestPlan guiclass="TestPlanGui" testclass="TestPlan" testname="Checkout" enabled="true">
    </TestPlan>
    <hashTree>
      <ThreadGroup guiclass="ThreadGroupGui" testclass="ThreadGroup" testname="Shoppers" enabled="true">
        <stringProp name="ThreadGroup.num_threads">\${__P(threads,50)}</stringProp>
        <stringProp name="ThreadGroup.ramp_time">0</stringProp>
        <boolProp name="ThreadGroup.scheduler">true</boolProp>
        <stringProp name="ThreadGroup.duration">\${__P(duration,600)}</stringProp>
        <elementProp name="ThreadGroup.main_controller" elementType="LoopController" guiclass="LoopControlPanel" testclass="LoopController" testname="Loop Controller" enabled="true">
          <stringProp name="LoopController.loops">-1</stringProp>
        </elementProp>
      </ThreadGroup>
      <hashTree>
        <UniformRandomTimer guiclass="UniformRandomTimerGui" testclass="UniformRandomTimer" testname="Think" enabled="true">
          <stringProp name="ConstantTimer.delay">1000</stringProp>
          <stringProp name="RandomTimer.range">2000</stringProp>
        </UniformRandomTimer>
        <hashTree/>
        <HTTPSamplerProxy guiclass="HttpTestSampleGui" testclass="HTTPSamplerProxy" testname="Home" enabled="true">
          <stringProp name="HTTPSampler.domain">\${__P(host,localhost)}</stringProp>
          <stringProp name="HTTPSampler.protocol">https</stringProp>
          <stringProp name="HTTPSampler.path">/</stringProp>
          <stringProp name="HTTPSampler.method">GET</stringProp>
        </HTTPSamplerProxy>
        <hashTree>
          <ResponseAssertion guiclass="AssertionGui" testclass="ResponseAssertion" testname="Status 200" enabled="true">
            <collectionProp name="Asserion.test_strings">
              <stringProp name="49586">200</stringProp>
            </collectionProp>
            <stringProp name="Assertion.test_field">Assertion.response_code</stringProp>
            <intProp name="Assertion.test_type">8</intProp>
          </ResponseAssertion>
          <hashTree/>
        </hashTree>
      </hashTree>
    </hashTree>
  </hashTree>
</jmeterTestPlan>
`}],good:[{file:"script.js",code:`import http from 'k6/http';
import { sleep } from 'k6';

export const options = {
  stages: [
    { duration: '1m', target: 50 },
    { duration: '5m', target: 50 },
    { duration: '1m', target: 0 },
  ],
  thresholds: { http_req_failed: ['rate<0.01'] },
};

export default function () {
  http.get(\`\${__ENV.BASE_URL}/api/cart\`);
  sleep(1);
}
`},{file:"test.yml",code:`config:
  target: "{{ $processEnvironment.TARGET }}"
  phases:
    - duration: 60
      arrivalRate: 1
      rampTo: 50
      name: warm-up
    - duration: 600
      arrivalRate: 50
scenarios:
  - flow:
      - get:
          url: /api/cart
`},{file:"script.js",code:`// A spike test starts high on purpose.
import http from 'k6/http';

export const options = {
  scenarios: {
    spike: { executor: 'constant-vus', vus: 500, duration: '2m' },
  },
};

export default function () {
  http.get(\`\${__ENV.BASE_URL}/api/cart\`);
}
`},{file:"script.js",code:`// A fixed number of iterations shared by 50 VUs: the executor has no stages to ramp.
import http from 'k6/http';
import { sleep } from 'k6';

export const options = {
  scenarios: {
    import: { executor: 'shared-iterations', vus: 50, iterations: 5000, maxDuration: '30m' },
  },
  thresholds: { http_req_failed: ['rate<0.01'] },
};

export default function () {
  http.post(\`\${__ENV.BASE_URL}/api/import\`, '{}');
  sleep(1);
}
`},{file:"plan.jmx",code:`<?xml version="1.0" encoding="UTF-8"?>
<jmeterTestPlan version="1.2" properties="5.0" jmeter="5.6.3">
  <hashTree>
    <TestPlan guiclass="TestPlanGui" testclass="TestPlan" testname="Checkout" enabled="true">
    </TestPlan>
    <hashTree>
      <ThreadGroup guiclass="ThreadGroupGui" testclass="ThreadGroup" testname="Shoppers" enabled="true">
        <stringProp name="ThreadGroup.num_threads">\${__P(threads,50)}</stringProp>
        <stringProp name="ThreadGroup.ramp_time">\${__P(rampup,60)}</stringProp>
        <boolProp name="ThreadGroup.scheduler">true</boolProp>
        <stringProp name="ThreadGroup.duration">\${__P(duration,600)}</stringProp>
        <elementProp name="ThreadGroup.main_controller" elementType="LoopController" guiclass="LoopControlPanel" testclass="LoopController" testname="Loop Controller" enabled="true">
          <stringProp name="LoopController.loops">-1</stringProp>
        </elementProp>
      </ThreadGroup>
      <hashTree>
        <UniformRandomTimer guiclass="UniformRandomTimerGui" testclass="UniformRandomTimer" testname="Think" enabled="true">
          <stringProp name="ConstantTimer.delay">1000</stringProp>
          <stringProp name="RandomTimer.range">2000</stringProp>
        </UniformRandomTimer>
        <hashTree/>
        <HTTPSamplerProxy guiclass="HttpTestSampleGui" testclass="HTTPSamplerProxy" testname="Home" enabled="true">
          <stringProp name="HTTPSampler.domain">\${__P(host,localhost)}</stringProp>
          <stringProp name="HTTPSampler.protocol">https</stringProp>
          <stringProp name="HTTPSampler.path">/</stringProp>
          <stringProp name="HTTPSampler.method">GET</stringProp>
        </HTTPSamplerProxy>
        <hashTree>
          <ResponseAssertion guiclass="AssertionGui" testclass="ResponseAssertion" testname="Status 200" enabled="true">
            <collectionProp name="Asserion.test_strings">
              <stringProp name="49586">200</stringProp>
            </collectionProp>
            <stringProp name="Assertion.test_field">Assertion.response_code</stringProp>
            <intProp name="Assertion.test_type">8</intProp>
          </ResponseAssertion>
          <hashTree/>
        </hashTree>
      </hashTree>
    </hashTree>
  </hashTree>
</jmeterTestPlan>
`}]},"soak-too-short":{bad:[{file:"soak.js",lines:[4],code:`import http from 'k6/http';

export const options = {
  stages: [
    { duration: '1m', target: 50 },
    { duration: '8m', target: 50 },
    { duration: '1m', target: 0 },
  ],
  thresholds: { http_req_failed: ['rate<0.01'] },
};

export default function () {
  http.get(\`\${__ENV.BASE_URL}/api/cart\`);
}
`},{file:"endurance.yml",lines:[4],code:`config:
  target: "{{ $processEnvironment.TARGET }}"
  phases:
    - duration: 60
      arrivalRate: 1
      rampTo: 20
    - duration: 600
      arrivalRate: 20
scenarios:
  - flow:
      - get:
          url: /api/cart
`}],good:[{file:"soak.js",code:`import http from 'k6/http';

export const options = {
  stages: [
    { duration: '5m', target: 50 },
    { duration: '4h', target: 50 },
    { duration: '5m', target: 0 },
  ],
  thresholds: { http_req_failed: ['rate<0.01'] },
};

export default function () {
  http.get(\`\${__ENV.BASE_URL}/api/cart\`);
}
`},{file:"load.js",code:`// Not declared a soak test: ten minutes is an ordinary load test.
import http from 'k6/http';

export const options = {
  stages: [
    { duration: '1m', target: 50 },
    { duration: '8m', target: 50 },
    { duration: '1m', target: 0 },
  ],
  thresholds: { http_req_failed: ['rate<0.01'] },
};

export default function () {
  http.get(\`\${__ENV.BASE_URL}/api/cart\`);
}
`},{file:"soak.js",code:`// The duration comes from the environment: not judged.
import http from 'k6/http';

export const options = {
  vus: 50,
  duration: __ENV.DURATION,
  thresholds: { http_req_failed: ['rate<0.01'] },
};

export default function () {
  http.get(\`\${__ENV.BASE_URL}/api/cart\`);
}
`}]},"stress-without-plateau":{bad:[{file:"stress.js",lines:[4],code:`import http from 'k6/http';

export const options = {
  stages: [
    { duration: '10m', target: 400 },
    { duration: '5m', target: 0 },
  ],
  thresholds: { http_req_failed: ['rate<0.01'] },
};

export default function () {
  http.get(\`\${__ENV.BASE_URL}/api/cart\`);
}
`},{file:"stress-test.yml",lines:[4],code:`config:
  target: "{{ $processEnvironment.TARGET }}"
  phases:
    - duration: 600
      arrivalRate: 1
      rampTo: 200
    - duration: 120
      arrivalRate: 200
      rampTo: 1
scenarios:
  - flow:
      - get:
          url: /api/cart
`}],good:[{file:"stress.js",code:`import http from 'k6/http';

export const options = {
  stages: [
    { duration: '10m', target: 400 },
    { duration: '30m', target: 400 },
    { duration: '5m', target: 0 },
  ],
  thresholds: { http_req_failed: ['rate<0.01'] },
};

export default function () {
  http.get(\`\${__ENV.BASE_URL}/api/cart\`);
}
`}]},"taurus/criterion-label-unknown":{bad:[{file:"load.yml",lines:[10],code:`execution:
- concurrency: 20
  ramp-up: 1m
  hold-for: 5m
  scenario: shop

reporting:
- module: passfail
  criteria:
  - avg-rt of Log-in>1s for 30s, stop as failed

scenarios:
  shop:
    default-address: \${BASE_URL}
    requests:
    - url: /login
      method: POST
      label: Login
`}],good:[{file:"load.yml",code:`execution:
- concurrency: 20
  ramp-up: 1m
  hold-for: 5m
  scenario: shop

reporting:
- module: passfail
  criteria:
  - avg-rt of Login>1s for 30s, stop as failed
  - p95 of /cart>2s for 30s, stop as failed

scenarios:
  shop:
    default-address: \${BASE_URL}
    requests:
    - url: /login
      method: POST
      label: Login
    - /cart
`}]},"taurus/deprecated-keys":{bad:[{file:"load.yml",lines:[9],code:`execution:
- concurrency: 20
  ramp-up: 1m
  hold-for: 5m
  scenario: home

services:
- module: passfail
  criterias:
  - avg-rt>500ms for 30s, stop as failed

scenarios:
  home:
    requests:
    - url: \${BASE_URL}/
`}],good:[{file:"load.yml",code:`execution:
- concurrency: 20
  ramp-up: 1m
  hold-for: 5m
  scenario: home

services:
- module: passfail
  criteria:
  - avg-rt>500ms for 30s, stop as failed

scenarios:
  home:
    requests:
    - url: \${BASE_URL}/
`}]},"taurus/invalid-criterion":{bad:[{file:"load.yml",lines:[10],code:`execution:
- concurrency: 20
  ramp-up: 1m
  hold-for: 5m
  scenario: home

reporting:
- module: passfail
  criteria:
  - avg-rt>500ms for 30s, abort

scenarios:
  home:
    requests:
    - url: \${BASE_URL}/
`}],good:[{file:"load.yml",code:`execution:
- concurrency: 20
  ramp-up: 1m
  hold-for: 5m
  scenario: home

reporting:
- module: passfail
  criteria:
  - avg-rt>500ms for 30s, stop as failed
  - subject: failures
    condition: '>'
    threshold: 1%
    timeframe: 30s

scenarios:
  home:
    requests:
    - url: \${BASE_URL}/
`}]},"taurus/load-key-under-provisioning":{bad:[{file:"load.yml",lines:[5],code:`provisioning: cloud
execution:
- concurrency:
    cloud: 20
    ramp-up: 1m
  hold-for: 10m
  scenario: home

scenarios:
  home:
    requests:
    - \${BASE_URL}/
`}],good:[{file:"load.yml",code:`provisioning: cloud
execution:
- concurrency:
    cloud: 20
    local: 2
  ramp-up: 1m
  hold-for: 10m
  scenario: home

scenarios:
  home:
    requests:
    - \${BASE_URL}/
`}]},"taurus/no-passfail":{bad:[{file:"load.yml",lines:[7],code:`execution:
- concurrency: 50
  ramp-up: 1m
  hold-for: 10m
  scenario: checkout

reporting:
- module: final-stats

scenarios:
  checkout:
    default-address: \${BASE_URL}
    requests:
    - url: /api/cart
`}],good:[{file:"load.yml",code:`execution:
- concurrency: 50
  ramp-up: 1m
  hold-for: 10m
  scenario: checkout

reporting:
- module: final-stats
- module: passfail
  criteria:
  - avg-rt>500ms for 30s, stop as failed
  - failures>1% for 30s, stop as failed

scenarios:
  checkout:
    default-address: \${BASE_URL}
    requests:
    - url: /api/cart
`},{file:"criteria.yml",code:`# A fragment: bzt merges it with the config that holds the executions.
reporting:
- module: final-stats
scenarios:
  checkout:
    requests:
    - url: /api/cart
`}]},"taurus/passfail-never-fails":{bad:[{file:"load.yml",lines:[10],code:`execution:
- concurrency: 20
  ramp-up: 1m
  hold-for: 5m
  scenario: home

reporting:
- module: passfail
  criteria:
  - p95>800ms for 30s, continue as non-failed

scenarios:
  home:
    requests:
    - url: \${BASE_URL}/
`}],good:[{file:"load.yml",code:`execution:
- concurrency: 20
  ramp-up: 1m
  hold-for: 5m
  scenario: home

reporting:
- module: passfail
  criteria:
  - p95>800ms for 30s, continue as failed

scenarios:
  home:
    requests:
    - url: \${BASE_URL}/
`}]},"taurus/scenario-not-defined":{bad:[{file:"load.yml",lines:[5],code:`execution:
- concurrency: 20
  ramp-up: 1m
  hold-for: 5m
  scenario: checkout

scenarios:
  check-out:
    requests:
    - url: \${BASE_URL}/cart
`}],good:[{file:"load.yml",code:`execution:
- concurrency: 20
  ramp-up: 1m
  hold-for: 5m
  scenario: checkout

scenarios:
  checkout:
    requests:
    - url: \${BASE_URL}/cart
`}]},"taurus/scenario-without-requests":{bad:[{file:"load.yml",lines:[9],code:`execution:
- concurrency: 20
  ramp-up: 1m
  hold-for: 5m
  scenario: hello

scenarios:
  hello:
    requests:
`}],good:[{file:"load.yml",code:`execution:
- concurrency: 20
  ramp-up: 1m
  hold-for: 5m
  scenario: hello
- concurrency: 5
  hold-for: 5m
  scenario: existing

scenarios:
  hello:
    requests:
    - \${BASE_URL}/hello
  existing:
    script: plan.jmx
`}]},"taurus/steps-without-ramp-up":{bad:[{file:"load.yml",lines:[3],code:`execution:
- concurrency: 100
  steps: 5
  hold-for: 10m
  scenario: home

scenarios:
  home:
    requests:
    - url: \${BASE_URL}/
`}],good:[{file:"load.yml",code:`execution:
- concurrency: 100
  ramp-up: 5m
  steps: 5
  hold-for: 10m
  scenario: home

scenarios:
  home:
    requests:
    - url: \${BASE_URL}/
`}]},"taurus/throughput-without-duration":{bad:[{file:"load.yml",lines:[2],code:`execution:
- concurrency:
    local: 20
  throughput:
    local: 50
  scenario: home

scenarios:
  home:
    requests:
    - url: \${BASE_URL}/
`}],good:[{file:"load.yml",code:`execution:
- concurrency: 20
  throughput: 50
  ramp-up: 1m
  hold-for: 10m
  scenario: home

scenarios:
  home:
    requests:
    - url: \${BASE_URL}/
`}]},"third-party-domain":{bad:[{file:"load.yml",lines:[11],code:`execution:
- concurrency: 20
  ramp-up: 1m
  hold-for: 5m
  scenario: home
scenarios:
  home:
    default-address: \${__P(host,localhost)}
    requests:
    - url: /
    - url: https://www.google-analytics.com/collect
`},{file:"plan.jmx",lines:[39],code:`<?xml version="1.0" encoding="UTF-8"?>
<jmeterTestPlan version="1.2" properties="5.0" jmeter="5.6.3">
  <hashTree>
    <TestPlan guiclass="TestPlanGui" testclass="TestPlan" testname="Checkout" enabled="true">
    </TestPlan>
    <hashTree>
      <ThreadGroup guiclass="ThreadGroupGui" testclass="ThreadGroup" testname="Shoppers" enabled="true">
        <stringProp name="ThreadGroup.num_threads">\${__P(threads,50)}</stringProp>
        <stringProp name="ThreadGroup.ramp_time">\${__P(rampup,60)}</stringProp>
        <boolProp name="ThreadGroup.scheduler">true</boolProp>
        <stringProp name="ThreadGroup.duration">\${__P(duration,600)}</stringProp>
        <elementProp name="ThreadGroup.main_controller" elementType="LoopController" guiclass="LoopControlPanel" testclass="LoopController" testname="Loop Controller" enabled="true">
          <stringProp name="LoopController.loops">-1</stringProp>
        </elementProp>
      </ThreadGroup>
      <hashTree>
        <UniformRandomTimer guiclass="UniformRandomTimerGui" testclass="UniformRandomTimer" testname="Think" enabled="true">
          <stringProp name="ConstantTimer.delay">1000</stringProp>
          <stringProp name="RandomTimer.range">2000</stringProp>
        </UniformRandomTimer>
        <hashTree/>
        <HTTPSamplerProxy guiclass="HttpTestSampleGui" testclass="HTTPSamplerProxy" testname="Home" enabled="true">
          <stringProp name="HTTPSampler.domain">\${__P(host,localhost)}</stringProp>
          <stringProp name="HTTPSampler.protocol">https</stringProp>
          <stringProp name="HTTPSampler.path">/</stringProp>
          <stringProp name="HTTPSampler.method">GET</stringProp>
        </HTTPSamplerProxy>
        <hashTree>
          <ResponseAssertion guiclass="AssertionGui" testclass="ResponseAssertion" testname="Status 200" enabled="true">
            <collectionProp name="Asserion.test_strings">
              <stringProp name="49586">200</stringProp>
            </collectionProp>
            <stringProp name="Assertion.test_field">Assertion.response_code</stringProp>
            <intProp name="Assertion.test_type">8</intProp>
          </ResponseAssertion>
          <hashTree/>
        </hashTree>
        <HTTPSamplerProxy guiclass="HttpTestSampleGui" testclass="HTTPSamplerProxy" testname="Analytics" enabled="true">
          <stringProp name="HTTPSampler.domain">www.google-analytics.com</stringProp>
          <stringProp name="HTTPSampler.protocol">https</stringProp>
          <stringProp name="HTTPSampler.path">/collect</stringProp>
          <stringProp name="HTTPSampler.method">GET</stringProp>
        </HTTPSamplerProxy>
        <hashTree>
          <ResponseAssertion guiclass="AssertionGui" testclass="ResponseAssertion" testname="Status 200" enabled="true">
            <collectionProp name="Asserion.test_strings">
              <stringProp name="49586">200</stringProp>
            </collectionProp>
            <stringProp name="Assertion.test_field">Assertion.response_code</stringProp>
            <intProp name="Assertion.test_type">8</intProp>
          </ResponseAssertion>
          <hashTree/>
        </hashTree>
      </hashTree>
    </hashTree>
  </hashTree>
</jmeterTestPlan>
`}],good:[{file:"plan.jmx",code:`<?xml version="1.0" encoding="UTF-8"?>
<jmeterTestPlan version="1.2" properties="5.0" jmeter="5.6.3">
  <hashTree>
    <TestPlan guiclass="TestPlanGui" testclass="TestPlan" testname="Checkout" enabled="true">
    </TestPlan>
    <hashTree>
      <ThreadGroup guiclass="ThreadGroupGui" testclass="ThreadGroup" testname="Shoppers" enabled="true">
        <stringProp name="ThreadGroup.num_threads">\${__P(threads,50)}</stringProp>
        <stringProp name="ThreadGroup.ramp_time">\${__P(rampup,60)}</stringProp>
        <boolProp name="ThreadGroup.scheduler">true</boolProp>
        <stringProp name="ThreadGroup.duration">\${__P(duration,600)}</stringProp>
        <elementProp name="ThreadGroup.main_controller" elementType="LoopController" guiclass="LoopControlPanel" testclass="LoopController" testname="Loop Controller" enabled="true">
          <stringProp name="LoopController.loops">-1</stringProp>
        </elementProp>
      </ThreadGroup>
      <hashTree>
        <UniformRandomTimer guiclass="UniformRandomTimerGui" testclass="UniformRandomTimer" testname="Think" enabled="true">
          <stringProp name="ConstantTimer.delay">1000</stringProp>
          <stringProp name="RandomTimer.range">2000</stringProp>
        </UniformRandomTimer>
        <hashTree/>
        <HTTPSamplerProxy guiclass="HttpTestSampleGui" testclass="HTTPSamplerProxy" testname="Home" enabled="true">
          <stringProp name="HTTPSampler.domain">\${__P(host,localhost)}</stringProp>
          <stringProp name="HTTPSampler.protocol">https</stringProp>
          <stringProp name="HTTPSampler.path">/</stringProp>
          <stringProp name="HTTPSampler.method">GET</stringProp>
        </HTTPSamplerProxy>
        <hashTree>
          <ResponseAssertion guiclass="AssertionGui" testclass="ResponseAssertion" testname="Status 200" enabled="true">
            <collectionProp name="Asserion.test_strings">
              <stringProp name="49586">200</stringProp>
            </collectionProp>
            <stringProp name="Assertion.test_field">Assertion.response_code</stringProp>
            <intProp name="Assertion.test_type">8</intProp>
          </ResponseAssertion>
          <hashTree/>
        </hashTree>
      </hashTree>
    </hashTree>
  </hashTree>
</jmeterTestPlan>
`}]},"tls-verification-disabled":{bad:[{file:"script.js",lines:[4],code:`import http from 'k6/http';

export const options = {
  insecureSkipTLSVerify: true,
};

export default function () {
  http.get(\`\${__ENV.BASE_URL}/\`);
}
`},{file:"test.yml",lines:[4],code:`config:
  target: "{{ $processEnvironment.TARGET }}"
  tls:
    rejectUnauthorized: false
  phases:
    - duration: 60
      arrivalRate: 1
scenarios:
  - flow:
      - get:
          url: /
`},{file:"locustfile.py",lines:[8],code:`from locust import HttpUser, task, between

class ApiUser(HttpUser):
    wait_time = between(1, 3)

    @task
    def health(self):
        self.client.get("/health", verify=False)
`}],good:[{file:"script.js",code:`import http from 'k6/http';

export const options = {
  insecureSkipTLSVerify: false,
};

export default function () {
  http.get(\`\${__ENV.BASE_URL}/\`);
}
`},{file:"test.yml",code:`config:
  target: "{{ $processEnvironment.TARGET }}"
  phases:
    - duration: 60
      arrivalRate: 1
scenarios:
  - flow:
      - get:
          url: /
`},{file:"locustfile.py",code:`from locust import HttpUser, task, between

class ApiUser(HttpUser):
    wait_time = between(1, 3)

    @task
    def health(self):
        self.client.get("/health")
`}]},"unbounded-url-cardinality":{bad:[{file:"load.yml",lines:[12],code:`execution:
- concurrency: 20
  ramp-up: 1m
  hold-for: 5m
  scenario: posts
scenarios:
  posts:
    default-address: \${__P(host,http://localhost)}
    requests:
    - url: /posts/\${__Random(1,100)}
      label: one post
    - url: /posts/\${__Random(1,100)}/comments
`},{file:"script.js",lines:[6],code:`import http from 'k6/http';
import { sleep } from 'k6';

export default function () {
  const id = Math.floor(Math.random() * 10000);
  http.get(\`\${__ENV.BASE_URL}/items/\${id}\`);
  sleep(1);
}
`},{file:"script.js",lines:[8,9,13],code:`import http from 'k6/http';
import { sleep } from 'k6';

const base = __ENV.BASE_URL;
let url = \`\${base}/orders\`;

export default function () {
  const order = http.post(url, '{}').json();
  http.get(base + '/shipping/' + order.id);
  sleep(1);
  // The module-level URL changes every iteration.
  url = \`\${base}/orders/\${order.id}\`;
  http.get(url);
  sleep(1);
}
`},{file:"test.yml",lines:[11],code:`config:
  target: "{{ $processEnvironment.TARGET }}"
  phases:
    - duration: 60
      arrivalRate: 1
  plugins:
    metrics-by-endpoint:
      groupDynamicURLs: false
scenarios:
  - flow:
      - get:
          url: "/items/{{ $randomNumber(1, 10000) }}"
`},{file:"locustfile.py",lines:[10],code:`import random
from locust import HttpUser, task, between

class ShopUser(HttpUser):
    wait_time = between(1, 3)

    @task
    def product(self):
        product_id = random.randint(1, 10000)
        self.client.get(f"/products/{product_id}")
`},{file:"ProductSimulation.java",lines:[9],code:`import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;

import io.gatling.javaapi.core.*;

public class ProductSimulation extends Simulation {
  ScenarioBuilder scn = scenario("Products")
      .feed(csv("products.csv").random())
      .exec(http("Product #{productId}").get("/products/#{productId}").check(status().is(200)));

  {
    setUp(scn.injectOpen(rampUsers(10).during(60)))
        .protocols(http.baseUrl(System.getenv("BASE_URL")));
  }
}
`}],good:[{file:"script.js",code:`import http from 'k6/http';
import { sleep } from 'k6';

// Three pages: three series, whichever is picked.
const PAGES = ['/', '/pizza', '/about'];

export default function () {
  const page = PAGES[Math.floor(Math.random() * PAGES.length)];
  http.get(\`\${__ENV.BASE_URL}\${page}\`);
  for (const p of PAGES) http.get(__ENV.BASE_URL + p);
  sleep(1);
}
`},{file:"script.js",code:`import http from 'k6/http';
import { sleep } from 'k6';

export default function () {
  const id = Math.floor(Math.random() * 10000);
  http.get(\`\${__ENV.BASE_URL}/items/\${id}\`, { tags: { name: 'GET /items/:id' } });
  sleep(1);
}
`},{file:"test.yml",code:`config:
  target: "{{ $processEnvironment.TARGET }}"
  phases:
    - duration: 60
      arrivalRate: 1
  plugins:
    metrics-by-endpoint:
      groupDynamicURLs: false
      useOnlyRequestNames: true
scenarios:
  - flow:
      - get:
          url: "/items/{{ $randomNumber(1, 10000) }}"
          name: GET /items/:id
`},{file:"locustfile.py",code:`import random
from locust import HttpUser, task, between

class ShopUser(HttpUser):
    wait_time = between(1, 3)

    @task
    def product(self):
        product_id = random.randint(1, 10000)
        self.client.get(f"/products/{product_id}", name="/products/[id]")
`}]},"unfailable-criterion":{bad:[{file:"script.js",lines:[8,9,10],code:`import http from 'k6/http';
import { check, sleep } from 'k6';

export const options = {
  vus: 20,
  duration: '5m',
  thresholds: {
    http_req_failed: ['rate<=1'],
    checks: ['rate>=0'],
    http_req_duration: ['p(95)<60000'],
  },
};

export default function () {
  const res = http.get(\`\${__ENV.BASE_URL}/api/cart\`);
  check(res, { 'status is 200': (r) => r.status === 200 });
  sleep(1);
}
`},{file:"test.yml",lines:[10,11],code:`config:
  target: "{{ $processEnvironment.TARGET }}"
  phases:
    - duration: 300
      arrivalRate: 10
  plugins:
    ensure: {}
  ensure:
    thresholds:
      - http.response_time.p95: 15000
    maxErrorRate: 100
scenarios:
  - flow:
      - get:
          url: /api/cart
`}],good:[{file:"script.js",code:`import http from 'k6/http';
import { check, sleep } from 'k6';

export const options = {
  vus: 20,
  duration: '5m',
  thresholds: {
    http_req_failed: ['rate<0.01'],
    checks: ['rate>0.99'],
    http_req_duration: ['p(95)<500'],
  },
};

export default function () {
  const res = http.get(\`\${__ENV.BASE_URL}/api/cart\`);
  check(res, { 'status is 200': (r) => r.status === 200 });
  sleep(1);
}
`},{file:"test.yml",code:`config:
  target: "{{ $processEnvironment.TARGET }}"
  http:
    timeout: 30
  phases:
    - duration: 300
      arrivalRate: 10
  plugins:
    ensure: {}
  ensure:
    thresholds:
      - http.response_time.p95: 15000
    maxErrorRate: 1
scenarios:
  - flow:
      - get:
          url: /api/cart
`}]}};function examplesOf(rule){return rule.examples??builtinRuleExamples[rule.id]??{bad:[],good:[]}}function lintExample(rule,example){let context=exampleContext(example);return lintText(example.code,example.file,{rules:[rule],...context?{context}:{}})}function exampleContext(example){let sizes=example.sizes;if(sizes)return{sizeOfSibling:(_from,path)=>sizes[path.replace(/^\.\//,"")]}}function fixKind(rule){return rule.fix?examplesOf(rule).bad.some(example=>lintExample(rule,example).findings.some(f=>(f.fix?.edits?.length??0)>0))?"exact":"advice":"none"}function rulesCommand(argv,cwd){let args=parseCommandArgs("rules",argv,["text","json"],{usage:{type:"boolean"}}),folder=repositoryFolder("rules",cwd,args.path),all=[...builtinRules,...loadRepositoryRules(folder,builtinRules)],rules=[...all].sort((a,b)=>a.id.localeCompare(b.id)),usage,files=0;if(args.flags.usage){let snapshot=workingTreeSnapshot(folder),config=readConfigFacts(snapshot,all),linted=lintSnapshot(snapshot,config.config,all);files=linted.scenarios.length,usage=countRuleUsage(linted.scenarios)}let rows=rules.map(rule=>{let fix=fixKind(rule);return{id:rule.id,tools:rule.tools,severity:rule.severity,category:rule.category,fix,...fix==="exact"?{fixSafety:rule.fixSafety??"suggestion"}:{},summary:rule.summary}}),text;if(args.format==="json"){let byId=new Map((usage??[]).map(u=>[u.ruleId,u])),out={rules:rows.map(row=>{if(!usage)return row;let u=byId.get(row.id);return{...row,usage:{findings:u?.findings??0,suppressions:u?.suppressions??0,files:u?.files??0,suppressedFiles:u?.suppressedFiles??0,reasons:u?.reasons??[],questioned:u?.questioned??!1}}}),...usage?{scenarioFiles:files}:{}};text=JSON.stringify(out,null,2)+`
`}else{let width=Math.max(...rows.map(r=>r.id.length)),lines=rows.map(r=>`${r.id.padEnd(width)}  ${r.severity.padEnd(7)}  ${r.category.padEnd(12)}  ${r.tools.join(",").padEnd(12)}  fix: ${(r.fixSafety??r.fix).padEnd(10)}  ${r.summary}`);if(usage){lines.push("",`${files} scenario file${files===1?"":"s"} linted.`,...renderUsageText(usage));let unused=rows.length-usage.length;unused>0&&lines.push(`  ${unused} rule${unused===1?"":"s"} did not fire.`)}text=lines.join(`
`)+`
`}return args.output===void 0?{text}:{text,output:args.output}}export{rulesCommand};
