import type { Questionnaire, Question, Stage, Touchpoint } from '../domain/questionnaire';

export type Kind = 'stage' | 'touchpoint' | 'question';

export const byPos = <T extends { position: number }>(xs: readonly T[]): T[] =>
  [...xs].sort((a, b) => a.position - b.position);

/** The questionnaire in screen order: stages, their touchpoints, their questions; then the overall ones. */
export function ordered(q: Questionnaire) {
  const stages = byPos(q.stages).map((stage) => ({
    stage,
    touchpoints: byPos(q.touchpoints.filter((t) => t.stageId === stage.id)).map((touchpoint) => ({
      touchpoint,
      questions: byPos(q.questions.filter((x) => x.touchpointId === touchpoint.id)),
    })),
  }));
  const general = byPos(q.questions.filter((x) => x.touchpointId === null));
  return { stages, general };
}
export type Ordered = ReturnType<typeof ordered>;

/** Question ids in screen order (for Shift-click range selection). */
export function flatQuestions(o: Ordered): Question[] {
  return [...o.stages.flatMap((s) => s.touchpoints.flatMap((t) => t.questions)), ...o.general];
}

export type Move = { kind: Kind; id: number; toParentId?: number | null; position: number };

/**
 * Where Alt+Arrow (within the parent) or Alt+Shift+Arrow (to the previous/next parent) moves an item;
 * null when it is already at the edge.
 */
export function keyboardMove(
  o: Ordered,
  kind: Kind,
  id: number,
  dir: -1 | 1,
  acrossParents: boolean,
): Move | null {
  if (kind === 'stage') {
    const i = o.stages.findIndex((s) => s.stage.id === id);
    const to = i + dir;
    return i < 0 || to < 0 || to >= o.stages.length ? null : { kind, id, position: to };
  }
  if (kind === 'touchpoint') {
    const si = o.stages.findIndex((s) => s.touchpoints.some((t) => t.touchpoint.id === id));
    if (si < 0) return null;
    const siblings = o.stages[si]!.touchpoints;
    const i = siblings.findIndex((t) => t.touchpoint.id === id);
    if (!acrossParents) {
      const to = i + dir;
      return to < 0 || to >= siblings.length ? null : { kind, id, position: to };
    }
    const target = o.stages[si + dir];
    if (!target) return null;
    return { kind, id, toParentId: target.stage.id, position: dir < 0 ? target.touchpoints.length : 0 };
  }
  const all = [...o.stages.flatMap((s) => s.touchpoints), { touchpoint: null, questions: o.general }];
  const pi = all.findIndex((t) => t.questions.some((q) => q.id === id));
  if (pi < 0) return null;
  const siblings = all[pi]!.questions;
  const i = siblings.findIndex((q) => q.id === id);
  if (!acrossParents) {
    const to = i + dir;
    return to < 0 || to >= siblings.length ? null : { kind, id, position: to };
  }
  const target = all[pi + dir];
  if (!target) return null;
  return {
    kind,
    id,
    toParentId: target.touchpoint ? target.touchpoint.id : null,
    position: dir < 0 ? target.questions.length : 0,
  };
}

export type ParentOption = { id: number | null; label: string; group: string };

/** Possible new parents of an item for the "Move to…" menu. */
export function parentOptions(
  o: Ordered,
  kind: Kind,
  name: (x: Stage | Touchpoint) => string,
  generalLabel: string,
): ParentOption[] {
  if (kind === 'touchpoint')
    return o.stages.map((s) => ({ id: s.stage.id, label: name(s.stage), group: '' }));
  if (kind === 'question') {
    return [
      ...o.stages.flatMap((s) =>
        s.touchpoints.map((t) => ({ id: t.touchpoint.id, label: name(t.touchpoint), group: name(s.stage) })),
      ),
      { id: null, label: generalLabel, group: '' },
    ];
  }
  return [];
}
