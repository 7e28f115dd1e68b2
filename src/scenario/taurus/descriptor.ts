import type { AdapterDescriptor } from '../model.js';
import { sniffTaurus } from './sniff.js';

/** Taurus configs: YAML or JSON with Taurus's execution and scenarios. Cheap: the registry holds it and loads the adapter only for a file it claims. */
export const taurusDescriptor: AdapterDescriptor = {
  tool: 'taurus',
  filePatterns: ['*.yml', '*.yaml', '*.json'],
  sniff: (text) => sniffTaurus(text),
};
