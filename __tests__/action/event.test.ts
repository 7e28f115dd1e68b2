import { describe, expect, it } from '@jest/globals';
import { pullRequestOf, repositoryOf } from '../../src/action/publish/event.js';

const payload = (head: string, base: string) => ({
  pull_request: { number: 12, head: { repo: { full_name: head } }, base: { repo: { full_name: base } } },
});

describe('event', () => {
  it('finds the pull request of pull_request and pull_request_target events', () => {
    expect(pullRequestOf('pull_request', payload('o/r', 'o/r'))).toEqual({ number: 12, fromFork: false });
    expect(pullRequestOf('pull_request_target', payload('fork/r', 'o/r'))).toEqual({
      number: 12,
      fromFork: true,
    });
  });

  it('finds none on push or a malformed payload', () => {
    expect(pullRequestOf('push', payload('o/r', 'o/r'))).toBeUndefined();
    expect(pullRequestOf('pull_request', {})).toBeUndefined();
    expect(pullRequestOf('pull_request', { pull_request: { number: '12' } })).toBeUndefined();
  });

  it('reads owner/repo', () => {
    expect(repositoryOf('octo/app')).toEqual({ owner: 'octo', repo: 'app' });
    expect(repositoryOf('nope')).toBeUndefined();
  });
});
