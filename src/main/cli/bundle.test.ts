import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

// The installed command runs the bundle in out/cli (bin/touchpoint.mjs rebuilds it when a source is
// newer). These tests run that bundle as a user does, in a child process, and record every module it
// loads through a resolve hook, so a heavy library pulled in at the top of a module shows up here.

const root = resolve(__dirname, '../../..');
const bin = join(root, 'bin', 'touchpoint.mjs');
const outDir = join(root, 'out', 'cli');
const bundle = join(outDir, 'touchpoint.js');
const HEAVY = ['@napi-rs/canvas', 'pdfmake', 'xlsx', 'chart.js', 'pptxgenjs'];

let dir = '';
let hook = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tp-cli-bundle-'));
  hook = join(dir, 'trace.mjs');
  writeFileSync(
    hook,
    [
      "import { registerHooks } from 'node:module';",
      "import { writeFileSync } from 'node:fs';",
      'const seen = new Set();',
      'registerHooks({ resolve(s, c, next) { const r = next(s, c); seen.add(r.url); return r; } });',
      "process.on('exit', () => writeFileSync(process.env.TRACE_OUT, JSON.stringify([...seen])));",
    ].join('\n'),
  );
  // Builds the bundle if it is missing or older than a source, exactly as `touchpoint` does.
  const r = spawnSync(process.execPath, [bin, '--version'], { encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
}, 60_000);

function traced(args: string[]): { status: number | null; stdout: string; stderr: string; loaded: string[] } {
  const traceOut = join(dir, `trace-${Math.random().toString(36).slice(2)}.json`);
  const r = spawnSync(process.execPath, ['--import', hook, bundle, ...args], {
    encoding: 'utf8',
    env: { ...process.env, TRACE_OUT: traceOut, TOUCHPOINT_DATA_DIR: join(dir, 'data') },
  });
  const loaded = existsSync(traceOut) ? (JSON.parse(readFileSync(traceOut, 'utf8')) as string[]) : [];
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, loaded };
}

const packagesIn = (loaded: string[]) =>
  HEAVY.filter((p) => loaded.some((u) => u.includes(`/node_modules/${p}/`)));

describe('the bundled command line', () => {
  it('--help loads no service, no native module, no heavy library and no TypeScript', () => {
    const r = traced(['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Commands:');
    expect(r.loaded.length).toBeGreaterThan(0);
    expect(packagesIn(r.loaded)).toEqual([]);
    expect(
      r.loaded.filter((u) => u.includes('better-sqlite3') || u.endsWith('.ts') || u.includes('/tsx/')),
    ).toEqual([]);
  });

  it('info opens a study with SQLite only; report is the command that brings canvas and pdfmake', () => {
    const study = join(dir, 'sample.tpstudy');
    expect(traced(['demo', study]).status).toBe(0);
    const info = traced(['info', study, '--json']);
    expect(info.status, info.stderr).toBe(0);
    expect((JSON.parse(info.stdout) as { client: string }).client).toBe('Nordlys Forsikring');
    expect(info.loaded.some((u) => u.includes('/node_modules/better-sqlite3/'))).toBe(true);
    expect(packagesIn(info.loaded)).toEqual([]);

    // The control: the hook does see these libraries when a command needs them.
    const report = traced(['report', study, '--out', join(dir, 'r.pdf'), '--wave', '2026']);
    expect(report.status, report.stderr).toBe(0);
    expect(packagesIn(report.loaded)).toEqual(
      expect.arrayContaining(['@napi-rs/canvas', 'pdfmake', 'chart.js']),
    );
    expect(readFileSync(join(dir, 'r.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  }, 60_000);

  it('every worker a service starts is built beside the bundle, where the service looks for it', () => {
    const code = readdirSync(outDir)
      .filter((f) => f.endsWith('.js'))
      .map((f) => readFileSync(join(outDir, f), 'utf8'))
      .join('\n');
    const wanted = [...code.matchAll(/new URL\("\.\/([\w-]+\.js)", import\.meta\.url\)/g)].map((m) => m[1]!);
    // The analysis runner names its bundle through a variable: listed by hand.
    wanted.push('analysis-worker.js');
    expect(wanted).toEqual(expect.arrayContaining(['import-worker.js', 'read-worker.js']));
    for (const f of wanted) expect(existsSync(join(outDir, f)), f).toBe(true);
  });

  it('imports a CSV through the bundled workers', () => {
    const study = join(dir, 'import.tpstudy');
    expect(traced(['new', study, '--client', 'ACME', '--title', 'T']).status).toBe(0);
    const csv = join(root, 'resources', 'sample', 'responses-2026.csv');
    const r = traced(['import', study, csv, '--wave', '2026', '--create-questions', '--json']);
    expect(r.status, r.stderr).toBe(0);
    expect((JSON.parse(r.stdout) as { imported: number }).imported).toBe(460);
  }, 60_000);
});
