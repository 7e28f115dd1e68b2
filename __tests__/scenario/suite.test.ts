import { importCases } from '../helpers/cases.js';

await importCases(new URL('./', import.meta.url));
