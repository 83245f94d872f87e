import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import type { Analysed } from '../../../shared/api/analysis';
import type { DriversResult } from '../../../shared/analysis/drivers';
import type { StudyOverview } from '../../../shared/domain/index';
import { runCli } from '../../cli/run';
import { studyReportPdf } from '../report/report-service';
import { STAGES_32, makeStudy32 } from './test-study-32';
import { testDispatch } from '../test-dispatch';

const resourcesDir = fileURLToPath(new URL('../../../../resources', import.meta.url));
const { dir, sessions, dispatch } = testDispatch('tp-drivers-32-');
afterAll(() => sessions.closeAll());

function study(): string {
  const { path, db } = makeStudy32(mkdtempSync(join(dir, 's-')));
  db.close();
  return path;
}

function hasTool(name: string): boolean {
  try {
    execFileSync(name, ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
const poppler = hasTool('pdftotext');

describe('key drivers of a questionnaire with 32 touchpoints', () => {
  it('are computed through the analysis handler as Owen values by journey stage', async () => {
    const opened = await dispatch('study/open', { path: study() });
    if (!opened.ok) throw new Error(opened.error.message);
    const studyId = (opened.value as StudyOverview).studyId;
    const r = await dispatch('analysis/drivers', { studyId, outcome: 'SAT', drivers: 'performance' });
    if (!r.ok) throw new Error(r.error.message);
    const d = (r.value as Analysed<DriversResult>).result as DriversResult;
    expect(d.drivers).toHaveLength(32);
    expect(d.shapleyMethod.method).toBe('owen-stages');
    if (d.shapleyMethod.method !== 'owen-stages') return;
    expect(d.shapleyMethod.groups.map((g) => [g.label, g.codes.length])).toEqual(STAGES_32);
    expect(d.method).toMatch(/Owen decomposition of R² with the 6 journey stages/);
    expect(d.drivers.reduce((s, x) => s + x.shapley, 0)).toBeCloseTo(d.r2, 10);
    expect(d.drivers.reduce((s, x) => s + x.relativeWeight, 0)).toBeCloseTo(d.r2, 10);
    // The two touchpoints that drive satisfaction in the data come first.
    const top = [...d.drivers].sort((a, b) => b.shapley - a.shapley).map((x) => x.code);
    expect(top.slice(0, 2).sort()).toEqual(['T12_PERF', 'T20_PERF']);
  });

  it('are in `touchpoint analyze --json` with the method named', async () => {
    process.env.TOUCHPOINT_DATA_DIR = join(dir, 'cli-data');
    const out: string[] = [];
    const code = await runCli(['analyze', study(), '--json'], { out: (t) => out.push(t), err: () => {} });
    expect(code).toBe(0);
    const doc = JSON.parse(out.join('\n')) as { result: { drivers: DriversResult } };
    expect(doc.result.drivers.drivers).toHaveLength(32);
    expect(doc.result.drivers.shapleyMethod.method).toBe('owen-stages');
    const text: string[] = [];
    await runCli(['analyze', study()], { out: (t) => text.push(t), err: () => {} });
    expect(text.join('\n')).toMatch(/decomposition: owen-stages \(6 stages: Awareness 5, Purchase 6/);
  });

  it.skipIf(!poppler)(
    'fill the PDF driver chapter, which names the Owen decomposition',
    async () => {
      const db = new Database(study());
      const r = await studyReportPdf(db, { lang: 'en', resourcesDir, date: '2026-12-01' });
      db.close();
      const file = join(mkdtempSync(join(dir, 'pdf-')), 'r.pdf');
      writeFileSync(file, r.bytes);
      const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
        .replaceAll('\u00a0', ' ')
        .replace(/\s+/g, ' ');
      expect(text).toContain('What drives overall satisfaction');
      expect(text).toContain(
        'With 32 touchpoints, too many for all subsets, R² is shared by exact Owen values: first between the 6 journey stages',
      );
    },
    60_000,
  );
});
