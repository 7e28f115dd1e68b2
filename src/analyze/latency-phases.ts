import type { EndpointStats, LatencyPhases } from '../results/model.js';
import type { Detector } from './detector.js';
import type { AnalysisFinding } from './model.js';
import { count, ms, pct, round } from './numbers.js';

/** Connection setup taking this share of a request (and this many ms) means connections are not reused. */
const SETUP_SHARE = 0.3;
const SETUP_MS = 5;
/** Transfer taking this share (and this many ms) means the payloads or the link dominate. */
const TRANSFER_SHARE = 0.4;
const TRANSFER_MS = 20;
/** Means over fewer requests are the first connections only. */
const MIN_REQUESTS = 20;

export const latencyPhases: Detector = {
  id: 'latency-phases',
  title: 'Latency phase breakdown',
  fires:
    'Connection setup (k6 blocked, which holds connecting and TLS handshaking; JMeter Connect) is 30 % or more of the mean request time and 5 ms or more; or transfer (sending + receiving; JMeter elapsed − Latency) is 40 % or more and 20 ms or more. Judged over the run and, where the format gives phases per endpoint (k6 --out json, a JTL), per endpoint: the endpoints where it holds are named (up to three, the most time lost first), unless every endpoint is alike. Needs 20 requests or more: fewer are mostly first connections. Server time (waiting; JMeter Latency − Connect) dominating is the normal case and says nothing.',
  indicates:
    'Setup: connections are opened per request (no keep-alive, a pool too small, connection reuse turned off) or wait for a free slot, and TLS handshakes repeat. Transfer: responses are large or the link between generator and service is slow.',
  action:
    'Setup: reuse connections (keep-alive; k6 without noConnectionReuse; JMeter HttpClient4 with KeepAlive) or raise the connection pool. Transfer: shrink responses (compression, pagination) or move the generator closer to the service.',
  needs: ['phases'],
  detect({ current: run }) {
    const phases = run.overall.phases;
    if (!phases)
      return {
        skipped:
          'needs request phases: k6 --out json or a k6 summary (http_req_blocked, connecting, tls_handshaking, sending, waiting, receiving), or a JMeter JTL with Connect and Latency',
      };
    const requests = run.overall.count ?? 0;
    if (requests < MIN_REQUESTS)
      return { skipped: `run too short: ${requests} requests, this detector needs ${MIN_REQUESTS}` };
    const whole = breakdownOf(run.overall);
    // Endpoints read from raw samples carry their own phases: a finding names the endpoints it concerns.
    const rows = run.endpoints
      .filter((e) => e.kind !== 'transaction' && e.phases && (e.count ?? 0) >= MIN_REQUESTS)
      .map(breakdownOf)
      .filter((b): b is Breakdown => b !== undefined);
    const findings: AnalysisFinding[] = [];
    for (const issue of ['setup', 'transfer'] as const) {
      const firing = rows.filter((b) => fires(b, issue)).sort((a, b) => lost(b, issue) - lost(a, issue));
      const overall = whole && fires(whole, issue);
      // Every endpoint alike: the run's finding says it all. Some alone: they are named, each on its own.
      const all = firing.length === rows.length && rows.length > 0;
      if (overall)
        findings.push(finding(issue, whole, undefined, all && rows.length > 1 ? 'on every endpoint' : ''));
      if (overall && all) continue;
      if (rows.length < 2 && overall) continue;
      for (const b of firing.slice(0, MAX_ENDPOINTS)) findings.push(finding(issue, b, b.name, ''));
    }
    return findings;
  },
};

/** Endpoints named per issue at most, the ones losing most time first. */
const MAX_ENDPOINTS = 3;

interface Breakdown {
  name: string;
  requests: number;
  setup: number;
  server: number;
  transfer: number;
  total: number;
  phases: LatencyPhases;
}

function breakdownOf(row: EndpointStats): Breakdown | undefined {
  const phases = row.phases;
  if (!phases) return undefined;
  // k6's blocked already holds connecting and TLS handshaking (measured: blocked ≥ their sum in k6 summaries).
  const setup = Math.max(phases.blocked ?? 0, (phases.connecting ?? 0) + (phases.tlsHandshaking ?? 0));
  const server = phases.waiting ?? 0;
  const transfer = (phases.sending ?? 0) + (phases.receiving ?? 0);
  const total = setup + server + transfer;
  if (!(total > 0)) return undefined;
  return { name: row.name, requests: row.count ?? 0, setup, server, transfer, total, phases };
}

function fires(b: Breakdown, issue: 'setup' | 'transfer'): boolean {
  return issue === 'setup'
    ? b.setup / b.total >= SETUP_SHARE && b.setup >= SETUP_MS
    : b.transfer / b.total >= TRANSFER_SHARE && b.transfer >= TRANSFER_MS;
}

/** The time the issue cost over the run: what orders the endpoints. */
function lost(b: Breakdown, issue: 'setup' | 'transfer'): number {
  return (issue === 'setup' ? b.setup : b.transfer) * b.requests;
}

function finding(
  issue: 'setup' | 'transfer',
  b: Breakdown,
  endpoint: string | undefined,
  scope: string,
): AnalysisFinding {
  const { setup, server, transfer, total, phases } = b;
  const breakdown = `setup ${ms(setup)} (${pct(setup / total)}), server ${ms(server)} (${pct(server / total)}), transfer ${ms(transfer)} (${pct(transfer / total)})`;
  const of = endpoint === undefined ? 'the mean request' : `${endpoint}'s mean request`;
  const where = scope ? `, ${scope}` : endpoint === undefined ? '' : ` over ${count(b.requests)} requests`;
  const evidence = {
    setupMs: round(setup),
    serverMs: round(server),
    transferMs: round(transfer),
    ...phaseEvidence(phases),
    ...(endpoint === undefined ? {} : { requests: b.requests }),
  };
  if (issue === 'setup')
    return {
      detector: 'latency-phases',
      severity: setup / total >= 0.5 ? 'high' : 'medium',
      message: `Connection setup is ${pct(setup / total)} of ${of} (${breakdown})${where}: connections are opened per request or wait for a free slot${(phases.tlsHandshaking ?? 0) > 0 ? ', and TLS handshakes repeat' : ''}.`,
      ...(endpoint === undefined ? {} : { endpoint }),
      recommendation: `Reuse connections${endpoint === undefined ? '' : ` for ${endpoint}`}: turn keep-alive on (k6: do not set noConnectionReuse; JMeter: HttpClient4 with Use KeepAlive) or raise the connection pool size; where each iteration stands for a new user, this is what a new user pays.`,
      evidence,
    };
  return {
    detector: 'latency-phases',
    severity: 'medium',
    message: `Transfer is ${pct(transfer / total)} of ${of} (${breakdown})${where}: responses are large or the link between generator and service is slow.`,
    ...(endpoint === undefined ? {} : { endpoint }),
    recommendation: `Shrink the responses${endpoint === undefined ? '' : ` of ${endpoint}`} (compression, pagination, fewer fields) or check the bandwidth between the load generator and the service.`,
    evidence,
  };
}

function phaseEvidence(phases: LatencyPhases): Record<string, number> {
  return Object.fromEntries(
    Object.entries(phases)
      .filter((e): e is [string, number] => typeof e[1] === 'number')
      .map(([k, v]) => [`${k}Ms`, round(v)]),
  );
}
