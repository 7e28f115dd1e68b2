import { describe, expect, it } from '@jest/globals';
import { classifySecret, isCredentialKey, maskSecret } from '../../src/scenario/secrets.js';

describe('classifySecret', () => {
  it.each([
    ['a token shape under any key', 'note', 'ghp_0123456789abcdefghijklmnopqrstuvwxyz', 'a GitHub token'],
    ['a token shape with no key at all', undefined, 'AKIAABCDEFGHIJKLMNOP', 'an AWS access key'],
    ['a bearer token', 'Authorization', 'Bearer 9f8a7s6d5f4g3h2j1k0l', 'a bearer token'],
    ['a literal under a credential key', 'password', 'Su9er-S3cret!', 'its key names a credential'],
    [
      'a literal under a qualified key',
      'x-api-key',
      '987401838271002188298567',
      'its key names a credential',
    ],
    [
      'basic-auth credentials with a real password',
      'Authorization',
      `Basic ${Buffer.from('loadtest:Zq8-vT2p!xW').toString('base64')}`,
      'basic-auth user:password',
    ],
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
    ['an API-spec type placeholder', 'password', 'string'],
    ['an API-spec placeholder with a format', 'password', 'string (password)'],
    ['a joke password', 'password', 'hunter2'],
    ['a single word (username: doesnt, password: matter)', 'password', 'matter'],
    ['a short digit run', 'pin_password', '1234'],
    ['a demo token of consecutive characters (QuickPizza)', 'Authorization', 'token abcdef0123456789'],
    ['basic auth of a demo login (admin:admin, the-internet)', 'Authorization', 'Basic YWRtaW46YWRtaW4='],
    ['basic auth of a joke password (user:hunter2)', 'Authorization', 'Basic dXNlcjpodW50ZXIy'],
  ])('ignores %s', (_what, key, value) => {
    expect(classifySecret(key, value)).toBeUndefined();
  });

  it('shows only the length of the value, and the auth scheme word', () => {
    expect(maskSecret('Bearer 9f8a7s6d5f4g3h2j1k0l')).toBe('Bearer, 20 characters');
    expect(maskSecret('Su9er-S3cret!')).toBe('13 characters');
    expect(maskSecret('x')).toBe('1 character');
  });

  it('gives the length of a basic-auth password, never any of the user or password', () => {
    const value = `Basic ${Buffer.from('loadtest:Zq8-vT2p!xW').toString('base64')}`;
    expect(classifySecret('Authorization', value)?.masked).toBe('Basic, 11 characters');
  });

  it('reads key names in any casing', () => {
    expect(['apiKey', 'API_KEY', 'client_secret', 'X-Auth-Token', 'sessionId'].every(isCredentialKey)).toBe(
      true,
    );
    expect(['keyboard', 'authorId', 'tokens_url', 'passenger'].some(isCredentialKey)).toBe(false);
  });
});
