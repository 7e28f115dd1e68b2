import { describe, expect, it } from '@jest/globals';
import { classifySecret, isCredentialKey, maskSecret } from '../../src/scenario/secrets.js';

describe('classifySecret', () => {
  it.each([
    ['a token shape under any key', 'note', 'ghp_0123456789abcdefghijklmnopqrstuvwxyz', 'a GitHub token'],
    ['a token shape with no key at all', undefined, 'AKIAABCDEFGHIJKLMNOP', 'an AWS access key'],
    ['a bearer token', 'Authorization', 'Bearer 9f8a7s6d5f4g3h2j1k0l', 'a bearer token'],
    ['a literal under a credential key', 'password', 'hunter2', 'assigned to "password"'],
    ['a literal under a qualified key', 'x-api-key', '987401838271002188298567', 'assigned to "x-api-key"'],
  ])('reports %s', (_what, key, value, reason) => {
    expect(classifySecret(key, value)?.reason).toContain(reason);
  });

  it.each([
    ['a reference', 'password', '${__ENV.PASSWORD}'],
    ['a template', 'token', '{{ token }}'],
    ['a placeholder', 'password', 'changeme'],
    ['a mask', 'password', '********'],
    ['a fixture value', 'password', 'test-password-123'],
    ['a demo token', 'Authorization', 'Bearer demo_token'],
    ['prose', 'x-auth', 'overrides-the-value-in-defaults'],
    ['a URL', 'tokenUrl', 'https://auth.example.com/token'],
    ['an auth scheme name', 'auth', 'digest'],
    ['a key that only ends like a credential', 'passwordField', 'hunter2'],
  ])('ignores %s', (_what, key, value) => {
    expect(classifySecret(key, value)).toBeUndefined();
  });

  it('never shows more than two characters at each end, and nothing of short values', () => {
    expect(maskSecret('Bearer 9f8a7s6d5f4g3h2j1k0l')).toBe('Bearer 9f•••••0l');
    expect(maskSecret('hunter2')).toBe('•••••');
  });

  it('reads key names in any casing', () => {
    expect(['apiKey', 'API_KEY', 'client_secret', 'X-Auth-Token', 'sessionId'].every(isCredentialKey)).toBe(
      true,
    );
    expect(['keyboard', 'authorId', 'tokens_url', 'passenger'].some(isCredentialKey)).toBe(false);
  });
});
