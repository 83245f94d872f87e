import type { Question } from '../domain/index';

/**
 * The study's main unit variable (branch, department, office): BRANCH when the study has it, else
 * its first background question with options. Reports, comments and per-unit views use this one.
 */
export function unitVariable(questions: readonly Question[]): Question | null {
  const segments = questions.filter((q) => q.role === 'segment' && q.scale.kind === 'choice');
  return segments.find((q) => q.code.toUpperCase() === 'BRANCH') ?? segments[0] ?? null;
}
