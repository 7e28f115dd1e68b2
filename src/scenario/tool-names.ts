import type { ToolId } from './model.js';

/** Tools as their users write them, for messages. */
const TOOL_NAMES: Record<ToolId, string> = {
  k6: 'k6',
  artillery: 'Artillery',
  jmeter: 'JMeter',
  locust: 'Locust',
  gatling: 'Gatling',
  taurus: 'Taurus',
};

/** The display name of a tool; a name loadgate has no entry for is shown as given. */
export function toolName(tool: string): string {
  return TOOL_NAMES[tool as ToolId] ?? tool;
}
