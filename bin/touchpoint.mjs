#!/usr/bin/env node
// The `touchpoint` command (and `npm run cli`): runs the bundled CLI, out/cli/touchpoint.js. In a
// checkout it first rebuilds the bundle when a source is newer than it (esbuild, under a second), so
// it works right after `npm ci` and after every edit, with no build step and no transpiling at start.
import module from 'node:module';
import process from 'node:process';
import { pathToFileURL } from 'node:url';
import { buildCli, bundle, cliIsStale } from '../scripts/build-cli.mjs';

if (cliIsStale()) {
  try {
    await buildCli({ quiet: true });
  } catch (e) {
    process.stderr.write(
      `touchpoint: could not build the command line: ${e instanceof Error ? e.message : e}\n`,
    );
    process.exit(1);
  }
}
// V8's code cache on disk (Node ≥ 22.1): later starts skip compiling the bundle's modules again.
module.enableCompileCache?.();
await import(pathToFileURL(bundle).href);
