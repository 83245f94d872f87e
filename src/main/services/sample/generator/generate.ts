import { formatCsv } from '../csv';
import { SAMPLE_STUDY } from '../content/questionnaire';
import type { SampleStudy } from '../sample-format';
import { allSampleQuestions, sampleStudySchema } from '../sample-format';
import { mulberry32 } from './prng';
import { simulateWave } from './simulate';

/**
 * The seed of the committed sample; change it only together with the files in resources/sample.
 * Picked among seeds 1–10 as a typical draw: every planted effect shows in both waves.
 */
export const SAMPLE_SEED = 7;

/** Respondents per wave year. */
export const SAMPLE_SIZES: Readonly<Record<number, number>> = { 2025: 420, 2026: 460 };

export type SampleFile = { name: string; content: string };

function responsesCsv(study: SampleStudy, year: number, seed: number): string {
  const codes = allSampleQuestions(study).map((q) => q.code);
  const commentCols = new Set(
    allSampleQuestions(study).flatMap((q, i) => (q.type === 'text' ? [i + 1] : [])),
  );
  // One generator per wave: changing one wave's size leaves the other wave's file untouched.
  const rows = simulateWave(mulberry32(seed + year), year, SAMPLE_SIZES[year] ?? 0);
  const records = rows.map((r) => [r.id, ...codes.map((c) => r.cells.get(c) ?? '')]);
  return formatCsv([['respondent_id', ...codes]]) + formatCsv(records, commentCols);
}

/**
 * Everything resources/sample holds, generated in memory: study.json and one CSV per wave. Pure and
 * deterministic for a given seed, so the committed files can be checked against it.
 */
export function generateSample(seed: number = SAMPLE_SEED): SampleFile[] {
  const study = sampleStudySchema.parse(SAMPLE_STUDY);
  return [
    { name: 'study.json', content: `${JSON.stringify(SAMPLE_STUDY, null, 2)}\n` },
    ...study.waves.map((w) => ({ name: w.file, content: responsesCsv(study, w.year, seed) })),
  ];
}
