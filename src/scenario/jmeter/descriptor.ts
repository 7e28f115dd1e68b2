import type { AdapterDescriptor } from '../model.js';

/** JMeter test plans: every `*.jmx`. Cheap: the registry holds it and loads the adapter only for a file it claims. */
export const jmeterDescriptor: AdapterDescriptor = {
  tool: 'jmeter',
  filePatterns: ['*.jmx'],
  ownsFilePatterns: true,
  sniff: () => true,
};
