import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CommentsResult } from '../../../shared/analysis/comments';
import type { Suppressed } from '../../../shared/analysis/dashboard';
import type { Analysed } from '../../../shared/api/analysis';
import type { Result } from '../../../shared/api/errors';
import type { StudyOverview } from '../../../shared/domain/index';
import { maskPersonalData } from '../../../shared/privacy/mask';
import { addQuestion } from '../store/questionnaire-repo';
import type { AnswerInput, RespondentInput } from '../store/responses-repo';
import { insertRespondents } from '../store/responses-repo';
import { ensureWave } from '../store/study-repo';
import { createStudyFile } from '../study/study-service';
import { testDispatch } from '../test-dispatch';

const { dir, sessions, dispatch } = testDispatch('tp-comments-');
afterAll(() => sessions.closeAll());

/**
 * 40 respondents: branch A (24), B (7), C (3, under k = 5) and D (6, hidden with C so that C cannot
 * be had by subtraction); NPS 10 for the first 20 (all in A), 2 for the rest; a comment from every respondent, some with an e-mail address or a phone number in it.
 */
function makeStudy(): string {
  const path = join(mkdtempSync(join(dir, 's-')), 'c.tpstudy');
  const db = createStudyFile(path, { client: 'Fjordbank', title: 'Comments', languages: ['en', 'nb'] });
  const nps = addQuestion(db, {
    code: 'NPS',
    type: 'nps',
    role: 'outcome-recommend',
    scale: { kind: 'range', min: 0, max: 10 },
    texts: { en: 'Recommend' },
  });
  const comment = addQuestion(db, {
    code: 'COMMENT',
    type: 'text',
    role: 'comment',
    scale: { kind: 'none' },
    texts: { en: 'Why?' },
  });
  const branch = addQuestion(db, {
    code: 'BRANCH',
    type: 'single',
    role: 'segment',
    scale: {
      kind: 'choice',
      options: ['A', 'B', 'C', 'D'].map((c) => ({ code: c, texts: { en: `Branch ${c}` } })),
    },
    texts: { en: 'Branch' },
  });
  const waveId = ensureWave(db, 2026);
  const rows: RespondentInput[] = [];
  for (let i = 0; i < 40; i++) {
    const b = i < 24 ? 'A' : i < 31 ? 'B' : i < 34 ? 'C' : 'D';
    const text =
      i === 0
        ? 'Write to me at kari.nordmann@example.no about the claim'
        : i === 1
          ? 'Call me on +47 912 34 567, the app kept crashing'
          : i === 2
            ? 'Rådgiveren på Tromsø-kontoret var svært hjelpsom'
            : i === 3
              ? ''
              : `Comment ${i} from branch ${b}`;
    const answers = new Map<number, AnswerInput>([
      [nps, { value: i < 20 ? 10 : 2, text: null, missing: 0 }],
      [comment, text ? { value: null, text, missing: 0 } : { value: null, text: null, missing: 1 }],
      [branch, { value: null, text: b, missing: 0 }],
    ]);
    rows.push({ externalId: `r${i}`, answers });
  }
  db.transaction(() => insertRespondents(db, waveId, null, rows))();
  db.close();
  return path;
}

async function open(): Promise<string> {
  const r = await dispatch('study/open', { path: makeStudy() });
  if (!r.ok) throw new Error(r.error.message);
  return (r.value as StudyOverview).studyId;
}

function result(r: Result<unknown>): CommentsResult | Suppressed {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return (r.value as Analysed<CommentsResult>).result;
}

function shown(r: Result<unknown>): CommentsResult {
  const x = result(r);
  if ('suppressed' in x) throw new Error(`suppressed: ${x.reason}`);
  return x;
}

describe('analysis/comments', () => {
  it('lists every open answer of the wave, masked, a page at a time', async () => {
    const studyId = await open();
    const all = shown(await dispatch('analysis/comments', { studyId }));
    expect(all.total).toBe(39); // one respondent left it blank
    expect(all.groupN).toBe(40);
    expect(all.questions).toEqual([{ code: 'COMMENT', text: 'Why?', count: 39 }]);
    const texts = all.comments.map((c) => c.text);
    // Whatever the mask writes instead, it is the shared mask's text, and the details are gone.
    expect(texts[0]).toBe(maskPersonalData('Write to me at kari.nordmann@example.no about the claim').text);
    expect(texts[1]).toBe(maskPersonalData('Call me on +47 912 34 567, the app kept crashing').text);
    expect(all.comments[0]!.masked).toBe(1);
    expect(all.comments[1]!.masked).toBe(1);
    expect(JSON.stringify(all)).not.toMatch(/kari\.nordmann|912 34 567/);
    const page = shown(await dispatch('analysis/comments', { studyId, offset: 23, limit: 5 }));
    expect(page.total).toBe(39);
    expect(page.comments.map((c) => c.text)).toEqual([
      'Comment 24 from branch B',
      'Comment 25 from branch B',
      'Comment 26 from branch B',
      'Comment 27 from branch B',
      'Comment 28 from branch B',
    ]);
  });

  it('filters by unit, NPS group and a search that ignores diacritics', async () => {
    const studyId = await open();
    const b = shown(
      await dispatch('analysis/comments', { studyId, filter: [{ variable: 'BRANCH', values: ['B'] }] }),
    );
    expect(b.total).toBe(7);
    expect(b.comments.every((c) => c.text.endsWith('branch B'))).toBe(true);
    const detractors = shown(await dispatch('analysis/comments', { studyId, npsGroup: 'detractor' }));
    expect(detractors.groupN).toBe(20);
    expect(detractors.comments.every((c) => c.npsGroup === 'detractor')).toBe(true);
    expect(detractors.total).toBe(20);
    const search = shown(await dispatch('analysis/comments', { studyId, search: 'RADGIVEREN pa tromso' }));
    expect(search.comments.map((c) => c.text)).toEqual(['Rådgiveren på Tromsø-kontoret var svært hjelpsom']);
    // A search sees the masked text only: an address cannot be found by guessing it.
    expect(shown(await dispatch('analysis/comments', { studyId, search: 'kari' })).total).toBe(0);
  });

  it('quotes nothing from a group under k', async () => {
    const studyId = await open();
    const c = result(
      await dispatch('analysis/comments', { studyId, filter: [{ variable: 'BRANCH', values: ['C'] }] }),
    );
    expect(c).toMatchObject({ suppressed: true, k: 5 });
    expect(JSON.stringify(c)).not.toContain('branch C');
    // D (6) on its own would give C as the wave minus A, B and D: hidden too.
    const d = result(
      await dispatch('analysis/comments', { studyId, filter: [{ variable: 'BRANCH', values: ['D'] }] }),
    );
    expect(d).toMatchObject({ suppressed: true });
    // B (7) with promoters only: none of B is a promoter (all of B scored 2), 0 < k.
    const bPromoters = result(
      await dispatch('analysis/comments', {
        studyId,
        filter: [{ variable: 'BRANCH', values: ['B'] }],
        npsGroup: 'promoter',
      }),
    );
    expect(bPromoters).toMatchObject({ suppressed: true });
  });
});
