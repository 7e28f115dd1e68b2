import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Imports every `*.cases.ts` under `dir` (recursively, sorted), so their describe blocks join one test file. */
export async function importCases(dir: URL): Promise<void> {
  const root = fileURLToPath(dir);
  const files = (readdirSync(root, { recursive: true }) as string[])
    .filter((f) => f.endsWith('.cases.ts'))
    .sort();
  for (const file of files) await import(join(root, file));
}
