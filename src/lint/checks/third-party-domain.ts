import type { Scenario } from '../../scenario/model.js';
import type { CheckFunction } from '../types.js';

/** Services a recorded browser session talks to that are nobody's system under test. */
const THIRD_PARTY: [RegExp, string][] = [
  [/(?:^|\.)(?:google-analytics\.com|googletagmanager\.com|analytics\.google\.com)$/, 'analytics'],
  [
    /(?:^|\.)(?:doubleclick\.net|googlesyndication\.com|googleadservices\.com|adservice\.google\.com)$/,
    'advertising',
  ],
  [
    /(?:^|\.)(?:hotjar\.com|segment\.(?:io|com)|mixpanel\.com|newrelic\.com|nr-data\.net|clarity\.ms)$/,
    'analytics',
  ],
  [
    /(?:^|\.)(?:facebook\.(?:com|net)|fbcdn\.net|connect\.facebook\.net|twitter\.com|platform\.twitter\.com|linkedin\.com|licdn\.com)$/,
    'social media',
  ],
  [
    /(?:^|\.)(?:fonts\.googleapis\.com|fonts\.gstatic\.com|ajax\.googleapis\.com|cdn\.jsdelivr\.net|cdnjs\.cloudflare\.com|unpkg\.com|code\.jquery\.com|maxcdn\.bootstrapcdn\.com|stackpath\.bootstrapcdn\.com)$/,
    'a public CDN',
  ],
  [/(?:^|\.)(?:tile\.openstreetmap\.org|maps\.googleapis\.com|maps\.gstatic\.com)$/, 'maps'],
  [/(?:^|\.)(?:stripe\.com|paypal\.com|paypalobjects\.com|braintreegateway\.com)$/, 'payment'],
  [/(?:^|\.)(?:gravatar\.com|recaptcha\.net|gstatic\.com)$/, 'a shared service'],
  [/(?:^|\.)(?:www\.google\.com|google\.com)$/, 'Google search'],
];

function hostnameOf(value: string): string {
  return value
    .replace(/^[a-z][a-z0-9+.-]*:\/\//i, '')
    .replace(/[/?#].*$/, '')
    .replace(/:\d+$/, '')
    .toLowerCase();
}

/**
 * Requests to analytics, ads, social, CDN, maps and payment services put load on servers the tester does
 * not own and mix their latency into the results. One finding per host, where it is first named.
 */
export const check: CheckFunction = {
  name: 'third-party-domain',
  run(target, ctx) {
    const scenario = target as Scenario;
    if (!Array.isArray(scenario?.hosts)) return;
    const seen = new Set<string>();
    for (const host of scenario.hosts) {
      if (host.origin !== 'literal') continue;
      const name = hostnameOf(host.value);
      if (seen.has(name)) continue;
      const match = THIRD_PARTY.find(([re]) => re.test(name));
      if (!match) continue;
      seen.add(name);
      ctx.report({ loc: host.loc, data: { host: name, what: match[1] } });
    }
  },
};
