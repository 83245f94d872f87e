/**
 * The services in this process, called as the app and the CLI call them: through the dispatcher, by
 * operation name, with validated input. The benchmarks build their studies and measure the live
 * dashboard this way, so they keep measuring the product whatever the storage underneath.
 */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { ImportJobState, ImportSummary } from '../../src/shared/api/import';
import type { StudyOverview } from '../../src/shared/domain/study';
import { ANALYSIS_QUESTIONS, TOUCHPOINTS, UNITS } from './data';
import { benchDir } from './common';

export type Services = {
  call<T = unknown>(op: string, input: unknown): Promise<T>;
  close(): void;
};

export async function openServices(): Promise<Services> {
  const { createDispatch, createHandlers, StudySessions } = await import('../../src/main/services/index');
  const { findResourcesDir } = await import('../../src/main/services/paths');
  const sessions = new StudySessions();
  const ctx = {
    sessions,
    dataDir: join(benchDir, 'data'),
    resourcesDir: findResourcesDir(),
    version: 'bench',
    transport: 'ipc' as const,
    dialogs: null,
  };
  const dispatch = createDispatch(createHandlers(), ctx, () => {});
  return {
    async call<T>(op: string, input: unknown): Promise<T> {
      const r = await dispatch(op, input);
      if (!r.ok) throw new Error(`${op}: ${r.error.code}: ${r.error.message}`);
      return r.value as T;
    },
    close: () => sessions.closeAll(),
  };
}

/** An import as the CLI runs it: a job, polled until it ends. */
export async function importThrough(
  s: Services,
  studyId: string,
  file: string,
  waveYear: number,
): Promise<ImportSummary> {
  const { jobId } = await s.call<{ jobId: string }>('import/start', {
    studyId,
    file: { name: basename(file), base64: readFileSync(file).toString('base64') },
    waveYear,
    onError: 'missing',
    ifDuplicate: 'replace',
  });
  for (;;) {
    const st = await s.call<ImportJobState>('import/progress', { jobId });
    if (st.state === 'done' && st.result) return st.result;
    if (st.state !== 'running') throw new Error(`import ${file}: ${st.state}: ${st.error?.message ?? ''}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * A study with the analysis file's questionnaire: 3 stages × 6 touchpoints, each with a performance
 * and an importance question (which weighs it), SAT, NPS, LOY, EFFORT and the UNIT segment; then the
 * file imported as wave 2026. Returns the import's time.
 */
export async function buildAnalysisStudy(path: string, csv: string): Promise<number> {
  const s = await openServices();
  try {
    let o = await s.call<StudyOverview>('study/create', {
      client: 'Bench',
      title: 'Analysis',
      languages: ['en'],
      path,
    });
    const studyId = o.studyId;
    const tpIds = new Map<number, number>();
    for (let st = 0; st < 3; st++) {
      o = await s.call<StudyOverview>('questionnaire/addStage', {
        studyId,
        code: `S${st + 1}`,
        texts: { en: `Stage ${st + 1}` },
      });
      const stageId = o.questionnaire.stages.find((x) => x.code === `S${st + 1}`)!.id;
      for (let t = st * 6 + 1; t <= st * 6 + 6 && t <= TOUCHPOINTS; t++) {
        o = await s.call<StudyOverview>('questionnaire/addTouchpoint', {
          studyId,
          stageId,
          code: `TP${t}`,
          texts: { en: `Touchpoint ${t}` },
        });
        tpIds.set(t, o.questionnaire.touchpoints.find((x) => x.code === `TP${t}`)!.id);
      }
    }
    for (const q of ANALYSIS_QUESTIONS) {
      await s.call('questionnaire/addQuestion', {
        studyId,
        question: {
          code: q.code,
          touchpointId: q.touchpoint === null ? null : tpIds.get(q.touchpoint)!,
          type: q.role === 'outcome-recommend' ? 'nps' : 'rating',
          role: q.role,
          scale: { kind: 'range', min: q.min, max: q.max },
          texts: { en: q.code },
          weighsQuestionCode: q.weighs,
        },
      });
    }
    await s.call('questionnaire/addQuestion', {
      studyId,
      question: {
        code: 'UNIT',
        type: 'single',
        role: 'segment',
        scale: {
          kind: 'choice',
          options: Array.from({ length: UNITS }, (_, u) => ({
            code: `U${u + 1}`,
            texts: { en: `Unit ${u + 1}` },
          })),
        },
        texts: { en: 'Unit' },
      },
    });
    const t0 = performance.now();
    const summary = await importThrough(s, studyId, csv, 2026);
    const ms = performance.now() - t0;
    if (summary.imported < 1 || summary.createdQuestions.length > 0)
      throw new Error(
        `analysis study: imported ${summary.imported}, created ${summary.createdQuestions.length}`,
      );
    return ms;
  } finally {
    s.close();
  }
}
