import type { AdapterDescriptor } from '../model.js';
import { sniffArtillery } from './sniff.js';

/** Artillery scripts: YAML or JSON with Artillery's config and scenarios. Cheap: the registry holds it and loads the adapter only for a file it claims. */
export const artilleryDescriptor: AdapterDescriptor = {
  tool: 'artillery',
  filePatterns: ['*.yml', '*.yaml', '*.json'],
  sniff: (text) => sniffArtillery(text),
};
