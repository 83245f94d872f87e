import { Badge, Button, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { pickText } from '../../../../shared/domain/language';
import type { Question } from '../../../../shared/domain/questionnaire';
import { useLang } from '../../hooks/useLang';
import { describeScale } from './scales';

type Props = { questions: Question[]; all: Question[]; onRemove(q: Question): void };

export function QuestionTable({ questions, all, onRemove }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  if (questions.length === 0) {
    return (
      <Text size="sm" c="dimmed" py="xs">
        {t('questionnaire.noQuestions')}
      </Text>
    );
  }
  const codeOf = (id: number | null) => all.find((q) => q.id === id)?.code;
  return (
    <Table verticalSpacing="xs" highlightOnHover>
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={110}>{t('questionnaire.code')}</Table.Th>
          <Table.Th>{t('questionnaire.text')}</Table.Th>
          <Table.Th w={130}>{t('questionnaire.type')}</Table.Th>
          <Table.Th w={190}>{t('questionnaire.role')}</Table.Th>
          <Table.Th w={90}>{t('questionnaire.scale')}</Table.Th>
          <Table.Th w={90} />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {questions.map((q) => (
          <Table.Tr key={q.id} data-testid={`question-row-${q.code}`}>
            <Table.Td>
              <Text ff="monospace" size="sm">
                {q.code}
              </Text>
            </Table.Td>
            <Table.Td>
              <Text size="sm">{pickText(q.texts, lang)}</Text>
              {q.weighsQuestionId !== null && (
                <Text size="xs" c="dimmed">
                  {t('questionnaire.weighsShort', { code: codeOf(q.weighsQuestionId) ?? '?' })}
                </Text>
              )}
            </Table.Td>
            <Table.Td>
              <Badge variant="light" color="gray">
                {t(`questionTypes.${q.type}`)}
              </Badge>
            </Table.Td>
            <Table.Td>
              <Text size="sm">{t(`roles.${q.role}`)}</Text>
            </Table.Td>
            <Table.Td className="tp-tabular">
              {describeScale(q.scale, (n) => t('questionnaire.optionCount', { count: n }))}
            </Table.Td>
            <Table.Td ta="right">
              <Button size="compact-xs" variant="subtle" color="red" onClick={() => onRemove(q)}>
                {t('common.remove')}
              </Button>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
