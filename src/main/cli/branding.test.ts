import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCanvas } from '@napi-rs/canvas';
import { beforeEach, describe, expect, it } from 'vitest';
import { cli } from './test-cli';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tp-cli-branding-'));
  process.env.TOUCHPOINT_DATA_DIR = join(dir, 'data');
});

describe('touchpoint branding', () => {
  it('sets logo, colours and names, prints them without the logo bytes, and refuses a bad colour', async () => {
    const study = join(dir, 's.tpstudy');
    expect((await cli('demo', study)).code).toBe(0);
    const logo = join(dir, 'logo.png');
    const c = createCanvas(90, 30);
    c.getContext('2d').fillRect(0, 0, 90, 30);
    writeFileSync(logo, c.toBuffer('image/png'));
    const r = await cli(
      'branding',
      study,
      '--logo',
      logo,
      '--color',
      '#0B5',
      '--accent',
      '#F90',
      '--consultancy',
      'Fjord Innsikt AS',
      '--prepared-by',
      'Kari Nordmann',
      '--json',
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(out).toEqual({
      primaryColor: '#00bb55',
      accentColor: '#ff9900',
      consultancy: 'Fjord Innsikt AS',
      preparedBy: 'Kari Nordmann',
      logo: { type: 'png', bytes: readFileSync(logo).length },
    });
    expect(r.stdout).not.toContain('base64');

    const before = readFileSync(study);
    const bad = await cli('branding', study, '--color', 'teal');
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain('the primary colour "teal" is not a hex colour');
    expect(bad.stderr).not.toMatch(/at .*\.ts:\d+/);
    expect(readFileSync(study).equals(before)).toBe(true);

    const shown = await cli('branding', study);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain('accent colour:  #ff9900');
    expect(shown.stdout).toMatch(/logo: +PNG, \d+ bytes/);
  }, 30_000);
});
