#!/usr/bin/env node
import { runCli } from './run';

const code = await runCli(process.argv.slice(2), {
  out: (t) => process.stdout.write(t.endsWith('\n') ? t : `${t}\n`),
  err: (t) => process.stderr.write(t.endsWith('\n') ? t : `${t}\n`),
});
process.exitCode = code;
