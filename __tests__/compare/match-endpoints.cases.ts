import { describe, expect, it } from '@jest/globals';
import { matchEndpoints } from '../../src/compare/match-endpoints.js';
import type { EndpointStats } from '../../src/results/model.js';

const ep = (name: string, extra: Partial<EndpointStats> = {}): EndpointStats => ({
  name,
  latency: {},
  quality: 'sketch',
  ...extra,
});
const names = (pairs: ReturnType<typeof matchEndpoints>): [string | undefined, string | undefined][] =>
  pairs.map((p) => [p.baseline?.name, p.current?.name]);

describe('matchEndpoints', () => {
  it('pairs by name, keeps the current order and puts baseline-only endpoints last', () => {
    const pairs = matchEndpoints([ep('a'), ep('gone'), ep('b')], [ep('b'), ep('new'), ep('a')]);
    expect(names(pairs)).toEqual([
      ['b', 'b'],
      [undefined, 'new'],
      ['a', 'a'],
      ['gone', undefined],
    ]);
  });

  it('pairs by method + path when both are known, whatever the display name', () => {
    const pairs = matchEndpoints(
      [ep('list', { method: 'GET', path: '/items/' }), ep('create', { method: 'POST', path: '/items' })],
      [
        ep('create items', { method: 'post', path: '/items' }),
        ep('list items', { method: 'GET', path: '/items' }),
      ],
    );
    expect(names(pairs)).toEqual([
      ['create', 'create items'],
      ['list', 'list items'],
    ]);
  });

  it('pairs endpoints whose paths differ only by ids, when that is one to one', () => {
    const pairs = matchEndpoints(
      [
        ep('/safras/3d8a14da-e6ae-4ea8-97fe-f91bfe420f87'),
        ep('/orders/1007'),
        ep('/users/1'),
        ep('/users/2'),
      ],
      [ep('/safras/9b2e0c11-0000-4ea8-97fe-aaaaaaaaaaaa'), ep('/orders/2048'), ep('/users/3')],
    );
    expect(names(pairs)).toEqual([
      ['/safras/3d8a14da-e6ae-4ea8-97fe-f91bfe420f87', '/safras/9b2e0c11-0000-4ea8-97fe-aaaaaaaaaaaa'],
      ['/orders/1007', '/orders/2048'],
      // Two baseline /users/{id} against one current: ambiguous, so not paired.
      [undefined, '/users/3'],
      ['/users/1', undefined],
      ['/users/2', undefined],
    ]);
  });

  it('pairs duplicate names in order', () => {
    expect(names(matchEndpoints([ep('x'), ep('x')], [ep('x'), ep('x')]))).toEqual([
      ['x', 'x'],
      ['x', 'x'],
    ]);
  });
});
