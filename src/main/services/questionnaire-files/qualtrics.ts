import type { Language, Texts } from '../../../shared/domain/language';
import { pickText } from '../../../shared/domain/language';
import { choicesOf, choiceText } from './choices';
import { groupByStage } from './model';
import type { FileQuestion, FileQuestionnaire } from './model';

/** Qualtrics question tags for the app's question types. */
export function qualtricsTag(q: FileQuestion): string {
  switch (q.type) {
    case 'rating':
    case 'nps':
      return 'MC:SingleAnswer:Horizontal';
    case 'single':
      return 'MC:SingleAnswer:Vertical';
    case 'multi':
      return 'MC:MultipleAnswer:Vertical';
    case 'number':
      return 'TE:SingleLine';
    case 'text':
      return 'TE:Essay';
  }
}

/** Qualtrics export tags: letters, digits and `_`; it turns `-` and `.` into `_` itself. */
export function qualtricsId(code: string): string {
  return code.replace(/[.-]/g, '_');
}

/** One line per text: a line break inside a text would start a new choice or question. */
const line = (s: string) => s.replace(/\s*[\r\n]+\s*/g, ' ').trim();

/**
 * The questionnaire in Qualtrics' "Advanced Format" TXT (Survey → Tools → Import/Export → Import
 * Survey), in one language: a block per journey stage, each question with `[[ID:CODE]]` so that the
 * response export names its columns by the question codes.
 *
 * Recode values: Qualtrics codes each choice with its choice id, and a TXT import numbers the choices
 * 1, 2, 3 … in the order written, whatever their text. `[[AdvancedChoices]]` with `[[Choice:N]]` asks
 * for choice id N, so a 0–10 scale keeps 0–10 and a don't-know code keeps 99; still, open
 * "Recode values" on each rating after import and check that the numbers equal the scale points
 * (a Qualtrics account may renumber them from 1), because the import reads the numbers, not the texts.
 */
export function writeQualtricsTxt(fq: FileQuestionnaire, lang: Language): Buffer {
  const text = (t: Texts) => line(t[lang] ?? pickText(t, lang));
  const out: string[] = ['[[AdvancedFormat]]', ''];
  for (const g of groupByStage(fq)) {
    if (g.questions.length === 0) continue;
    out.push(`[[Block:${line(g.stage ? text(g.stage.texts) : 'General')}]]`, '');
    for (const q of g.questions) {
      out.push(`[[Question:${qualtricsTag(q)}]]`, `[[ID:${qualtricsId(q.code)}]]`, text(q.texts), '');
      const choices = choicesOf(q.scale);
      if (q.type === 'text' || q.type === 'number') continue;
      const numeric = q.scale.kind === 'range';
      if (numeric) {
        out.push('[[AdvancedChoices]]');
        for (const c of choices) out.push(`[[Choice:${c.name}]]`, line(choiceText(c, lang)));
      } else {
        out.push('[[Choices]]', ...choices.map((c) => line(choiceText(c, lang))));
      }
      out.push('');
    }
  }
  return Buffer.from(`${out.join('\n')}\n`, 'utf8');
}
