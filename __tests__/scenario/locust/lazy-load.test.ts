import { expect, it } from '@jest/globals';
import { runEngine } from '../../../src/engine/run.js';
import { pythonParserLoaded } from '../../../src/scenario/python/parser.js';
import { GOOD_K6, workspaces } from '../../helpers/workspace.js';

const workspace = workspaces();

// Cold start: the wasm grammar is loaded only when a Python file is about to be parsed.
it('loads the Python parser only when a locustfile is linted', async () => {
  const k6Only = workspace({ 'load.js': GOOD_K6, 'tools/helper.py': 'import os\n' });
  await runEngine({ command: 'lint', cwd: k6Only });
  expect(pythonParserLoaded()).toBe(false);
  const withLocust = workspace({ 'locustfile.py': 'from locust import HttpUser\n' });
  const { report } = await runEngine({ command: 'lint', cwd: withLocust });
  expect(report.files.map((f) => f.tool)).toEqual(['locust']);
  expect(pythonParserLoaded()).toBe(true);
});
