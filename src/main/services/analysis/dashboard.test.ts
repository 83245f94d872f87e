import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isSuppressed } from '../../../shared/analysis/dashboard';
import type { NpsSummary, RatingSummary } from '../../../shared/analysis/dashboard';
import { addQuestion, addStage, addTouchpoint } from '../store/questionnaire-repo';
import type { AnswerInput, RespondentInput } from '../store/responses-repo';
import { insertRespondents } from '../store/responses-repo';
import { ensureWave, updateStudyMeta } from '../store/study-repo';
import { createStudyFile } from '../study/study-service';
import { computeDashboard } from './dashboard';

function study(rows: { web: number | null; nps: number | null }[]) {
  const db = createStudyFile(join(mkdtempSync(join(tmpdir(), 'tp-dash-')), 's.tpstudy'), {
    client: 'Fjordbank',
    title: 'CX',
    languages: ['en', 'nb'],
  });
  const stage = addStage(db, { en: 'Purchase', nb: 'Kjøp' });
  const tp = addTouchpoint(db, stage, { en: 'Web shop', nb: 'Nettbutikk' });
  const web = addQuestion(db, {
    code: 'WEB',
    touchpointId: tp,
    type: 'rating',
    role: 'performance',
    scale: { kind: 'range', min: 1, max: 5 },
    texts: { en: 'Web shop', nb: 'Nettbutikk' },
  });
  const npsQ = addQuestion(db, {
    code: 'NPS',
    type: 'nps',
    role: 'outcome-recommend',
    scale: { kind: 'range', min: 0, max: 10 },
    texts: { en: 'Recommend' },
  });
  const wave = ensureWave(db, 2026);
  const input: RespondentInput[] = rows.map((r, i) => ({
    externalId: `r${i}`,
    answers: new Map<number, AnswerInput>([
      [
        web,
        r.web === null
          ? { value: null, text: null, missing: 1 as const }
          : { value: r.web, text: null, missing: 0 as const },
      ],
      [
        npsQ,
        r.nps === null
          ? { value: null, text: null, missing: 2 as const }
          : { value: r.nps, text: null, missing: 0 as const },
      ],
    ]),
  }));
  db.transaction(() => insertRespondents(db, wave, null, input))();
  return db;
}

describe('computeDashboard', () => {
  // 4 promoters (9, 10, 10, 9), 3 passives (7, 8, 8), 3 detractors (0, 6, 5), one "don't know".
  const npsValues = [9, 10, 10, 9, 7, 8, 8, 0, 6, 5, null];
  const webValues = [5, 4, 4, 3, 5, 2, 4, null, 5, 4, 3];
  const rows = npsValues.map((nps, i) => ({ nps, web: webValues[i] ?? null }));

  it('reports NPS with its margin and the touchpoint mean, computed from the stored answers', () => {
    const r = computeDashboard(study(rows), { waveYear: 2026, lang: 'nb' });
    expect(r.respondents).toBe(11);
    const nps = r.nps as NpsSummary;
    expect(nps.n).toBe(10);
    expect(nps.nps).toBeCloseTo(100 * (4 / 10 - 3 / 10), 10);
    // Var = p + d − (p − d)² = 0.4 + 0.3 − 0.01 = 0.69; SE = 100·√(0.69/10)
    expect(nps.se).toBeCloseTo(100 * Math.sqrt(0.69 / 10), 10);
    expect(nps.margin95).toBeCloseTo(1.96 * 100 * Math.sqrt(0.69 / 10), 10);
    const web = r.touchpoints[0] as RatingSummary;
    const valid = webValues.filter((v): v is number => v !== null);
    const mean = valid.reduce((a, b) => a + b, 0) / valid.length;
    expect(web.n).toBe(10);
    expect(web.mean).toBeCloseTo(mean, 12);
    expect(web.index).toBeCloseTo((100 * (mean - 1)) / 4, 10);
    expect(web.touchpointText).toBe('Nettbutikk');
    expect(web.stageText).toBe('Kjøp');
  });

  it('suppresses everything for a wave with fewer respondents than the anonymity threshold', () => {
    const db = study(rows.slice(0, 4));
    const r = computeDashboard(db, { lang: 'en' });
    expect(isSuppressed(r.nps)).toBe(true);
    expect(r.touchpoints).toEqual([]);
    updateStudyMeta(db, { anonymityK: 3 });
    expect(isSuppressed(computeDashboard(db, { lang: 'en' }).nps)).toBe(false);
  });

  it('names the wave that does not exist', () => {
    expect(() => computeDashboard(study(rows), { waveYear: 2019, lang: 'en' })).toThrow(/no wave 2019/);
  });
});
