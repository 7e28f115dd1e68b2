#!/usr/bin/env node
// The CLI entry: the engine is bundled into dist/cli.js, the same code the action runs.
import module from 'node:module';

// Node 22.1+ caches the compiled bundle on disk, so later starts skip most of its compilation; Node 20 skips this.
module.enableCompileCache?.();
const { runCli } = await import('../dist/cli.js');
await runCli();
