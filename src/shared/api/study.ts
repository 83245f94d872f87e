import { z } from 'zod';
import { languageSchema } from '../domain/language';
import type { RecentStudy, StudyOverview } from '../domain/study';
import { op } from './operation';

export const studyId = z.string().min(1);
/** A file's content in transit: base64 so the same JSON crosses IPC and HTTP. */
export const fileBytesSchema = z.object({ name: z.string().min(1).max(255), base64: z.string() });
export type FileBytes = z.infer<typeof fileBytesSchema>;

export const studyOperations = {
  'app/info': op(z.object({})).returns<{
    version: string;
    transport: 'ipc' | 'http';
    nativeDialogs: boolean;
    dataDir: string;
  }>(),
  'study/create': op(
    z.object({
      client: z.string().trim().min(1).max(200),
      title: z.string().trim().min(1).max(200),
      languages: z.array(languageSchema).min(1).default(['en']),
      /** Where to write the file; when absent, a new file in the data folder. */
      path: z.string().optional(),
    }),
  ).returns<StudyOverview>(),
  'study/open': op(z.object({ path: z.string().min(1) })).returns<StudyOverview>(),
  /** Opens a study sent as bytes (browser mode): stored as a copy in the data folder, then opened. */
  'study/upload': op(fileBytesSchema).returns<StudyOverview>(),
  'study/openSample': op(z.object({})).returns<StudyOverview>(),
  'study/get': op(z.object({ studyId })).returns<StudyOverview>(),
  'study/update': op(
    z.object({
      studyId,
      client: z.string().trim().min(1).max(200).optional(),
      title: z.string().trim().min(1).max(200).optional(),
      anonymityK: z.number().int().min(1).max(100).optional(),
    }),
  ).returns<StudyOverview>(),
  'study/close': op(z.object({ studyId })).returns<{ closed: true }>(),
  'study/saveAs': op(z.object({ studyId, path: z.string().min(1) })).returns<StudyOverview>(),
  /** The study file's bytes (browser mode: "download a copy"). */
  'study/download': op(z.object({ studyId })).returns<FileBytes>(),
  'study/recent': op(z.object({})).returns<RecentStudy[]>(),
  /** Native dialogs exist only in the desktop app; elsewhere this answers NOT_SUPPORTED. */
  'dialog/openStudy': op(z.object({})).returns<{ path: string | null }>(),
  'dialog/saveStudy': op(z.object({ defaultName: z.string().optional() })).returns<{ path: string | null }>(),
};
