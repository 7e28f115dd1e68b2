#!/usr/bin/env node
// The CLI entry: the engine is bundled into dist/cli.js, the same code the action runs.
import { runCli } from '../dist/cli.js';

await runCli();
