import { describe, expect, it } from '@jest/globals';
import { templateName } from '../../src/results/endpoint-template.js';

describe('templateName', () => {
  it('folds ids, UUIDs, hashes and tokens in URL paths into {id}', () => {
    expect(templateName('/booking/1007')).toBe('/booking/{id}');
    expect(templateName('https://api.example.com/users/3f2a9c1e-7d4b-4f7a-9a1e-0c2b3d4e5f60/cart')).toBe(
      'https://api.example.com/users/{id}/cart',
    );
    expect(templateName('/items/507f1f77bcf86cd799439011')).toBe('/items/{id}');
    expect(templateName('/files/a94a8fe5ccb19ba61c4c0873d391e987982fbbd3')).toBe('/files/{id}');
    expect(templateName('/s/Zx8kP2qLm9RtY4vWn7')).toBe('/s/{id}');
    expect(templateName('/a/12/b/34?page=2')).toBe('/a/{id}/b/{id}?page=*');
    // Artillery's URL templates: the same endpoint as k6's /items/1007.
    expect(templateName('/items/{{ id }}/reviews?page={{ page }}')).toBe('/items/{id}/reviews?page=*');
    expect(templateName('/items/{{id}}')).toBe(templateName('/items/1007'));
  });

  it('leaves words, versions and names that are not paths alone', () => {
    for (const name of [
      '/api/v2/products',
      '/reports/2024-summary',
      '/static/app.js',
      'UC01_02_Get_users',
      'Login 42',
      '/authentication-service',
      '/deadbeef',
    ])
      expect(templateName(name)).toBe(name);
  });
});
