import type { PartialHandlerMap } from '../api/handlers';
import { overviewOf } from '../study/study-service';
import { runImport } from './commit';
import { frequencies } from './frequencies';
import { inspectFile } from './inspect';
import { cancelJob, jobState, startImportJob } from './jobs';
import { buildPreview } from './preview';
import { deleteProfile, listProfiles } from './profile-repo';
import { remapFile, storedFile } from './remap';
import { buildTemplate } from './template';
import { validationWorkbook } from './validation-xlsx';

export const importHandlers: PartialHandlerMap = {
  'import/inspect': (input) => inspectFile(input.file.name, Buffer.from(input.file.base64, 'base64'), input),
  'import/preview': (input, ctx) => buildPreview(ctx.sessions.get(input.studyId).db, input).preview,
  'import/commit': (input, ctx) => {
    const s = ctx.sessions.get(input.studyId);
    return { ...runImport(s.db, input), overview: overviewOf(s) };
  },
  'import/start': (input, ctx) => {
    const s = ctx.sessions.get(input.studyId);
    return { jobId: startImportJob(s, input, (outcome) => ({ ...outcome, overview: overviewOf(s) })) };
  },
  'import/progress': (input) => jobState(input.jobId),
  'import/cancel': (input) => cancelJob(input.jobId),
  'import/storedFile': (input, ctx) => storedFile(ctx.sessions.get(input.studyId).db, input.fileId),
  'import/remap': (input, ctx) => {
    const s = ctx.sessions.get(input.studyId);
    return { ...remapFile(s.db, input), overview: overviewOf(s) };
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
  'import/validationXlsx': (input, ctx) => {
    const { preview, conversion } = buildPreview(ctx.sessions.get(input.studyId).db, input);
    const { name, bytes } = validationWorkbook(preview, conversion);
    return { name, base64: bytes.toString('base64') };
  },
  'import/template': (input, ctx) => {
    const { name, bytes } = buildTemplate(ctx.sessions.get(input.studyId).db, input.lang);
    return { name, base64: bytes.toString('base64') };
  },
  'import/frequencies': (input, ctx) =>
    frequencies(ctx.sessions.get(input.studyId).db, input.questionCode, input.waveYear),
};
