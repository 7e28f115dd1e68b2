import type { Location } from '../location.js';
import type { CriteriaSet, Criterion } from '../model.js';
import { getEntry, getValue, type SourceValue } from '../value.js';
import { taurusSeconds } from './durations.js';

/**
 * Pass/fail criteria of the `passfail` module, in `reporting` or `services` (Taurus reads both), written
 * as strings (`avg-rt of Login>150ms for 10s, stop as failed`), as mappings (`subject`, `condition`,
 * `threshold`, `timeframe`, `stop`, `fail`), or as a mapping of message to string. Parsed with the grammar
 * of `bzt/modules/passfail.py` (`DataCriterion.string_to_config`). A criterion whose `fail` is false
 * (`..., continue as non-failed`) never fails the run: it is `strict: false`. One Taurus cannot parse keeps
 * its text and no `operator`; bzt refuses the whole config for it.
 */
export function readCriteria(
  config: SourceValue | undefined,
  undecided: boolean,
  anchor: Location,
): CriteriaSet {
  const items: Criterion[] = [];
  let unknown = false;
  for (const module of passfailModules(config)) {
    const list = getValue(module, 'criteria') ?? getValue(module, 'criterias');
    if (list?.kind === 'array') {
      for (const item of list.items) items.push(...criterionOf(item, undefined));
    } else if (list?.kind === 'object') {
      for (const entry of list.entries) items.push(...criterionOf(entry.value, entry.key));
    } else if (list !== undefined && list.kind !== 'null') {
      unknown = true;
    }
  }
  // A config without `execution` is one part of the `bzt` command line: the criteria may be in another;
  // `undecided` also covers included configs and scripts with criteria of their own.
  const status = items.length > 0 ? 'present' : unknown || undecided ? 'unknown' : 'absent';
  return { status, items, anchor };
}

/** `module: passfail` items of `reporting` and `services` (a bare `- passfail` has no criteria). */
export function passfailModules(config: SourceValue | undefined): SourceValue[] {
  const out: SourceValue[] = [];
  for (const key of ['reporting', 'services']) {
    const list = getValue(config, key);
    const items = list?.kind === 'array' ? list.items : list?.kind === 'object' ? [list] : [];
    for (const item of items) {
      const module = getValue(item, 'module');
      if (module?.kind === 'string' && module.value === 'passfail') out.push(item);
    }
  }
  return out;
}

const CONDITION = /^([\w?*.-]+)(\s*of\s*([\S ]+))?([<>=]+)(\S+)(\s+(for|within)\s+(\S+))?/;
const ACTION = /^(stop|continue)(\s+as\s+(failed|non-failed))?/;

function criterionOf(value: SourceValue, message: string | undefined): Criterion[] {
  if (value.kind === 'string') return [fromString(value.value, value.loc)];
  if (value.kind !== 'object') return [];
  const text = (key: string) => {
    const v = getValue(value, key);
    return v?.kind === 'string' || v?.kind === 'number' ? String(v.value) : undefined;
  };
  const flag = (key: string) => {
    const v = getValue(value, key);
    return v?.kind === 'boolean' ? v.value : v === undefined ? true : undefined;
  };
  const subject = text('subject') ?? '';
  const condition = text('condition') ?? '>';
  const threshold = text('threshold') ?? '';
  const timeframe = text('timeframe');
  const label = text('label') ?? '';
  const fail = flag('fail');
  const stop = flag('stop');
  const custom = getEntry(value, 'class') !== undefined;
  const expression = `${subject}${label ? ` of ${label}` : ''}${condition}${threshold}${timeframe ? ` for ${timeframe}` : ''}`;
  const criterion: Criterion = {
    metric: label ? `${subject} of ${label}` : subject,
    expression: message ? `${message}: ${expression}` : expression,
    aggregation: aggregationOf(subject),
    operator: subject && threshold ? condition : undefined,
    value: numberOf(threshold),
    concerns: custom ? 'other' : concernOf(subject),
    strict: fail !== false,
    loc: value.loc,
  };
  if (fail !== false && stop !== false) criterion.abortOnFail = true;
  return [criterion];
}

function fromString(whole: string, loc: Location): Criterion {
  let text = whole;
  // Taurus takes everything before the first colon as the criterion's message.
  const colon = text.indexOf(':');
  if (colon >= 0) text = text.slice(colon + 1).trim();
  const comma = text.indexOf(',');
  const condition = (comma >= 0 ? text.slice(0, comma) : text).trim();
  const action = comma >= 0 ? text.slice(comma + 1).trim() : '';
  const match = CONDITION.exec(condition);
  const acted = action ? ACTION.exec(action) : null;
  if (!match || (action && !acted)) {
    return { metric: '', expression: whole, concerns: 'other', strict: true, loc };
  }
  const subject = match[1] ?? '';
  const label = match[3]?.trim();
  const stop = acted ? acted[1] !== 'continue' : true;
  const fail = acted ? acted[3] === undefined || acted[3] === 'failed' : true;
  const criterion: Criterion = {
    metric: label ? `${subject} of ${label}` : subject,
    expression: whole,
    aggregation: aggregationOf(subject),
    operator: match[4],
    value: numberOf(match[5] ?? ''),
    concerns: concernOf(subject),
    strict: fail,
    loc,
  };
  if (stop && fail) criterion.abortOnFail = true;
  return criterion;
}

/** The threshold in Taurus' units: seconds for times, a count or a percentage otherwise. */
function numberOf(threshold: string): number | undefined {
  const text = threshold.trim();
  if (text.endsWith('%')) return Number(text.slice(0, -1)) || (text === '0%' ? 0 : undefined);
  return taurusSeconds(text);
}

function concernOf(subject: string): Criterion['concerns'] {
  if (/^(avg-rt|avg-lt|avg-ct|stdev-rt)$/.test(subject) || /^p\d/.test(subject)) return 'latency';
  if (/^(succ|fail|rc)/.test(subject)) return 'errors';
  if (subject === 'hits') return 'throughput';
  return 'other';
}

/** The statistic a subject takes of response times: `avg` for the averages, the subject itself otherwise. */
function aggregationOf(subject: string): string {
  return /^avg-/.test(subject) ? 'avg' : subject;
}
