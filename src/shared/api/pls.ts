import { z } from 'zod';
import { pickText, textsSchema, type Language } from '../domain/language';
import type { Suppressed } from '../analysis/dashboard';
import type { IndexDifference } from '../stats/pls/compare';
import type { PlsReport } from '../stats/pls/report';
import { op } from './operation';
import { studyId } from './study';

const scaleSchema = z.object({ min: z.number().finite(), max: z.number().finite() });

/**
 * A study's EPSI/ECSI-style model: constructs mapped to question codes (mode A reflective, B
 * formative), the paths between them and the target construct of the index. The answer scale of
 * each item is its question's. Checked further when stored (compileModel: no cycle, every construct
 * on a path, items numeric questions of the study).
 */
export const plsModelSchema = z.object({
  constructs: z.record(
    z.string().trim().min(1).max(100),
    z.object({
      items: z.array(z.string().min(1)).max(100),
      mode: z.enum(['A', 'B']).optional(),
      /** The construct's name as shown in each language; the key is the name when absent. */
      labels: textsSchema.optional(),
    }),
  ),
  paths: z.array(z.tuple([z.string().min(1), z.string().min(1)])).max(500),
  target: z.string().min(1),
  scale: scaleSchema.optional(),
});
export type PlsModel = z.infer<typeof plsModelSchema>;

/** A construct's name as shown in `lang` (its labels, else its key): screen, present mode, PDF, PPTX. */
export function constructLabel(model: PlsModel | null | undefined, name: string, lang: Language): string {
  const labels = model?.constructs[name]?.labels;
  return labels ? pickText(labels, lang) || name : name;
}

/** The index of a wave: the figures of `touchpoint stats pls`, or hidden when fewer than k respondents. */
export type PlsIndexResult = {
  waveYear: number;
  anonymityK: number;
  result: (PlsReport & { respondents: number }) | Suppressed;
  /** With compareWith: the change of the index since that wave, bootstrapped. */
  comparison?: { waveYear: number; result: IndexDifference | Suppressed };
};

export const plsOperations = {
  /** The study's model, or null when it has none. */
  'study/getPlsModel': op(z.object({ studyId })).returns<{ model: PlsModel | null }>(),
  /** Stores (or with null removes) the model; a bad model changes nothing and says why (INVALID_INPUT). */
  'study/setPlsModel': op(z.object({ studyId, model: plsModelSchema.nullable() })).returns<{
    model: PlsModel | null;
  }>(),
  /** The model estimated on a wave (the latest by default), with a seeded bootstrap when asked. */
  'analysis/plsIndex': op(
    z.object({
      studyId,
      waveYear: z.number().int().optional(),
      bootstrap: z.number().int().min(2).max(10_000).optional(),
      seed: z.number().int().min(0).max(0xffffffff).optional(),
      /** A wave year to compare with: the index difference by a two-sample bootstrap. */
      compareWith: z.number().int().optional(),
    }),
  ).returns<PlsIndexResult>(),
};
