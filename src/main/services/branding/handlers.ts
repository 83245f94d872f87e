import type { BrandingHandlers } from '../api/handlers';
import { readStudyMeta } from '../store/study-repo';
import { readFieldwork, writeFieldwork } from './fieldwork';
import { brandingView, readLayout, setBranding, writeLayout } from './store';

export const brandingHandlers = {
  'study/getBranding': (input, ctx) =>
    brandingView(readStudyMeta(ctx.sessions.get(input.studyId).db).branding),
  'study/setBranding': (input, ctx) => {
    const { studyId, ...patch } = input;
    return brandingView(setBranding(ctx.sessions.get(studyId).db, patch));
  },
  'study/getFieldwork': (input, ctx) => readFieldwork(ctx.sessions.get(input.studyId).db),
  'study/setFieldwork': (input, ctx) => {
    const { studyId, ...patch } = input;
    return writeFieldwork(ctx.sessions.get(studyId).db, patch);
  },
  'report/getLayout': (input, ctx) => readLayout(ctx.sessions.get(input.studyId).db),
  'report/setLayout': (input, ctx) => writeLayout(ctx.sessions.get(input.studyId).db, input.layout),
} satisfies BrandingHandlers;
