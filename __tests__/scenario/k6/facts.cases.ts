import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, parseFixture, scenarioFromText, scenarioOf } from './helpers.js';

describe('requests', () => {
  it('follows every way of importing k6/http', () => {
    const s = scenarioFromText(`import * as http from 'k6/http';
import { get as fetch, request } from 'k6/http';
const h = require('k6/http');
export default function () {
  http.del('https://a.test/x');
  fetch('https://a.test/y');
  request('PUT', 'https://a.test/z', '{}');
  h.options('https://a.test/w');
}`);
    expect(s.requests.map((r) => [r.method, r.url, r.loc.line])).toEqual([
      ['DELETE', 'https://a.test/x', 5],
      ['GET', 'https://a.test/y', 6],
      ['PUT', 'https://a.test/z', 7],
      ['OPTIONS', 'https://a.test/w', 8],
    ]);
  });

  it('ignores look-alikes that are not k6 functions', () => {
    const s = scenarioFromText(`import 'k6';
const http = { get() {} };
function sleep() {}
function check() {}
export default function () {
  http.get('https://a.test/');
  sleep(1);
  check(1, {});
}`);
    expect(s.requests).toEqual([]);
    expect(s.thinkTimes).toEqual([]);
    expect(s.checks).toEqual([]);
  });

  it('tells bounded URL parts (constants, env) from per-iteration data', () => {
    const s = scenarioFromText(`import http from 'k6/http';
import { SharedArray } from 'k6/data';
import { BASE } from './config.js';
const HOST = __ENV.HOST || 'http://localhost';
const users = new SharedArray('u', () => JSON.parse(open('./users.json')));
const cfg = { api: '/api/v1' };
export default function (data) {
  const user = users[Math.floor(Math.random() * users.length)];
  const path = \`\${HOST}/users\`;
  http.get(\`\${HOST}\${cfg.api}/health\`);
  http.get(\`\${BASE}/items\`);
  http.get(path);
  http.get(\`\${HOST}/users/\${user.id}\`);
  http.get(HOST + '/orders/' + data.orderId);
  http.get(\`\${HOST}/r/\${Math.random()}\`);
  http.get(\`\${HOST}/vu/\${__VU}\`);
}`);
    expect(s.requests.map((r) => [r.url, r.dynamicUrl, r.boundedUrl])).toEqual([
      ['${HOST}${cfg.api}/health', true, true],
      ['${BASE}/items', true, true],
      ['${HOST}/users', true, true],
      ['${HOST}/users/${user.id}', true, false],
      // setup() data: k6 passes the same value to every iteration.
      ['${HOST}/orders/${data.orderId}', true, true],
      ['${HOST}/r/${Math.random()}', true, false],
      ['${HOST}/vu/${__VU}', true, false],
    ]);
  });

  it('shows URLs as written, and a URL variable as the value it certainly holds at the request', () => {
    const s = scenarioFromText(`import http from 'k6/http';
const API = 'https://api.example.com/v1';
const item = \`\${API}/items\`;
let url;
let page = '/a';
let shared = '/s';
function reset() { shared = '/t'; }
export default function () {
  http.get(item);
  http.get(API + '/orders/' + __VU);
  for (const i of [1, 2]) {
    url = \`\${API}/loop/\${i}\`;
    http.get(url);
  }
  while (page !== '/b') {
    http.get(page);
    page = '/b';
  }
  shared = '/u';
  reset();
  http.get(shared);
  http.get(http.url\`\${API}/tagged/\${__VU}\`);
}`);
    expect(s.requests.map((r) => r.url)).toEqual([
      '${API}/items',
      '${API}/orders/${__VU}',
      '${API}/loop/${i}',
      // Assigned later in the loop: the first iteration differs from the next.
      '${page}',
      // reset() assigns it too, between the assignment and the request.
      '${shared}',
      '${API}/tagged/${__VU}',
    ]);
    // The constants followed, for names built from the real path.
    expect(s.requests[0]?.resolvedUrl).toBe('https://api.example.com/v1/items');
  });

  it('reads the name tag and timeout from a params constant', () => {
    const s = scenarioFromText(`import http from 'k6/http';
export default function () {
  const params = { tags: { name: 'GetItem' }, timeout: 120000 };
  for (const id of [1, 2]) http.get(\`https://a.test/items/\${id}\`, params);
}`);
    expect(s.requests[0]).toMatchObject({
      name: 'GetItem',
      timeoutSec: 120,
      boundedUrl: true, // one of the two ids of a constant list
      within: 'default',
    });
  });

  it('attributes calls to the enclosing named function, and init code to none', () => {
    const s = scenarioFromText(`import http from 'k6/http';
import { group } from 'k6';
http.get('https://a.test/init');
export function setup() { http.get('https://a.test/setup'); }
const browse = () => { group('g', () => { http.get('https://a.test/browse'); }); };
export { browse };
export default async function main() { await http.asyncRequest('GET', 'https://a.test/default'); }`);
    expect(s.requests.map((r) => r.within)).toEqual([undefined, 'setup', 'browse', 'default']);
  });

  it('stands one request for a batch built at run time', () => {
    const s = scenarioFromText(`import http from 'k6/http';
export default function () { const reqs = build(); http.batch(reqs); }`);
    expect(s.requests).toEqual([
      expect.objectContaining({ method: 'BATCH', url: '${reqs}', dynamicUrl: true, boundedUrl: true }),
    ]);
  });
});

