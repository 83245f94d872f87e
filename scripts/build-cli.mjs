// Builds the command line into out/cli/: one ES module bundle (touchpoint.js) plus the worker entries
// the services start beside it (they look for `<name>-worker.js` next to their own module), sharing
// chunks. Node runs it directly, so `touchpoint` starts without transpiling anything.
//
// Packages stay in node_modules (native ones must; the heavy ones load only when a command needs
// them); zod is bundled because every start validates with it and one file loads faster than many.
//
//   node scripts/build-cli.mjs          build
//   import { buildCli, cliIsStale }     used by bin/touchpoint.mjs to rebuild when a source is newer
import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const outDir = join(root, 'out', 'cli');
export const bundle = join(outDir, 'touchpoint.js');

/** Entry points: the CLI and every worker a service spawns (the name is what the service looks for). */
const ENTRIES = {
  touchpoint: 'src/main/cli/index.ts',
  'analysis-worker': 'src/main/services/analysis/worker.ts',
  'import-worker': 'src/main/services/import/import-worker.ts',
  'read-worker': 'src/main/services/import/read-worker.ts',
};

/** Packages compiled into the bundle; every other bare import is loaded from node_modules at run time. */
const BUNDLED_PACKAGES = new Set(['zod']);

/** What the bundle is built from: a change to any of these makes it stale. */
const INPUTS = ['src/main', 'src/shared', 'resources/sample', 'package.json', 'scripts/build-cli.mjs'];

function newestMtime(path) {
  let st;
  try {
    st = statSync(path);
  } catch {
    return 0;
  }
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const name of readdirSync(path)) {
    if (name.endsWith('.test.ts')) continue;
    const m = newestMtime(join(path, name));
    if (m > newest) newest = m;
  }
  return newest;
}

/** True when the bundle is missing or older than a source it is built from (a few ms for ~400 files). */
export function cliIsStale() {
  if (!existsSync(bundle)) return true;
  if (!existsSync(join(root, 'src', 'main'))) return false; // installed without sources: use what is built
  const built = statSync(bundle).mtimeMs;
  return INPUTS.some((p) => newestMtime(join(root, p)) > built);
}

const packagesExternal = {
  name: 'packages-external',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.path.startsWith('node:')) return { path: args.path, external: true };
      const name = args.path.startsWith('@')
        ? args.path.split('/').slice(0, 2).join('/')
        : args.path.split('/')[0];
      return BUNDLED_PACKAGES.has(name) ? undefined : { path: args.path, external: true };
    });
  },
};

/**
 * Builds out/cli/ (esbuild: well under a second). Written to a fresh folder first and swapped in, so a
 * concurrent start never sees half a build. Chunks sit beside the entries: a service's
 * `new URL('./import-worker.js', import.meta.url)` must land in out/cli/ whichever chunk it is in.
 */
export async function buildCli({ quiet = false } = {}) {
  const esbuild = await import('esbuild');
  const started = Date.now();
  const tmp = `${outDir}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  await esbuild.build({
    absWorkingDir: root,
    entryPoints: Object.fromEntries(Object.entries(ENTRIES).map(([k, v]) => [k, join(root, v)])),
    outdir: tmp,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node24',
    sourcemap: 'linked',
    logLevel: 'warning',
    plugins: [packagesExternal],
  });
  const old = `${outDir}.old-${process.pid}`;
  if (existsSync(outDir)) renameSync(outDir, old);
  renameSync(tmp, outDir);
  rmSync(old, { recursive: true, force: true });
  if (!quiet) process.stderr.write(`built ${bundle} in ${Date.now() - started} ms\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await buildCli();
}
