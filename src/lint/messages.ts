/** `{{name}}`, `{{waitTime.call}}` or `{{$.criteria.count}}`, spaces allowed inside the braces. */
const PLACEHOLDER = /\{\{\s*((?:\$\.)?[\w-]+(?:\.[\w-]+)*)\s*\}\}/g;

/**
 * A template cut at its placeholders: text parts at even indexes, placeholder names at odd ones. Rules have
 * a few hundred texts, filled for every finding: each is cut once.
 */
const compiled = new Map<string, readonly string[]>();

function partsOf(template: string): readonly string[] {
  let parts = compiled.get(template);
  if (!parts) {
    parts = template.split(PLACEHOLDER);
    // Repository rules add texts at run time; the cache must not grow without bound with them.
    if (compiled.size < 10_000) compiled.set(template, parts);
  }
  return parts;
}

/**
 * Fills `{{name}}` placeholders, `{{waitTime.call}}` for a field of a field of the selected value and
 * `{{$.criteria.count}}` for a fact of the scenario. An
 * unfilled placeholder is a bug in a rule, so it is reported, not hidden.
 */
export function fillTemplate(
  template: string,
  data: Record<string, string | number> = {},
): { text: string; missing: string[] } {
  const parts = partsOf(template);
  if (parts.length === 1) return { text: template, missing: [] };
  const missing: string[] = [];
  let text = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i]!;
    const value = data[name];
    if (value === undefined) {
      missing.push(name);
      text += `{{${name}}}`;
    } else text += String(value);
    text += parts[i + 1]!;
  }
  return { text, missing };
}

/** The placeholder names of a text, in order: what a message or fix needs filled. */
export function placeholders(text: string): string[] {
  return partsOf(text).filter((_, i) => i % 2 === 1);
}