describe('think times', () => {
  it('marks only the pause that ends the iteration as trailing, through group callbacks', () => {
    const s = scenarioFromText(`import { sleep, group } from 'k6';
import http from 'k6/http';
export default function () {
  http.get('https://a.test/1');
  sleep(1);
  group('checkout', function () {
    http.get('https://a.test/2');
    sleep(2);
  });
}
export function other() {
  for (let i = 0; i < 3; i++) { http.get('https://a.test/3'); sleep(3); }
}`);
    expect(s.thinkTimes.map((t) => [t.seconds, t.within, t.trailing ?? false])).toEqual([
      [1, 'default', false],
      [2, 'default', true],
      [3, 'other', false],
    ]);
  });
});

describe('hosts', () => {
  it('reports literal hosts in requests and base-URL constants where they are defined', () => {
    const s = scenarioFromText(`import http from 'k6/http';
const BASE_URL = 'https://shop.example.com';
export default function () {
  http.get(BASE_URL + '/cart');
  http.get(\`\${BASE_URL}/checkout\`);
  http.get(\`\${__ENV.API}/x\`);
  http.get('wss://ws.example.com/socket');
  http.get('/relative');
}`);
    expect(s.hosts.map((h) => [h.value, h.origin, h.role, h.loc.line, h.loc.column])).toEqual([
      ['https://shop.example.com', 'literal', 'variable', 2, 18],
      ['__ENV.API', 'env', 'url', 6, 15],
      // The whole URL as written: the rule shows it and takes the host from it.
      ['wss://ws.example.com/socket', 'literal', 'url', 7, 12],
    ]);
  });
});

describe('secrets', () => {
  const s = scenarioOf(parseFixture('secrets.js'));
  const text = readFileSync(join(FIXTURES, 'secrets.js'), 'utf8');

  it('finds credentials by key name and by token shape', () => {
    expect(s.secrets.map((x) => [x.key, x.loc.line, x.loc.column])).toEqual([
      ['API_TOKEN', 3, 19],
      ['Authorization', 10, 22],
      ['password', 15, 88],
      ['token', 16, 17],
    ]);
    expect(s.secrets[0]?.reason).toBe('it has the shape of a GitHub token');
    expect(s.secrets[2]?.reason).toBe('its key names a credential');
  });

  it('gives only the length of every value, never any of it', () => {
    expect(s.secrets.map((x) => x.masked)).toEqual([
      '40 characters',
      'Bearer, 32 characters',
      '8 characters',
      '92 characters',
    ]);
    for (const secret of s.secrets) {
      expect(text.includes(secret.masked)).toBe(false);
    }
  });

  it('leaves out placeholders, environment variables and auth scheme names', () => {
    const keys = s.secrets.map((x) => x.key);
    expect(keys).not.toContain('placeholder');
    expect(keys).not.toContain('X-Api-Key');
    expect(keys).not.toContain('auth');
  });

  it('does not mistake credential-like names for credentials', () => {
    const t = scenarioFromText(`import 'k6';
const tokenUrl = 'https://idp.test/oauth/token';
const passwordField = 'input[name=password]';
const params = { auth: 'ntlm', tokenType: 'Bearer', password: '' , secret: '\${SECRET}' };`);
    expect(t.secrets).toEqual([]);
  });
});
