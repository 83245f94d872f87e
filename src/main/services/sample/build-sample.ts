import type { Database } from 'better-sqlite3';
import { rmSync } from 'node:fs';
import type { Branding } from '../../../shared/domain/study';
import type { NewQuestion } from '../../../shared/api/questionnaire';
import { addQuestion, addStage, addTouchpoint } from '../store/questionnaire-repo';
import { insertImportedFile, insertRespondents } from '../store/responses-repo';
import { writePlsModel } from '../pls/store';
import { ensureWave, updateStudyMeta } from '../store/study-repo';
import { createStudyFile } from '../study/study-service';
import { codeByRules } from '../comments/coding';
import { writeCodebook } from '../comments/repo';
import type { SampleData } from './read-sample';
import { readSample } from './read-sample';
import type { SampleQuestion } from './sample-format';

function toNewQuestion(q: SampleQuestion, touchpointId: number | null): NewQuestion {
  return {
    code: q.code,
    touchpointId,
    type: q.type,
    role: q.role,
    scale: q.scale,
    texts: q.texts,
    weighsQuestionCode: q.weighs ?? null,
  };
}

// The store has no setters for branding and fieldwork dates yet; the sample needs both to look real.
function setBranding(db: Database, branding: Branding): void {
  db.prepare('UPDATE study SET branding = ? WHERE id = 1').run(JSON.stringify(branding));
}

function setFieldwork(db: Database, waveId: number, start: string, end: string, invited?: number): void {
  db.prepare('UPDATE wave SET fieldwork_start = ?, fieldwork_end = ?, invited = ? WHERE id = ?').run(
    start,
    end,
    invited ?? null,
    waveId,
  );
}

function writeSample(db: Database, sample: SampleData): void {
  const { study } = sample;
  updateStudyMeta(db, { anonymityK: study.study.anonymityK });
  setBranding(db, study.study.branding);
  const ids = new Map<string, number>();
  for (const stage of study.stages) {
    const stageId = addStage(db, stage.texts, stage.code);
    for (const tp of stage.touchpoints) {
      const touchpointId = addTouchpoint(db, stageId, tp.texts, tp.code);
      for (const q of tp.questions) ids.set(q.code, addQuestion(db, toNewQuestion(q, touchpointId)));
    }
  }
  for (const q of study.questions) ids.set(q.code, addQuestion(db, toNewQuestion(q, null)));
  if (study.plsModel) writePlsModel(db, study.plsModel);

  for (const { wave, bytes, respondents } of sample.waves) {
    const waveId = ensureWave(db, wave.year, wave.label);
    setFieldwork(db, waveId, wave.fieldworkStart, wave.fieldworkEnd, wave.invited);
    // The CSV is kept in the study like any import, so every sample number traces to file, row, column.
    const fileId = insertImportedFile(db, {
      name: wave.file,
      bytes,
      waveId,
      sheet: null,
      mapping: { source: 'sample', columns: 'question codes', idColumn: 'respondent_id' },
    });
    insertRespondents(
      db,
      waveId,
      fileId,
      respondents.map((r) => ({
        externalId: r.externalId,
        sourceRow: r.sourceRow,
        weight: 1,
        answers: new Map([...r.answers].map(([code, a]) => [ids.get(code)!, a])),
      })),
    );
  }
  // The codebook, and its rules' themes on every comment: the first comments screen has themes.
  if (sample.codebook) {
    writeCodebook(db, sample.codebook);
    codeByRules(db);
  }
}

/**
 * Writes already-read sample data into a new study file at `target`, in one transaction; if anything
 * fails the new file is removed again. An existing `target` is refused (FILE_EXISTS) and left alone.
 */
export function writeSampleStudy(target: string, sample: SampleData): void {
  const db = createStudyFile(target, {
    client: sample.study.study.client,
    title: sample.study.study.title,
    languages: sample.study.study.languages,
  });
  try {
    db.transaction(() => writeSample(db, sample))();
    db.close();
  } catch (e) {
    if (db.open) db.close();
    rmSync(target, { force: true });
    rmSync(`${target}-journal`, { force: true });
    throw e;
  }
}

/**
 * Builds the bundled sample study from `sampleDir` (study.json and one CSV per wave) into a new study
 * file at `target`. Everything is read and checked before the file is created.
 */
export function buildSampleStudy(sampleDir: string, target: string): void {
  writeSampleStudy(target, readSample(sampleDir));
}
