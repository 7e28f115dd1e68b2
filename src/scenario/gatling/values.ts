import type { Program } from './program.js';
import type { CallExpr, Expr } from './syntax.js';

const MAX_HOPS = 8;

/** Follows a name to the one value it is declared with in the file (`val users = 10`). */
export function follow(expr: Expr | undefined, program: Program): Expr | undefined {
  let current = expr;
  for (let hop = 0; hop < MAX_HOPS && current; hop++) {
    let next: Expr | undefined;
    if (current.kind === 'ident') next = program.resolve(current.name);
    // `Config.users`, `CmsPages.homepage`: a member of a nested object or class, when its name is declared once.
    else if (isMemberOfType(current)) next = program.resolve(current.name);
    if (next === undefined) return current.kind === 'ident' ? undefined : current;
    current = next;
  }
  return current;
}

function isMemberOfType(expr: Expr): expr is CallExpr {
  return (
    expr.kind === 'call' &&
    expr.args === undefined &&
    expr.receiver?.kind === 'ident' &&
    /^[A-Z]/.test(expr.receiver.name)
  );
}

/** A number the file fixes: a literal, or a name declared once with a literal. */
export function numberValue(expr: Expr | undefined, program: Program): number | undefined {
  const value = follow(expr, program);
  if (value?.kind === 'number') return value.value;
  // `10.0.toInt`, `10.toDouble()`: conversions keep the value.
  if (value?.kind === 'call' && /^to(?:Int|Long|Double|Float)$/.test(value.name) && !value.args?.length)
    return numberValue(value.receiver, program);
  return undefined;
}

/** A string the file fixes: a literal without code interpolation, constants joined with `+`. */
export function stringValue(expr: Expr | undefined, program: Program): string | undefined {
  const value = follow(expr, program);
  if (value?.kind === 'string') return value.interpolated ? undefined : value.text;
  if (value?.kind === 'concat') {
    let out = '';
    for (const part of value.parts) {
      const text = part.kind === 'number' ? String(part.value) : stringValue(part, program);
      if (text === undefined) return undefined;
      out += text;
    }
    return out;
  }
  return undefined;
}

/** The text of a string as written for messages: literal parts kept, anything else shown as `${...}`. */
export function writtenText(expr: Expr | undefined, program: Program): string | undefined {
  const value = follow(expr, program);
  if (!value) return undefined;
  if (value.kind === 'string') return value.text;
  if (value.kind === 'number') return String(value.value);
  if (value.kind === 'concat')
    return value.parts.map((p) => writtenText(p, program) ?? `\${${p.node.text}}`).join('');
  return undefined;
}

/** Gatling Expression Language in a literal: `#{id}` (3.7+) or `${id}` (older, still read). */
export const GATLING_EL = /#\{[^}]*\}|\$\{[^}]*\}/;

const UNIT_SECONDS: Record<string, number> = {
  millis: 0.001,
  milli: 0.001,
  milliseconds: 0.001,
  millisecond: 0.001,
  ms: 0.001,
  second: 1,
  seconds: 1,
  s: 1,
  minute: 60,
  minutes: 60,
  min: 60,
  hour: 3600,
  hours: 3600,
  h: 3600,
  day: 86400,
  days: 86400,
};

const OF_UNIT: Record<string, number> = {
  ofMillis: 0.001,
  ofSeconds: 1,
  ofMinutes: 60,
  ofHours: 3600,
  ofDays: 86400,
};

/**
 * A duration in seconds: a plain number (Gatling reads seconds: `during(10)`, and Scala's `Predef` turns an
 * Int into seconds), `30.seconds`, `30 seconds`, `Duration.ofSeconds(30)`, `java.time.Duration.ofMinutes(2)`.
 */
export function durationSeconds(expr: Expr | undefined, program: Program): number | undefined {
  const value = follow(expr, program);
  if (!value) return undefined;
  if (value.kind === 'number') return value.value;
  if (value.kind !== 'call') return undefined;
  const unit = UNIT_SECONDS[value.name];
  if (unit !== undefined && !value.args?.length && value.receiver) {
    const n = numberValue(value.receiver, program);
    return n === undefined ? undefined : n * unit;
  }
  const of = OF_UNIT[value.name];
  // `ofSeconds(5)` alone comes from `import static java.time.Duration.ofSeconds`.
  if (
    of !== undefined &&
    value.args?.length === 1 &&
    (!value.receiver || /Duration$/.test(value.receiver.node.text))
  ) {
    const n = numberValue(value.args[0], program);
    return n === undefined ? undefined : n * of;
  }
  // Scala `Duration(5, "minutes")`, `FiniteDuration(5, MINUTES)`.
  if (/^(?:Finite)?Duration$/.test(value.name) && value.args?.length === 2) {
    const n = numberValue(value.args[0], program);
    const u = value.args[1]!.node.text.replace(/^"|"$/g, '').replace(/^.*\./, '').toLowerCase();
    const f = UNIT_SECONDS[u];
    return n === undefined || f === undefined ? undefined : n * f;
  }
  return undefined;
}

/** The call in a chain with one of these names, nearest the outside first. */
export function findInChain(expr: Expr | undefined, names: ReadonlySet<string>): CallExpr | undefined {
  let current = expr;
  while (current?.kind === 'call') {
    if (names.has(current.name)) return current;
    current = current.receiver;
  }
  return undefined;
}
