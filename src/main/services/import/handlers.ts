import type { ImportHandlers } from '../api/handlers';
import { overviewOf } from '../study/study-service';
import { runImport } from './commit';
import type { Delimiter } from './csv';
import { checkFileSize } from './guard';
import type { ReadFile } from './read-file';
import { frequencies } from './frequencies';
import { inspectFile } from './inspect';
import { readImportFileGuarded } from './read-sandbox';
import { cancelJob, jobState, startImportJob } from './jobs';
import { buildPreview } from './preview';
import { deleteProfile, listProfiles } from './profile-repo';
import { remapFile, storedBytes, storedFile } from './remap';
import { buildTemplate } from './template';
import { validationWorkbook } from './validation-xlsx';

/**
 * Every uploaded file is read in a worker under a watchdog (read-sandbox.ts), never on the thread that
 * answers requests; the size is checked before the base64 is even decoded.
 */
async function readUploaded(input: {
  file: { name: string; base64: string };
  sheet?: string | undefined;
  delimiter?: Delimiter | undefined;
}): Promise<ReadFile> {
  checkFileSize(input.file.name, Math.floor((input.file.base64.length * 3) / 4));
  const bytes = Buffer.from(input.file.base64, 'base64');
  return readImportFileGuarded(input.file.name, bytes, { sheet: input.sheet, delimiter: input.delimiter });
}

export const importHandlers = {
  'import/inspect': async (input) => {
    const bytes = Buffer.from(input.file.base64, 'base64');
    return inspectFile(input.file.name, bytes, input, await readUploaded(input));
  },
  'import/preview': async (input, ctx) => {
    const file = await readUploaded(input);
    return buildPreview(ctx.sessions.get(input.studyId).db, input, file).preview;
  },
  'import/commit': async (input, ctx) => {
    const file = await readUploaded(input);
    const s = ctx.sessions.get(input.studyId);
    return { ...runImport(s.db, input, {}, file), overview: overviewOf(s) };
  },
  'import/start': (input, ctx) => {
    const s = ctx.sessions.get(input.studyId);
    return { jobId: startImportJob(s, input, (outcome) => ({ ...outcome, overview: overviewOf(s) })) };
  },
  'import/progress': (input) => jobState(input.jobId),
  'import/cancel': (input) => cancelJob(input.jobId),
  'import/storedFile': (input, ctx) => storedFile(ctx.sessions.get(input.studyId).db, input.fileId),
  'import/remap': async (input, ctx) => {
    const stored = storedBytes(ctx.sessions.get(input.studyId).db, input.fileId);
    const file = await readImportFileGuarded(stored.name, stored.bytes, {
      sheet: input.sheet ?? stored.sheet ?? undefined,
      delimiter: input.delimiter,
    });
    const s = ctx.sessions.get(input.studyId);
    return { ...remapFile(s.db, input, file), overview: overviewOf(s) };
  },
  'import/profiles': (input, ctx) =>
    listProfiles(ctx.sessions.get(input.studyId).db).map((p) => ({
      name: p.name,
      updatedAt: p.updatedAt,
      tool: p.profile.tool,
      columns: p.profile.columns.length,
    })),
  'import/deleteProfile': (input, ctx) => {
    deleteProfile(ctx.sessions.get(input.studyId).db, input.name);
    return { deleted: true as const };
  },
  'import/validationXlsx': async (input, ctx) => {
    const file = await readUploaded(input);
    const { preview, conversion } = buildPreview(ctx.sessions.get(input.studyId).db, input, file);
    const { name, bytes } = validationWorkbook(preview, conversion);
    return { name, base64: bytes.toString('base64') };
  },
  'import/template': (input, ctx) => {
    const { name, bytes } = buildTemplate(ctx.sessions.get(input.studyId).db, input.lang);
    return { name, base64: bytes.toString('base64') };
  },
  'import/frequencies': (input, ctx) =>
    frequencies(ctx.sessions.get(input.studyId).db, input.questionCode, input.waveYear),
} satisfies ImportHandlers;
