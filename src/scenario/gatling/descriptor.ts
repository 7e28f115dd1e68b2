import type { AdapterDescriptor } from '../model.js';
import { sniffGatling } from './sniff.js';

/** Gatling simulations in Java, Kotlin or Scala. Cheap: the registry holds it and loads the adapter only for a file it claims. */
export const gatlingDescriptor: AdapterDescriptor = {
  tool: 'gatling',
  filePatterns: ['*.java', '*.kt', '*.scala'],
  sniff: (text, file) => sniffGatling(text, file),
};
