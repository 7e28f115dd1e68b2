import type { AdapterDescriptor } from '../model.js';
import { sniffLocust } from './sniff.js';

/** Locust files: Python that imports locust. Cheap: the registry holds it and loads the adapter only for a file it claims. */
export const locustDescriptor: AdapterDescriptor = {
  tool: 'locust',
  filePatterns: ['*.py'],
  sniff: (text) => sniffLocust(text),
};
