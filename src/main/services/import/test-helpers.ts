import { mkdtempSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppError } from '../../../shared/api/errors';
import type { Result } from '../../../shared/api/errors';
import type { InputOf, OperationName, OutputOf } from '../../../shared/api/contract';
import { createDispatch, createHandlers, StudySessions } from '../index';
import type { ServiceContext } from '../api/context';
import { addQuestion, addStage, addTouchpoint } from '../store/questionnaire-repo';
import { createStudyFile } from '../study/study-service';

/** A temp folder per test: real files, real SQLite. */
export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'tp-'));
}

export function fileHash(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/** A small questionnaire like a real touchpoint study: ratings with a "don't know" code, NPS, a segment, a comment. */
export function makeStudy(path: string, lang: 'en' | 'nb' | 'da' = 'en'): void {
  const db = createStudyFile(path, { client: 'Nordlys', title: 'Kundeundersøkelse', languages: [lang] });
  const stage = addStage(db, { en: 'Purchase' });
  const tp = addTouchpoint(db, stage, { en: 'Web shop' });
  const dk = [{ value: 9, kind: 'dontKnow' as const }];
  addQuestion(db, {
    code: 'Q1',
    touchpointId: tp,
    type: 'rating',
    role: 'performance',
    scale: { kind: 'range', min: 1, max: 5, labels: [], missingCodes: dk },
    texts: { en: 'How satisfied are you with the web shop?', nb: 'Hvor fornøyd er du med nettbutikken?' },
  });
  addQuestion(db, {
    code: 'Q2',
    touchpointId: tp,
    type: 'rating',
    role: 'performance',
    scale: { kind: 'range', min: 1, max: 5, labels: [], missingCodes: dk },
    texts: { en: 'How satisfied are you with the delivery?', nb: 'Hvor fornøyd er du med leveringen?' },
  });
  addQuestion(db, {
    code: 'NPS',
    type: 'nps',
    role: 'outcome-recommend',
    scale: { kind: 'range', min: 0, max: 10, labels: [], missingCodes: [] },
    texts: { en: 'How likely is it that you would recommend us to a friend?' },
  });
  addQuestion(db, {
    code: 'DEPT',
    type: 'single',
    role: 'segment',
    scale: { kind: 'choice', options: [] },
    texts: { en: 'Department' },
  });
  addQuestion(db, {
    code: 'AMOUNT',
    type: 'number',
    role: 'other',
    scale: { kind: 'none' },
    texts: { en: 'Amount spent' },
  });
  addQuestion(db, {
    code: 'COMMENT',
    type: 'text',
    role: 'comment',
    scale: { kind: 'none' },
    texts: { en: 'Why?' },
  });
  db.close();
}

export type Api = {
  ctx: ServiceContext;
  call<N extends OperationName>(name: N, input: InputOf<N>): Promise<OutputOf<N>>;
  raw(name: string, input: unknown): Promise<Result<unknown>>;
  close(): void;
};

/** The real handler table behind the real dispatcher, as IPC, HTTP and the CLI use it. */
export function api(dataDir: string): Api {
  const sessions = new StudySessions();
  const ctx: ServiceContext = {
    sessions,
    dataDir,
    resourcesDir: dataDir,
    version: 'test',
    transport: 'ipc',
    dialogs: null,
  };
  const dispatch = createDispatch(createHandlers(), ctx, () => {});
  return {
    ctx,
    raw: dispatch,
    async call(name, input) {
      const r = await dispatch(name, input);
      if (!r.ok) throw new AppError(r.error.code, r.error.message, r.error.details);
      return r.value as never;
    },
    close: () => sessions.closeAll(),
  };
}

export function b64(text: string | Uint8Array): string {
  return Buffer.from(text).toString('base64');
}
