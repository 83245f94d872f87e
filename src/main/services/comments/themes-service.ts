/**
 * The comments of a study as the workspace and the report read them (once per data version), and the
 * theme figures: the share of comments per theme by unit or wave, with units under k left out of
 * every figure, totals included, and listed as hidden.
 */
import type { Database } from 'better-sqlite3';
import type { ThemesResult } from '../../../shared/api/comments';
import { AppError } from '../../../shared/api/errors';
import { themeFigures } from '../../../shared/comments/themes';
import { pickText, type Question } from '../../../shared/domain/index';
import type { Language } from '../../../shared/domain/language';
import { dataVersion } from '../analysis/cache';
import { readQuestionnaire } from '../store/questionnaire-repo';
import { readCommentSet, type CommentRecord, type CommentSet } from './records';
import { keyOf, readCodebook, readCodes } from './repo';

const sets = new WeakMap<Database, { version: string; set: CommentSet }>();

/** The study's comments, read once per data version. */
export function commentSet(db: Database): CommentSet {
  const version = dataVersion(db);
  const hit = sets.get(db);
  if (hit && hit.version === version) return hit.set;
  const set = readCommentSet(db);
  sets.set(db, { version: dataVersion(db), set });
  return set;
}

export function unitLabel(unit: Question | null, code: string, lang: Language): string {
  if (unit?.scale.kind !== 'choice') return code;
  const o = unit.scale.options.find((x) => x.code === code);
  return o ? pickText(o.texts, lang) : code;
}

/** Respondents of the wave × unit below k: their comments are never listed or counted. */
export function smallUnit(set: CommentSet, r: CommentRecord): boolean {
  if (!set.unit) return false;
  const n = set.unitSizes.get(r.waveYear)?.get(r.unit ?? '') ?? 0;
  return r.unit !== null && n < set.k;
}

export type ThemesInput = {
  lang: Language;
  by: 'unit' | 'wave';
  waveYear?: number | undefined;
  question?: string | undefined;
};

export function themesOf(db: Database, set: CommentSet, input: ThemesInput): ThemesResult {
  const codebook = readCodebook(db);
  const codes = readCodes(db);
  const qn = readQuestionnaire(db);
  const question = input.question ? qn.questions.find((q) => q.code === input.question) : undefined;
  if (input.question && !question) throw new AppError('NOT_FOUND', `no comment question "${input.question}"`);
  const waveYear = input.by === 'unit' ? (input.waveYear ?? set.waves.at(-1) ?? null) : null;
  const inScope = set.records.filter(
    (r) => (waveYear === null || r.waveYear === waveYear) && (!question || r.questionId === question.id),
  );
  // Units under k are left out of every figure, totals included, so nothing is recovered by
  // subtraction; they are listed as hidden.
  const small = new Set(inScope.filter((r) => smallUnit(set, r)).map((r) => r.unit!));
  const records = inScope.filter((r) => !smallUnit(set, r));
  const themed = records.map((r) => ({
    respondentId: r.respondentId,
    group: input.by === 'unit' ? r.unit : String(r.waveYear),
    codes: codes.get(keyOf(r))?.codes ?? [],
    recommend: r.recommend,
    satisfaction: r.satisfaction,
  }));
  const figures = themeFigures(
    themed,
    codebook.themes.map((t) => t.code),
    set.k,
    { hasRecommend: set.recommend !== null, hasSatisfaction: set.satisfaction !== null },
  );
  const groupCodes = [...new Set(themed.flatMap((t) => (t.group === null ? [] : [t.group])))];
  return {
    k: set.k,
    by: input.by,
    waveYear,
    groups: [...groupCodes, ...(input.by === 'unit' ? small : [])].map((code) => ({
      code,
      label: input.by === 'unit' ? unitLabel(set.unit, code, input.lang) : code,
    })),
    themes: figures.map((f, i) => {
      const t = codebook.themes[i]!;
      const hidden =
        input.by === 'unit' ? [...small].map((group) => ({ group, hidden: 'below-k' as const })) : [];
      return {
        ...f,
        groups: [...f.groups, ...hidden],
        label: pickText(t.label, input.lang),
        parent: t.parent ?? null,
      };
    }),
    heldBack: inScope.length - records.length,
  };
}
