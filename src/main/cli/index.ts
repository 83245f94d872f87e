#!/usr/bin/env node
import { runCli } from './run';

// One command per process: the analyses run on this thread, as a worker thread would only load the
// bundle a second time and copy the wave to it (TOUCHPOINT_ANALYSIS_WORKER=1 keeps the worker).
process.env.TOUCHPOINT_ANALYSIS_WORKER ??= '0';

const code = await runCli(process.argv.slice(2), {
  out: (t) => process.stdout.write(t.endsWith('\n') ? t : `${t}\n`),
  err: (t) => process.stderr.write(t.endsWith('\n') ? t : `${t}\n`),
});
process.exitCode = code;
