import type { LatencyPhases } from '../results/model.js';
import type { Detector } from './detector.js';
import type { AnalysisFinding } from './model.js';
import { ms, pct, round } from './numbers.js';

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
    'Connection setup (k6 blocked, which holds connecting and TLS handshaking; JMeter Connect) is 30 % or more of the mean request time and 5 ms or more; or transfer (sending + receiving; JMeter elapsed − Latency) is 40 % or more and 20 ms or more. Needs 20 requests or more: fewer are mostly first connections. Server time (waiting; JMeter Latency − Connect) dominating is the normal case and says nothing.',
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
    // k6's blocked already holds connecting and TLS handshaking (measured: blocked ≥ their sum in k6 summaries).
    const setup = Math.max(phases.blocked ?? 0, (phases.connecting ?? 0) + (phases.tlsHandshaking ?? 0));
    const server = phases.waiting ?? 0;
    const transfer = (phases.sending ?? 0) + (phases.receiving ?? 0);
    const total = setup + server + transfer;
    if (total <= 0) return [];
    const breakdown = `setup ${ms(setup)} (${pct(setup / total)}), server ${ms(server)} (${pct(server / total)}), transfer ${ms(transfer)} (${pct(transfer / total)})`;
    const evidence = {
      setupMs: round(setup),
      serverMs: round(server),
      transferMs: round(transfer),
      ...phaseEvidence(phases),
    };
    const findings: AnalysisFinding[] = [];
    if (setup / total >= SETUP_SHARE && setup >= SETUP_MS) {
      findings.push({
        detector: 'latency-phases',
        severity: setup / total >= 0.5 ? 'high' : 'medium',
        message: `Connection setup is ${pct(setup / total)} of the mean request (${breakdown}): connections are opened per request or wait for a free slot${(phases.tlsHandshaking ?? 0) > 0 ? ', and TLS handshakes repeat' : ''}.`,
        recommendation:
          'Reuse connections: turn keep-alive on (k6: do not set noConnectionReuse; JMeter: HttpClient4 with Use KeepAlive) or raise the connection pool size.',
        evidence,
      });
    }
    if (transfer / total >= TRANSFER_SHARE && transfer >= TRANSFER_MS) {
      findings.push({
        detector: 'latency-phases',
        severity: 'medium',
        message: `Transfer is ${pct(transfer / total)} of the mean request (${breakdown}): responses are large or the link between generator and service is slow.`,
        recommendation:
          'Shrink the responses (compression, pagination, fewer fields) or check the bandwidth between the load generator and the service.',
        evidence,
      });
    }
    return findings;
  },
};

function phaseEvidence(phases: LatencyPhases): Record<string, number> {
  return Object.fromEntries(
    Object.entries(phases)
      .filter((e): e is [string, number] => typeof e[1] === 'number')
      .map(([k, v]) => [`${k}Ms`, round(v)]),
  );
}
