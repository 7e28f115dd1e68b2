/**
 * Fills `{{name}}` placeholders, `{{waitTime.call}}` for a field of a field of the selected value and
 * `{{$.criteria.count}}` for a fact of the scenario. An
 * unfilled placeholder is a bug in a rule, so it is reported, not hidden.
 */
export function fillTemplate(
  template: string,
  data: Record<string, string | number> = {},
): { text: string; missing: string[] } {
  const missing: string[] = [];
  const text = template.replace(/\{\{\s*((?:\$\.)?[\w-]+(?:\.[\w-]+)*)\s*\}\}/g, (_match, name: string) => {
    const value = data[name];
    if (value === undefined) {
      missing.push(name);
      return `{{${name}}}`;
    }
    return String(value);
  });
  return { text, missing };
}

/** The `{{$.path}}` placeholders of a text: facts of the scenario a message names. */
export function rootPlaceholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*(\$\.[\w-]+(?:\.[\w-]+)*)\s*\}\}/g)].map((m) => m[1]!);
}
