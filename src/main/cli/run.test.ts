import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { cli } from './test-cli';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tp-cli-'));
  process.env.TOUCHPOINT_DATA_DIR = join(dir, 'data');
});

describe('touchpoint CLI', () => {
  it('creates a study and describes it as JSON on stdout only', async () => {
    const file = join(dir, 'acme.tpstudy');
    const made = await cli(
      'new',
      file,
      '--client',
      'ACME AS',
      '--title',
      'Kundeundersøkelse 2026',
      '--lang',
      'nb,en',
      '--json',
    );
    expect(made.code).toBe(0);
    expect(JSON.parse(made.stdout)).toMatchObject({ client: 'ACME AS', languages: ['nb', 'en'] });
    const info = await cli('info', file, '--json');
    expect(info.code).toBe(0);
    const doc = JSON.parse(info.stdout) as {
      title: string;
      waves: unknown[];
      questionnaire: { stages: unknown[] };
    };
    expect(doc.title).toBe('Kundeundersøkelse 2026');
    expect(doc.waves).toEqual([]);
    expect(doc.questionnaire.stages).toEqual([]);
  });

  it('refuses bad input with one line and a non-zero exit, never a stack trace', async () => {
    const notStudy = join(dir, 'data.tpstudy');
    writeFileSync(notStudy, 'id,score\n1,5\n');
    const r = await cli('info', notStudy);
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/data\.tpstudy is not a Touchpoint study/);
    expect(r.stderr).not.toMatch(/\bat .*\.ts:\d+/);

    const json = await cli('info', join(dir, 'missing.tpstudy'), '--json');
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toMatchObject({ ok: false, error: { code: 'FILE_NOT_FOUND' } });
  });

  it('answers wrong usage with exit code 2 and the usage line', async () => {
    expect((await cli('frobnicate')).code).toBe(2);
    const r = await cli('new', join(dir, 'x.tpstudy'), '--client', 'A');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--title is required/);
    expect(r.stderr).toMatch(/usage: touchpoint new/);
    expect((await cli('info', '--bogus', 'x')).code).toBe(2);
  });

  it('refuses to overwrite an existing file', async () => {
    const file = join(dir, 'a.tpstudy');
    expect((await cli('new', file, '--client', 'A', '--title', 'T')).code).toBe(0);
    const again = await cli('new', file, '--client', 'B', '--title', 'T');
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already exists/);
  });
});
