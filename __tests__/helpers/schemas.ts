import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ajv } from '../../src/util/ajv.js';

/** The published schemas, compiled once for every test that checks a document against them. */
const schema = (name: string) =>
  ajv().compile(
    JSON.parse(readFileSync(fileURLToPath(new URL(`../../docs/${name}`, import.meta.url)), 'utf8')),
  );

export const validateReport = schema('report.schema.json');
export const validateRun = schema('run.schema.json');
