import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Questionnaire } from '../../../shared/domain/questionnaire';
import type { StudyOverview } from '../../../shared/domain/study';
import { testDispatch as serviceDispatch, value } from '../test-dispatch';
import { buildSampleStudy } from '../sample/build-sample';

export const resourcesDir = fileURLToPath(new URL('../../../../resources', import.meta.url));

/** A dispatch over real study files in a temp folder, as the app runs it. */
export function testDispatch() {
  const { dir, sessions, dispatch } = serviceDispatch('tp-qfiles-', { resourcesDir });
  const sample = async (): Promise<{ studyId: string; path: string; o: StudyOverview }> => {
    const path = join(mkdtempSync(join(dir, 's-')), 'sample.tpstudy');
    buildSampleStudy(join(resourcesDir, 'sample'), path);
    const o = ok<StudyOverview>(await dispatch('study/open', { path }));
    return { studyId: o.studyId, path, o };
  };
  const empty = async (languages: ('en' | 'nb' | 'da')[]) => {
    const path = join(mkdtempSync(join(dir, 'e-')), 'empty.tpstudy');
    const o = ok<StudyOverview>(
      await dispatch('study/create', { client: 'ACME', title: 'Empty', languages, path }),
    );
    return { studyId: o.studyId, path, o };
  };
  return { dispatch, sessions, sample, empty };
}

/** The value of a successful answer (a failure throws with its code and message). */
export const ok = value;

/** The questionnaire with database ids replaced by codes: what must survive a file. */
export function byCode(q: Questionnaire) {
  const stage = new Map(q.stages.map((s) => [s.id, s.code]));
  const tp = new Map(q.touchpoints.map((t) => [t.id, t]));
  const qc = new Map(q.questions.map((x) => [x.id, x.code]));
  return {
    stages: q.stages.map((s) => ({ code: s.code, position: s.position, texts: s.texts })),
    touchpoints: q.touchpoints.map((t) => ({
      code: t.code,
      stage: stage.get(t.stageId),
      position: t.position,
      texts: t.texts,
    })),
    questions: q.questions.map((x) => ({
      ...x,
      id: undefined,
      touchpointId: undefined,
      touchpoint: x.touchpointId === null ? null : tp.get(x.touchpointId)?.code,
      weighsQuestionId: undefined,
      weighs: x.weighsQuestionId === null ? null : qc.get(x.weighsQuestionId),
    })),
  };
}
