import { useTranslation } from 'react-i18next';
import { QUESTION_ROLES, QUESTION_TYPES, questionCodeSchema } from '../../../../shared/domain/questionnaire';
import type { Question } from '../../../../shared/domain/questionnaire';

/**
 * The fields a new and an edited question share: the code checked against the study's other
 * questions (a code is unique regardless of case), and the type, role and "weighs" choices.
 */
export function useQuestionFields(code: string, others: readonly Question[]) {
  const { t } = useTranslation();
  const codeOk = questionCodeSchema.safeParse(code).success;
  const codeTaken = others.some((q) => q.code.toLowerCase() === code.toLowerCase());
  return {
    codeValid: codeOk && !codeTaken,
    codeError:
      code && !codeOk ? t('questionnaire.codeInvalid') : codeTaken ? t('questionnaire.codeTaken') : null,
    typeData: QUESTION_TYPES.map((q) => ({ value: q, label: t(`questionTypes.${q}`) })),
    roleData: QUESTION_ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) })),
    /** An importance question weighs one of the performance questions. */
    weighsData: others.filter((q) => q.role === 'performance').map((q) => ({ value: q.code, label: q.code })),
  };
}
