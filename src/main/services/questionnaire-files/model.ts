import type { Language, Texts } from '../../../shared/domain/language';
import type { Questionnaire, QuestionRole, QuestionType, Scale } from '../../../shared/domain/questionnaire';

/** A questionnaire as files hold it: everything by code, never by database id, in order. */
export type FileTouchpoint = { code: string; texts: Texts };
export type FileStage = { code: string; texts: Texts; touchpoints: FileTouchpoint[] };
export type FileQuestion = {
  code: string;
  stageCode: string | null;
  touchpointCode: string | null;
  type: QuestionType;
  role: QuestionRole;
  scale: Scale;
  texts: Texts;
  weighsQuestionCode: string | null;
};
export type FileQuestionnaire = { stages: FileStage[]; questions: FileQuestion[] };

/** What a writer needs besides the questionnaire. */
export type FileStudy = { title: string; client: string; languages: Language[] };

export function toFileQuestionnaire(q: Questionnaire): FileQuestionnaire {
  const stageById = new Map(q.stages.map((s) => [s.id, s]));
  const tpById = new Map(q.touchpoints.map((t) => [t.id, t]));
  const codeById = new Map(q.questions.map((x) => [x.id, x.code]));
  return {
    stages: q.stages.map((s) => ({
      code: s.code,
      texts: s.texts,
      touchpoints: q.touchpoints
        .filter((t) => t.stageId === s.id)
        .map((t) => ({ code: t.code, texts: t.texts })),
    })),
    questions: q.questions.map((x) => {
      const tp = x.touchpointId === null ? undefined : tpById.get(x.touchpointId);
      return {
        code: x.code,
        stageCode: tp ? (stageById.get(tp.stageId)?.code ?? null) : null,
        touchpointCode: tp?.code ?? null,
        type: x.type,
        role: x.role,
        scale: x.scale,
        texts: x.texts,
        weighsQuestionCode: x.weighsQuestionId === null ? null : (codeById.get(x.weighsQuestionId) ?? null),
      };
    }),
  };
}

/** Questions in file order grouped as the journey shows them: per stage, then the general ones. */
export function groupByStage(
  fq: FileQuestionnaire,
): { stage: FileStage | null; questions: FileQuestion[] }[] {
  const groups: { stage: FileStage | null; questions: FileQuestion[] }[] = fq.stages.map((s) => ({
    stage: s,
    questions: s.touchpoints.flatMap((t) =>
      fq.questions.filter((q) => q.stageCode === s.code && q.touchpointCode === t.code),
    ),
  }));
  const general = fq.questions.filter((q) => q.touchpointCode === null);
  if (general.length > 0) groups.push({ stage: null, questions: general });
  return groups;
}

export function fileSlug(s: string): string {
  const base = s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase();
  return base.slice(0, 60) || 'questionnaire';
}

/** "ACME 2026 – questionnaire (nb).xlsx": the study's title, cleared of characters a file name cannot hold. */
export function fileName(title: string, lang: Language, ext: string): string {
  const printable = [...title].map((c) => (c < ' ' ? ' ' : c)).join('');
  const base = printable
    .replace(/[\\/:*?"<>|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 120);
  return `${base || 'Study'} – questionnaire (${lang}).${ext}`;
}
