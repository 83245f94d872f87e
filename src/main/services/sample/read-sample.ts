import { existsSync, readFileSync } from 'node:fs';
import { codebookSchema, type Codebook } from '../../../shared/api/comments';
import { join } from 'node:path';
import { z } from 'zod';
import { AppError } from '../../../shared/api/errors';
import { MISSING } from '../../../shared/domain/questionnaire';
import type { AnswerInput } from '../store/responses-repo';
import { parseCsv } from './csv';
import type { SampleQuestion, SampleStudy } from './sample-format';
import { allSampleQuestions, sampleStudySchema } from './sample-format';

export type SampleRespondent = {
  externalId: string;
  /** Row in the CSV as a spreadsheet shows it (header = 1), for provenance. */
  sourceRow: number;
  answers: Map<string, AnswerInput>;
};

export type SampleWaveData = {
  wave: SampleStudy['waves'][number];
  bytes: Uint8Array;
  respondents: SampleRespondent[];
};

export type SampleData = { study: SampleStudy; waves: SampleWaveData[]; codebook: Codebook | null };

export const RESPONDENT_ID_COLUMN = 'respondent_id';

function invalid(message: string, details: Record<string, string | number>): AppError {
  return new AppError('INVALID_INPUT', message, details);
}

function readText(dir: string, file: string): { text: string; bytes: Uint8Array } {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(join(dir, file));
  } catch (e) {
    throw new AppError('FILE_NOT_FOUND', `sample file ${file} could not be read: ${(e as Error).message}`, {
      file,
    });
  }
  return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), bytes };
}

export function readSampleStudy(dir: string): SampleStudy {
  const { text } = readText(dir, 'study.json');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw invalid(`study.json is not valid JSON: ${(e as Error).message}`, { file: 'study.json' });
  }
  const parsed = sampleStudySchema.safeParse(json);
  if (!parsed.success) {
    throw invalid(`study.json is not a valid sample study:\n${z.prettifyError(parsed.error)}`, {
      file: 'study.json',
    });
  }
  return parsed.data;
}

/** One CSV cell as an answer; codes of the scale's missing codes become missing, never values. */
export function parseCell(q: SampleQuestion, raw: string, where: () => string): AnswerInput {
  const cell = raw.trim();
  if (cell === '') return { value: null, text: null, missing: MISSING.noAnswer };
  const scale = q.scale;
  switch (scale.kind) {
    case 'range': {
      const v = Number(cell);
      const code = scale.missingCodes.find((m) => m.value === v);
      if (code) {
        return {
          value: null,
          text: null,
          missing: code.kind === 'dontKnow' ? MISSING.dontKnow : MISSING.notApplicable,
        };
      }
      if (!Number.isInteger(v) || v < scale.min || v > scale.max) {
        throw new Error(`${where()}: "${cell}" is not on the scale ${scale.min}–${scale.max}`);
      }
      return { value: v, text: null, missing: MISSING.answered };
    }
    case 'choice': {
      if (q.type === 'multi') throw new Error(`${where()}: multiple choice is not supported in sample files`);
      if (!scale.options.some((o) => o.code === cell)) {
        throw new Error(`${where()}: "${cell}" is not one of the option codes`);
      }
      // The code stays the answer (text); a numeric code is also kept as a value, as exported.
      return { value: /^-?\d+$/.test(cell) ? Number(cell) : null, text: cell, missing: MISSING.answered };
    }
    case 'none': {
      if (q.type !== 'number') return { value: null, text: cell, missing: MISSING.answered };
      const v = Number(cell);
      if (!Number.isFinite(v)) throw new Error(`${where()}: "${cell}" is not a number`);
      return { value: v, text: null, missing: MISSING.answered };
    }
  }
}

function readWave(dir: string, study: SampleStudy, wave: SampleStudy['waves'][number]): SampleWaveData {
  const file = wave.file;
  const { text, bytes } = readText(dir, file);
  let records: string[][];
  try {
    records = parseCsv(text);
  } catch (e) {
    throw invalid(`${file}: ${(e as Error).message}`, { file });
  }
  const [header, ...rows] = records;
  if (!header || header[0] !== RESPONDENT_ID_COLUMN) {
    throw invalid(`${file}: the first column must be ${RESPONDENT_ID_COLUMN}`, { file, row: 1 });
  }
  const byCode = new Map(allSampleQuestions(study).map((q) => [q.code, q]));
  const columns = header.slice(1).map((code, i) => {
    const q = byCode.get(code);
    if (!q)
      throw invalid(`${file}, column ${i + 2}: "${code}" is not a question code`, {
        file,
        row: 1,
        column: i + 2,
      });
    return q;
  });
  if (new Set(header).size !== header.length)
    throw invalid(`${file}: a column appears twice`, { file, row: 1 });

  const seen = new Set<string>();
  const respondents = rows.map((record, r) => {
    const row = r + 2;
    if (record.length !== header.length) {
      throw invalid(`${file}, row ${row}: ${record.length} fields, the header has ${header.length}`, {
        file,
        row,
      });
    }
    const externalId = record[0]!.trim();
    if (externalId === '' || seen.has(externalId)) {
      throw invalid(`${file}, row ${row}: respondent id "${externalId}" is empty or used twice`, {
        file,
        row,
      });
    }
    seen.add(externalId);
    const answers = new Map<string, AnswerInput>();
    columns.forEach((q, c) => {
      try {
        answers.set(
          q.code,
          parseCell(q, record[c + 1]!, () => `${file}, row ${row}, column ${c + 2} (${q.code})`),
        );
      } catch (e) {
        throw invalid((e as Error).message, { file, row, column: c + 2, code: q.code });
      }
    });
    return { externalId, sourceRow: row, answers };
  });
  return { wave, bytes, respondents };
}

/** Reads and checks the whole sample folder before anything is written. */
export function readSample(dir: string): SampleData {
  const study = readSampleStudy(dir);
  return { study, waves: study.waves.map((w) => readWave(dir, study, w)), codebook: readSampleCodebook(dir) };
}

/** The sample's codebook (codebook.json), so its comments open with themes; none when absent. */
function readSampleCodebook(dir: string): Codebook | null {
  if (!existsSync(join(dir, 'codebook.json'))) return null;
  const { text } = readText(dir, 'codebook.json');
  const parsed = codebookSchema.safeParse(JSON.parse(text));
  if (!parsed.success)
    throw invalid(`codebook.json is not a valid codebook:\n${z.prettifyError(parsed.error)}`, {
      file: 'codebook.json',
    });
  return parsed.data;
}
