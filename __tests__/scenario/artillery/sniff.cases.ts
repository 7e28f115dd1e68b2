import { describe, expect, it } from '@jest/globals';
import { artilleryAdapter } from '../../../src/scenario/artillery/adapter.js';

const sniff = (text: string, file = 'x.yml') => artilleryAdapter.sniff(text, file);

describe('artilleryAdapter.sniff', () => {
  it.each([
    ['config with target', 'config:\n  target: http://x\n'],
    ['config with phases only', 'config:\n  phases:\n    - duration: 1\n      arrivalRate: 1\n'],
    ['config with environments', 'config:\n  environments:\n    dev: { target: http://x }\n'],
    ['scenarios with flow (split file)', 'scenarios:\n  - flow:\n      - get: { url: / }\n'],
    ["a list at its key's indentation", '# comment\nscenarios:\n- flow:\n  - get:\n      url: /\n'],
    ['playwright scenarios', 'scenarios:\n  - engine: playwright\n    testFunction: run\n'],
    ['quoted keys', '"config":\n  "target": "http://x"\n'],
    ['a JSON script', '{ "config": { "target": "http://x" }, "scenarios": [] }'],
    ['a flow-style YAML script', '{config: {target: http://x}, scenarios: [{flow: []}]}'],
  ])('claims %s', (_name, text) => {
    expect(sniff(text)).toBe(true);
  });

  it.each([
    [
      'a GitHub workflow',
      'name: load\non: push\njobs:\n  run:\n    steps:\n      - run: artillery run config.yml\n',
    ],
    ['docker-compose', 'services:\n  web:\n    image: nginx\n    environment:\n      target: x\n'],
    [
      'a Taurus file',
      'execution:\n  - concurrency: 10\nscenarios:\n  s1:\n    requests:\n      - url: http://x\n',
    ],
    [
      'a Taurus file with config-like keys',
      'execution:\n  - scenario: s\nconfig:\n  target: x\nscenarios:\n  s:\n    flow: []\n',
    ],
    ['a Kubernetes manifest', 'apiVersion: v1\nkind: ConfigMap\ndata:\n  config: |\n    target: x\n'],
    ['a random YAML file', 'name: thing\nversion: 2\n'],
    [
      'target and flow keys outside config and scenarios',
      'config:\n  debug: true\nbuild:\n  target: x\n  flow: y\n',
    ],
    ['a config block without Artillery keys', 'config:\n  debug: true\n'],
    ['a package.json', '{ "name": "x", "scripts": { "test": "artillery run a.yml" } }'],
    ['a JSON array', '[{ "config": { "target": "x" } }]'],
  ])('does not claim %s', (_name, text) => {
    expect(sniff(text)).toBe(false);
  });
});
