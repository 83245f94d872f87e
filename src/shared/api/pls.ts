import { z } from 'zod';
import { pickText, textsSchema, type Language } from '../domain/language';
import type { Suppressed } from '../analysis/dashboard';
import type { IndexDifference } from '../stats/pls/compare';
import type { PlsReport } from '../stats/pls/report';
import type { AnalysisFilter } from '../analysis/weighting';
import { analysisTaskSchemas } from './analysis';
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

/**
 * Each unit's index (a background question's groups), EPSI practice: the model is estimated once on
 * the whole (filtered) group and a unit's index is the mean of its respondents' 0–100 target scores
 * Ỹ = Σ ṽ_k x̃_k under those weights (EPSI Rating's segment reporting; Fornell et al. 1996), so units
 * are comparable and a small unit's index does not rest on its own unstable estimation. A unit under
 * k is hidden, and one more unit with it when the hidden ones could be recovered from the index and
 * the units shown (the complementary rule of src/shared/analysis/suppression.ts); when no unit can
 * protect it, every unit is hidden (`totalHidden`).
 */
export type PlsUnitIndex = {
  code: string | null;
  label: string;
  result: { index: number; n: number } | Suppressed;
};
export type PlsUnitIndices = {
  variable: string;
  label: string;
  units: PlsUnitIndex[];
  /** Every unit hidden because hiding one more could not protect a small one. */
  totalHidden: boolean;
};

/** The index of a wave: the figures of `touchpoint stats pls`, or hidden when fewer than k respondents. */
export type PlsIndexResult = {
  waveYear: number;
  anonymityK: number;
  /** The live filter the index rests on (n null when refused); absent or null without one. */
  filter?: { conditions: AnalysisFilter; n: number | null } | null;
  result: (PlsReport & { respondents: number }) | Suppressed;
  /** With compareWith: the change of the index since that wave, bootstrapped. */
  comparison?: { waveYear: number; result: IndexDifference | Suppressed };
  /** With byUnit: each unit's index (absent when the whole result is hidden). */
  byUnit?: PlsUnitIndices;
};

export const plsOperations = {
  /** The study's model, or null when it has none. */
  'study/getPlsModel': op(z.object({ studyId })).returns<{ model: PlsModel | null }>(),
  /** Stores (or with null removes) the model; a bad model changes nothing and says why (INVALID_INPUT). */
  'study/setPlsModel': op(z.object({ studyId, model: plsModelSchema.nullable() })).returns<{
    model: PlsModel | null;
  }>(),
  /**
   * The model estimated on a wave (the latest by default) within the live filter, weighted as asked
   * (`weighting`, weighted PLS-SEM; unweighted without it), with a
   * seeded bootstrap when asked; cached and checked for differencing like every analysis.
   */
  'analysis/plsIndex': op(analysisTaskSchemas.plsIndex).returns<PlsIndexResult>(),
};
