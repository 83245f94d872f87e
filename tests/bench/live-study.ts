/**
 * A large synthetic study built the way a consultant builds one: a study file, a questionnaire of
 * touchpoints (performance and, optionally, stated importance), satisfaction, NPS, a unit and a
 * region, then one CSV import of every respondent — all through the services' dispatcher, so the
 * file is whatever the current storage writes. Seeded: the same options give the same answers.
 * Used by the live-filter e2e test and the dashboard bench.
 */
import { createDispatch, createHandlers, StudySessions } from '../../src/main/services/index';
import type { ServiceContext } from '../../src/main/services/api/context';
import type { InputOf, OperationName, OutputOf } from '../../src/shared/api/contract';
import { mulberry32 } from '../../src/shared/stats/rng';

export type LiveStudyOptions = {
  respondents: number;
  touchpoints: number;
  /** A stated-importance question per touchpoint (doubles the touchpoint questions). */
  importance: boolean;
  units: number;
  waveYear?: number;
  seed?: number;
};

type Call = <N extends OperationName>(name: N, input: InputOf<N>) => Promise<OutputOf<N>>;

function dispatcher(dataDir: string): { call: Call; close(): void } {
  const sessions = new StudySessions();
  const ctx: ServiceContext = {
    sessions,
    dataDir,
    resourcesDir: dataDir,
    version: 'bench',
    transport: 'ipc',
    dialogs: null,
  };
  const dispatch = createDispatch(createHandlers(), ctx, () => {});
  const call: Call = async (name, input) => {
    const r = await dispatch(name, input);
    if (!r.ok) throw new Error(`${name}: ${r.error.code} ${r.error.message}`);
    return r.value as never;
  };
  return { call, close: () => sessions.closeAll() };
}

const range = (min: number, max: number) => ({ kind: 'range' as const, min, max });

/** The CSV of the study's answers (header: id, the question codes, UNIT, REGION). */
export function liveCsv(o: LiveStudyOptions): string {
  const rnd = mulberry32(o.seed ?? 20_260_601);
  const point = (min: number, max: number, centre: number) =>
    Math.max(min, Math.min(max, Math.round(centre + (rnd() + rnd() + rnd() - 1.5) * (max - min) * 0.4)));
  const header = ['id'];
  for (let t = 1; t <= o.touchpoints; t++) {
    header.push(`TP${t}_PERF`);
    if (o.importance) header.push(`TP${t}_IMP`);
  }
  header.push('SAT', 'NPS', 'UNIT', 'REGION');
  const lines = [header.join(',')];
  for (let i = 0; i < o.respondents; i++) {
    const unit = 1 + Math.floor(rnd() * o.units);
    const row: (string | number)[] = [`R${i + 1}`];
    let drive = 0;
    for (let t = 1; t <= o.touchpoints; t++) {
      const p = point(1, 5, 3 + 0.08 * unit - 0.03 * t);
      drive += p;
      row.push(rnd() < 0.06 ? '' : p);
      if (o.importance) row.push(rnd() < 0.04 ? '' : point(1, 5, 2.5 + t / (2 * o.touchpoints)));
    }
    drive /= o.touchpoints;
    row.push(point(1, 10, 2 * drive - 0.5), rnd() < 0.03 ? '' : point(0, 10, 2.2 * drive - 1));
    row.push(`U${unit}`, 1 + Math.floor(rnd() * 4));
    lines.push(row.join(','));
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Builds the study at `path` (which must not exist) and returns the time the import took. `dataDir`
 * holds the services' own files (recent list, profiles).
 */
export async function buildLiveStudy(
  path: string,
  dataDir: string,
  o: LiveStudyOptions,
): Promise<{ importMs: number }> {
  const { call, close } = dispatcher(dataDir);
  try {
    let ov = await call('study/create', {
      client: 'Fjordbank',
      title: `Live filter, ${o.respondents.toLocaleString('en')} respondents`,
      languages: ['en', 'nb'],
      path,
    });
    const studyId = ov.studyId;
    const stages = ['Before', 'During', 'After'];
    for (const [i, s] of stages.entries()) {
      ov = await call('questionnaire/addStage', { studyId, texts: { en: s }, code: `S${i + 1}` });
    }
    for (let t = 1; t <= o.touchpoints; t++) {
      const stage = ov.questionnaire.stages[Math.floor(((t - 1) * stages.length) / o.touchpoints)]!;
      ov = await call('questionnaire/addTouchpoint', {
        studyId,
        stageId: stage.id,
        texts: { en: `Touchpoint ${t}` },
        code: `TP${t}`,
      });
      const tp = ov.questionnaire.touchpoints.find((x) => x.code === `TP${t}`)!;
      ov = await call('questionnaire/addQuestion', {
        studyId,
        question: {
          code: `TP${t}_PERF`,
          touchpointId: tp.id,
          type: 'rating',
          role: 'performance',
          scale: range(1, 5),
          texts: { en: `Touchpoint ${t}: how satisfied are you?` },
        },
      });
      if (o.importance) {
        ov = await call('questionnaire/addQuestion', {
          studyId,
          question: {
            code: `TP${t}_IMP`,
            touchpointId: tp.id,
            type: 'rating',
            role: 'importance',
            scale: range(1, 5),
            texts: { en: `Touchpoint ${t}: how important is it?` },
            weighsQuestionCode: `TP${t}_PERF`,
          },
        });
      }
    }
    const more = [
      { code: 'SAT', type: 'rating', role: 'outcome-satisfaction', scale: range(1, 10), text: 'Overall' },
      { code: 'NPS', type: 'nps', role: 'outcome-recommend', scale: range(0, 10), text: 'Recommend' },
    ] as const;
    for (const q of more) {
      await call('questionnaire/addQuestion', {
        studyId,
        question: { code: q.code, type: q.type, role: q.role, scale: q.scale, texts: { en: q.text } },
      });
    }
    const choice = (codes: string[], label: (c: string) => string) => ({
      kind: 'choice' as const,
      options: codes.map((c) => ({ code: c, texts: { en: label(c) } })),
    });
    await call('questionnaire/addQuestion', {
      studyId,
      question: {
        code: 'UNIT',
        type: 'single',
        role: 'segment',
        scale: choice(
          Array.from({ length: o.units }, (_, u) => `U${u + 1}`),
          (c) => `Branch ${c.slice(1)}`,
        ),
        texts: { en: 'Branch' },
      },
    });
    await call('questionnaire/addQuestion', {
      studyId,
      question: {
        code: 'REGION',
        type: 'single',
        role: 'segment',
        scale: choice(['1', '2', '3', '4'], (c) => ['North', 'South', 'East', 'West'][Number(c) - 1]!),
        texts: { en: 'Region' },
      },
    });
    const csv = liveCsv(o);
    const t0 = performance.now();
    await call('import/commit', {
      studyId,
      waveYear: o.waveYear ?? 2026,
      file: { name: 'responses.csv', base64: Buffer.from(csv).toString('base64') },
    });
    return { importMs: performance.now() - t0 };
  } finally {
    close();
  }
}
