import type { Database } from 'better-sqlite3';
import { pickText } from '../../../shared/domain/index';
import type { Language } from '../../../shared/domain/language';
import { sentimentOf } from '../../../shared/comments/sentiment';
import { quotable } from '../../../shared/privacy/suppression-text';
import { readQuestionnaire } from '../store/questionnaire-repo';
import { textLanguage } from './coding';
import { lexiconFor } from './lexicon';
import { keyOf, readCodebook, readCodes } from './repo';
import { commentSet, smallUnit, unitLabel } from './themes-service';

/** One coded comment as the workbook lists it: masked, labelled, never from a unit under k. */
export type CodedCommentRow = {
  waveYear: number;
  question: string;
  unit: string | null;
  npsGroup: 'promoters' | 'passives' | 'detractors' | null;
  themes: string[];
  tone: 'positive' | 'negative' | 'mixed' | 'neutral';
  text: string;
};

/** Every comment up to `waveYear` (all waves when undefined), newest wave first. */
export function codedCommentRows(db: Database, lang: Language, waveYear?: number): CodedCommentRow[] {
  const set = commentSet(db);
  const codes = readCodes(db);
  const labels = new Map(readCodebook(db).themes.map((t) => [t.code, pickText(t.label, lang)]));
  const byId = new Map(readQuestionnaire(db).questions.map((q) => [q.id, q]));
  const textLang = textLanguage(db);
  const lexicon = lexiconFor(textLang);
  return set.records
    .filter((r) => (waveYear === undefined || r.waveYear <= waveYear) && !smallUnit(set, r))
    .map((r) => {
      const text = quotable(r.text, lang);
      return {
        waveYear: r.waveYear,
        question: pickText(byId.get(r.questionId)!.texts, lang),
        unit: r.unit === null ? null : unitLabel(set.unit, r.unit, lang),
        npsGroup: r.npsGroup,
        themes: (codes.get(keyOf(r))?.codes ?? []).map((c) => labels.get(c) ?? c),
        tone: sentimentOf(text, textLang, lexicon).label,
        text,
      };
    })
    .sort((a, b) => b.waveYear - a.waveYear);
}
