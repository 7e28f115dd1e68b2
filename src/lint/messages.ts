/**
 * Fills `{{name}}` placeholders, and `{{waitTime.call}}` for a field of a field of the selected value. An
 * unfilled placeholder is a bug in a rule, so it is reported, not hidden.
 */
export function fillTemplate(
  template: string,
  data: Record<string, string | number> = {},
): { text: string; missing: string[] } {
  const missing: string[] = [];
  const text = template.replace(/\{\{\s*([\w-]+(?:\.[\w-]+)*)\s*\}\}/g, (_match, name: string) => {
    const value = data[name];
    if (value === undefined) {
      missing.push(name);
      return `{{${name}}}`;
    }
    return String(value);
  });
  return { text, missing };
}
