import type { ImportColumnPreview } from '../../../../shared/api/import';
import type { ImportChoices } from '../../hooks/importPreview';

/** A column with no question and answers in it: the one a "create question" toggle applies to. */
export function isCreatable(c: ImportColumnPreview): boolean {
  return c.kind === 'answer' && (c.questionCode === null || c.source === 'created');
}

/**
 * The API creates questions for every unmapped answer column at once; one column is left out by
 * mapping it to nothing. So a per-column toggle is "create on" plus "nothing" for the others.
 */
export function toggleCreate(
  columns: ImportColumnPreview[],
  choices: ImportChoices,
  column: number,
  on: boolean,
): Partial<ImportChoices> {
  const mapping = { ...choices.mapping };
  if (!on) {
    mapping[column] = null;
    return { mapping };
  }
  delete mapping[column];
  if (!choices.createQuestions) {
    for (const c of columns) {
      if (c.index !== column && isCreatable(c) && !(c.index in mapping)) mapping[c.index] = null;
    }
  }
  return { mapping, createQuestions: true };
}

/** The switch above the table: create for every unmapped column, or for none. */
export function toggleCreateAll(
  columns: ImportColumnPreview[],
  choices: ImportChoices,
  on: boolean,
): Partial<ImportChoices> {
  const mapping = { ...choices.mapping };
  for (const c of columns) if (mapping[c.index] === null && isCreatable(c)) delete mapping[c.index];
  return { mapping, createQuestions: on };
}

export const NOT_IMPORTED = '__none';

/** A manual choice in the question select. */
export function setQuestion(choices: ImportChoices, column: number, value: string): Partial<ImportChoices> {
  return { mapping: { ...choices.mapping, [column]: value === NOT_IMPORTED ? null : value } };
}

export function confidenceColor(c: number): string {
  if (c >= 0.9) return 'teal';
  if (c >= 0.6) return 'yellow';
  return 'red';
}
