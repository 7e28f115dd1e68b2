import { formatBytes } from '../util/bytes.js';
import type { RuleDefinition } from './types.js';

const fenceFor = (file: string): string =>
  /\.(ya?ml)$/.test(file)
    ? 'yaml'
    : /\.json$/.test(file)
      ? 'json'
      : /\.ts$/.test(file)
        ? 'ts'
        : /\.jmx$/.test(file)
          ? 'xml'
          : 'js';

/** The doc page of one rule: everything on it comes from the rule file, so docs and behaviour cannot drift. */
export function renderRuleDoc(rule: RuleDefinition, generatedNote: string): string {
  const lines: string[] = [`<!-- ${generatedNote} -->`, '', `# \`${rule.id}\``, '', rule.summary, ''];
  lines.push(
    `| tools | default severity | category | since |`,
    `|---|---|---|---|`,
    `| ${rule.tools.join(', ')} | ${rule.severity} | ${rule.category} | ${rule.since} |`,
    '',
    '## Why',
    '',
    rule.rationale.trim(),
    '',
  );
  if (rule.fix) {
    const blank = (text: string) => text.replace(/\{\{\s*[\w-]+\s*\}\}/g, '…');
    const fixes =
      typeof rule.fix === 'string'
        ? [blank(rule.fix)]
        : Object.entries(rule.fix).map(([tool, text]) => `- ${tool}: ${blank(text ?? '')}`);
    lines.push('## How to fix', '', ...fixes, '');
  }
  lines.push('## Examples', '');
  const examples = [
    // The generator passes each rule with its examples (a built-in rule's are in generated/rule-examples.ts).
    ...(rule.examples?.bad ?? []).map((e) => ['Bad', e] as const),
    ...(rule.examples?.good ?? []).map((e) => ['Good', e] as const),
  ];
  for (const [label, example] of examples) {
    const beside = Object.entries(example.sizes ?? {}).map(
      ([path, bytes]) => `\`${path}\` (${formatBytes(bytes)})`,
    );
    lines.push(
      `${label} (\`${example.file}\`${beside.length > 0 ? `, beside ${beside.join(', ')}` : ''}):`,
      '',
      '```' + fenceFor(example.file),
      example.code.trimEnd(),
      '```',
      '',
    );
  }
  if (rule.optionsSchema) {
    const props = (rule.optionsSchema.properties ?? {}) as Record<
      string,
      { type?: string; description?: string }
    >;
    lines.push('## Options', '', '| option | type | default | description |', '|---|---|---|---|');
    for (const [name, prop] of Object.entries(props)) {
      const def = rule.defaultOptions?.[name];
      lines.push(
        `| \`${name}\` | ${prop.type ?? ''} | ${def === undefined ? '' : `\`${JSON.stringify(def)}\``} | ${prop.description ?? ''} |`,
      );
    }
    lines.push('');
  }
  lines.push(
    '## Configure',
    '',
    '```yaml',
    '# .loadgate.yml',
    'rules:',
    `  ${rule.id}: ${rule.severity === 'error' ? 'warning' : 'error'}   # or off, info`,
    '```',
    '',
    `Silence one finding with a reason: \`loadgate-disable-next-line ${rule.id} -- why\` in a comment on the line before.`,
    '',
  );
  if (rule.sources.length) {
    lines.push('## Sources', '', ...rule.sources.map((s) => `- ${s}`), '');
  }
  return lines.join('\n');
}

export function renderRuleIndex(rules: readonly RuleDefinition[], generatedNote: string): string {
  const lines = [
    `<!-- ${generatedNote} -->`,
    '',
    '# Rules',
    '',
    `${rules.length} built-in rules.`,
    '',
    '| rule | tools | severity | category | summary |',
    '|---|---|---|---|---|',
  ];
  for (const rule of rules) {
    lines.push(
      `| [\`${rule.id}\`](${rule.id}.md) | ${rule.tools.join(', ')} | ${rule.severity} | ${rule.category} | ${rule.summary} |`,
    );
  }
  return lines.join('\n') + '\n';
}
