import type { Database } from 'better-sqlite3';
import type { Language } from '../../../shared/domain/language';
import type { DraftQuestion } from '../../../shared/import/plan';
import { addQuestion, addStage, addTouchpoint, readQuestionnaire } from '../store/questionnaire-repo';

/**
 * Writes the questions an import creates, inside the import's transaction: the touchpoints their
 * question groups infer (under the study's last stage, or a new "Imported" stage when it has none;
 * a touchpoint of the same name is reused), performance items before the importance items that weigh
 * them. Returns the real id of each draft id.
 */
export function writeCreated(db: Database, created: readonly DraftQuestion[]): Map<number, number> {
  const ids = new Map<number, number>();
  if (created.length === 0) return ids;
  const lang = (Object.keys(created[0]!.texts)[0] ?? 'en') as Language;
  const qn = readQuestionnaire(db);
  const touchpoints = new Map<string, number>();
  for (const t of qn.touchpoints) {
    const name = Object.values(t.texts).find(Boolean);
    if (name) touchpoints.set(name.toLowerCase(), t.id);
  }
  let stageId = qn.stages.at(-1)?.id ?? null;
  const touchpointOf = (q: DraftQuestion): number | null => {
    const g = q.inference?.touchpoint;
    if (!g) return null;
    const known = touchpoints.get(g.label.toLowerCase());
    if (known !== undefined) return known;
    stageId ??= addStage(db, { [lang]: lang === 'en' ? 'Imported' : 'Importert' });
    const id = addTouchpoint(db, stageId, { [lang]: g.label });
    touchpoints.set(g.label.toLowerCase(), id);
    return id;
  };
  const ordered = [...created].sort(
    (a, b) => Number(!!a.weighsQuestionCode) - Number(!!b.weighsQuestionCode),
  );
  for (const q of ordered) {
    ids.set(
      q.id,
      addQuestion(db, {
        code: q.code,
        type: q.type,
        role: q.role,
        scale: q.scale,
        texts: q.texts,
        touchpointId: touchpointOf(q),
        weighsQuestionCode: q.weighsQuestionCode ?? null,
      }),
    );
  }
  return ids;
}
