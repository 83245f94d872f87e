import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStudyDb } from '../store/db';
import { readUnitRules } from './store';

describe('migration 009 (unit rules)', () => {
  it('upgrades a real version-1 file to a study without unit rules, logging the step', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'tp-unit-mig-')), 'v1.tpstudy');
    copyFileSync(new URL('../../../../tests/fixtures/studies/v1.tpstudy', import.meta.url), path);
    const lines: string[] = [];
    const db = openStudyDb(path, (m) => lines.push(m));
    expect(lines).toContain('  step 1/2: table unit_rule');
    const sql = (
      db.prepare("SELECT sql FROM sqlite_schema WHERE name = 'unit_rule'").get() as { sql: string }
    ).sql;
    expect(sql).toMatch(/STRICT/);
    expect(readUnitRules(db)).toEqual([]);
    db.close();
  });
});
