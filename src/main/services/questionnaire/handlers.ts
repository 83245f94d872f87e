import type { PartialHandlerMap } from '../api/handlers';
import { addQuestion, addStage, addTouchpoint, removeItem } from '../store/questionnaire-repo';
import { touchStudy } from '../store/study-repo';
import type { OpenStudy } from '../study/sessions';
import { overviewOf } from '../study/study-service';

function write(s: OpenStudy, fn: () => void) {
  s.db.transaction(() => {
    fn();
    touchStudy(s.db);
  })();
  return overviewOf(s);
}

export const questionnaireHandlers: PartialHandlerMap = {
  'questionnaire/addStage': (input, ctx) => {
    const s = ctx.sessions.get(input.studyId);
    return write(s, () => addStage(s.db, input.texts));
  },
  'questionnaire/addTouchpoint': (input, ctx) => {
    const s = ctx.sessions.get(input.studyId);
    return write(s, () => addTouchpoint(s.db, input.stageId, input.texts));
  },
  'questionnaire/addQuestion': (input, ctx) => {
    const s = ctx.sessions.get(input.studyId);
    return write(s, () => addQuestion(s.db, input.question));
  },
  'questionnaire/remove': (input, ctx) => {
    const s = ctx.sessions.get(input.studyId);
    return write(s, () => removeItem(s.db, input.kind, input.id));
  },
};
