import type { AdapterDescriptor } from '../model.js';
import { sniffK6 } from './sniff.js';

/** k6 scripts: JavaScript or TypeScript that imports k6 modules. Cheap: the registry holds it and loads the adapter only for a file it claims. */
export const k6Descriptor: AdapterDescriptor = {
  tool: 'k6',
  filePatterns: ['*.js', '*.mjs', '*.cjs', '*.ts', '*.mts'],
  sniff: (text, file) => sniffK6(text, file),
};
