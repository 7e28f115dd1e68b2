import type { Detector } from './detector.js';
import type { AnalysisFinding } from './model.js';
import { count, pct } from './numbers.js';

/** Requests with ids folded into `{id}`: worth a word from this share of the run on. */
const TEMPLATED_SHARE = 0.05;
const TEMPLATED_MIN = 20;
/** Rows beyond which a run without folding still has too many names to read. */
const MANY_ROWS = 100;

export const cardinality: Detector = {
  id: 'cardinality',
  title: 'Cardinality explosion (URL or metric names)',
  fires:
    'Request names beyond the row cap were lumped into "(other endpoints)"; or 5 % or more of the requests (20 or more) had an id, UUID, hash or token in their name, folded into {id}; or a run has more than 100 endpoint rows.',
  indicates:
    'The script names requests by their raw URL, so every id makes a new name: per-endpoint numbers scatter over rows of a few requests each, the tool’s own memory and metrics grow with every name, and comparisons with a baseline match nothing.',
  action:
    'Name requests by their route: k6 tags: { name: "GET /items/{id}" } or http.url``, Locust name=, Artillery a name per request, JMeter sampler labels without ids, Gatling request names.',
  needs: ['folding', 'endpoints'],
  detect({ current: run }) {
    const findings: AnalysisFinding[] = [];
    const f = run.folding;
    const total = run.overall.count ?? 0;
    const recommendation =
      'Name requests by their route instead of the raw URL (k6 tags.name or http.url``, Locust name=, Artillery request names, JMeter labels without ids) so that each endpoint is one row.';
    if (f && f.overflowNames > 0) {
      findings.push({
        detector: 'cardinality',
        severity: 'high',
        message: `${count(f.overflowNames)}${f.overflowNamesCapped ? ' or more' : ''} distinct request names beyond the cap of ${count(f.maxRows)} endpoint rows were lumped into "(other endpoints)" (${count(f.overflowRequests)} requests${total ? `, ${pct(f.overflowRequests / total)}` : ''}): their numbers cannot be told apart or compared.`,
        recommendation,
        evidence: {
          overflowNames: f.overflowNames,
          overflowRequests: f.overflowRequests,
          maxRows: f.maxRows,
        },
      });
    }
    if (
      f &&
      f.templatedRequests >= TEMPLATED_MIN &&
      total > 0 &&
      f.templatedRequests / total >= TEMPLATED_SHARE
    ) {
      findings.push({
        detector: 'cardinality',
        severity: 'medium',
        message: `${count(f.templatedRequests)} requests (${pct(f.templatedRequests / total)}) had an id, UUID or token in their name; loadgate folded them into ${count(f.templates)} ${f.templates === 1 ? 'row' : 'rows'} with {id}, but the tool itself kept one name per id.`,
        recommendation,
        evidence: { templatedRequests: f.templatedRequests, templates: f.templates },
      });
    }
    const rows = run.endpoints.length;
    if (findings.length === 0 && rows > MANY_ROWS) {
      findings.push({
        detector: 'cardinality',
        severity: 'low',
        message: `The run has ${count(rows)} endpoint rows: names this many are usually raw URLs, and few of them have enough requests to judge.`,
        recommendation,
        evidence: { rows },
      });
    }
    return findings;
  },
};
