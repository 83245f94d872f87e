import { join } from 'node:path';
import { AppError } from '../../../shared/api/errors';
import type { StudyHandlers } from '../api/handlers';
import { buildSampleStudy } from '../sample/build-sample';
import { updateStudyMeta } from '../store/study-repo';
import { confineOpenStudy, confinePath, recentForClient } from './confine';
import { readRecent } from './recent';
import {
  createStudyFile,
  freePath,
  openStudy,
  overviewOf,
  register,
  saveStudyAs,
  studiesDir,
  studyBytes,
  uploadStudy,
} from './study-service';

export const studyHandlers = {
  'app/info': (_input, ctx) => ({
    version: ctx.version,
    transport: ctx.transport,
    nativeDialogs: ctx.dialogs !== null,
    dataDir: ctx.dataDir,
  }),
  'study/create': (input, ctx) => {
    const path = input.path
      ? confinePath(ctx, input.path, 'write')
      : freePath(studiesDir(ctx.dataDir), `${input.client} ${input.title}`);
    const db = createStudyFile(path, input);
    return register(ctx.sessions, ctx.dataDir, path, db);
  },
  'study/open': (input, ctx) => openStudy(ctx.sessions, ctx.dataDir, confinePath(ctx, input.path, 'read')),
  'study/upload': (input, ctx) =>
    uploadStudy(ctx.sessions, ctx.dataDir, input.name, Buffer.from(input.base64, 'base64')),
  'study/openSample': (_input, ctx) => {
    const path = freePath(studiesDir(ctx.dataDir), 'sample-nordlys-forsikring');
    buildSampleStudy(join(ctx.resourcesDir, 'sample'), path);
    return openStudy(ctx.sessions, ctx.dataDir, path);
  },
  'study/get': (input, ctx) => overviewOf(ctx.sessions.get(input.studyId)),
  'study/update': (input, ctx) => {
    const s = ctx.sessions.get(input.studyId);
    updateStudyMeta(s.db, input);
    return overviewOf(s);
  },
  'study/close': (input, ctx) => {
    ctx.sessions.close(input.studyId);
    return { closed: true as const };
  },
  'study/saveAs': (input, ctx) =>
    saveStudyAs(ctx.sessions, ctx.dataDir, input.studyId, confinePath(ctx, input.path, 'write')),
  'study/download': (input, ctx) => {
    // Over the browser host the file must still be a plain file in the studies folder.
    const { name, bytes } = studyBytes(ctx.sessions, input.studyId, (p) => confineOpenStudy(ctx, p));
    return { name, base64: bytes.toString('base64') };
  },
  'study/recent': (_input, ctx) => recentForClient(ctx, readRecent(ctx.dataDir)),
  'dialog/openStudy': async (_input, ctx) => {
    if (!ctx.dialogs) throw new AppError('NOT_SUPPORTED', 'native dialogs exist only in the desktop app');
    return { path: await ctx.dialogs.openStudy() };
  },
  'dialog/saveStudy': async (input, ctx) => {
    if (!ctx.dialogs) throw new AppError('NOT_SUPPORTED', 'native dialogs exist only in the desktop app');
    return { path: await ctx.dialogs.saveStudy(input.defaultName) };
  },
} satisfies StudyHandlers;
