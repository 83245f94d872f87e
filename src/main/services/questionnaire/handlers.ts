import type { QuestionnaireHandlers } from '../api/handlers';
import { addQuestion, addStage, addTouchpoint, removeItem } from '../store/questionnaire-repo';
import { touchStudy } from '../store/study-repo';
import type { OpenStudy } from '../study/sessions';
import { overviewOf } from '../study/study-service';
import { bulkUpdate, duplicateItem, insertDraft, moveItem, updateItem, updateTouches } from './edit';
import { recordAction, redo, undo } from './history';
import { assertCodeFree, keepingPairs } from './validate';

/** One designer action: validated, recorded for undo, one transaction. */
function act(s: OpenStudy, label: string, answersOf: number[], fn: () => void) {
  recordAction(
    s.db,
    label,
    answersOf,
    () => keepingPairs(s.db, fn),
    () => touchStudy(s.db),
  );
  return overviewOf(s);
}

export const questionnaireHandlers = {
  'questionnaire/addStage': (input, ctx) => {
    const s = ctx.sessions.get(input.studyId);
    return act(s, 'add', [], () => {
      if (input.code) assertCodeFree(s.db, 'stage', input.code, null);
      addStage(s.db, input.texts, input.code);
    });
  },
  'questionnaire/addTouchpoint': (input, ctx) => {
    const s = ctx.sessions.get(input.studyId);
    return act(s, 'add', [], () => {
      if (input.code) assertCodeFree(s.db, 'touchpoint', input.code, null);
      addTouchpoint(s.db, input.stageId, input.texts, input.code);
    });
  },
  'questionnaire/addQuestion': (input, ctx) => {
    const s = ctx.sessions.get(input.studyId);
    return act(s, 'add', [], () => void addQuestion(s.db, input.question));
  },
  'questionnaire/update': (input, ctx) => {
    const s = ctx.sessions.get(input.studyId);
    return act(s, 'update', updateTouches(input.kind, input.id), () =>
      updateItem(s.db, input.kind, input.id, input.patch, input.wording),
    );
  },
  'questionnaire/bulkUpdate': (input, ctx) => {
    const s = ctx.sessions.get(input.studyId);
    return act(s, 'update', input.questionIds, () => bulkUpdate(s.db, input.questionIds, input.patch));
  },
  'questionnaire/move': (input, ctx) => {
    const s = ctx.sessions.get(input.studyId);
    return act(s, 'move', [], () => moveItem(s.db, input.kind, input.id, input.position, input.toParentId));
  },
  'questionnaire/duplicate': (input, ctx) => {
    const s = ctx.sessions.get(input.studyId);
    return act(s, 'duplicate', [], () => duplicateItem(s.db, input.kind, input.id));
  },
  'questionnaire/insert': (input, ctx) => {
    const s = ctx.sessions.get(input.studyId);
    return act(s, 'insert', [], () =>
      insertDraft(s.db, input.draft, { stageId: input.intoStageId, touchpointId: input.intoTouchpointId }),
    );
  },
  'questionnaire/remove': (input, ctx) => {
    const s = ctx.sessions.get(input.studyId);
    const answersOf = input.kind === 'question' ? [input.id] : [];
    return act(s, 'remove', answersOf, () => removeItem(s.db, input.kind, input.id));
  },
  'questionnaire/undo': (input, ctx) => {
    const s = ctx.sessions.get(input.studyId);
    s.db.transaction(() => {
      undo(s.db);
      touchStudy(s.db);
    })();
    return overviewOf(s);
  },
  'questionnaire/redo': (input, ctx) => {
    const s = ctx.sessions.get(input.studyId);
    s.db.transaction(() => {
      redo(s.db);
      touchStudy(s.db);
    })();
    return overviewOf(s);
  },
} satisfies QuestionnaireHandlers;
