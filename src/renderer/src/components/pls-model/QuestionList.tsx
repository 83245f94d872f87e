import { ActionIcon, Badge, Card, Menu, ScrollArea, Stack, Text, Title, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PlsModel } from '../../../../shared/api/pls';
import { constructLabel } from '../../../../shared/api/pls';
import { pickText, type Language } from '../../../../shared/domain/language';
import type { Question, Questionnaire } from '../../../../shared/domain/questionnaire';
import { constructOf, modelCandidates } from '../../../../shared/pls-model/edit';
import { ordered } from '../../../../shared/questionnaire/tree';
import { startQuestionDrag } from './dnd';

type Props = {
  questionnaire: Questionnaire;
  model: PlsModel;
  lang: Language;
  onAssign(code: string, construct: string): void;
};

/** The study's rating questions by journey stage, each draggable onto a construct or added by its menu. */
export function QuestionList({ questionnaire, model, lang, onAssign }: Props) {
  const { t } = useTranslation();
  const tree = ordered(questionnaire);
  const groups = [
    ...tree.stages.map((s) => ({
      key: `stage-${s.stage.id}`,
      title: pickText(s.stage.texts, lang),
      questions: modelCandidates(s.touchpoints.flatMap((tp) => tp.questions)),
    })),
    { key: 'general', title: t('plsModel.general'), questions: modelCandidates(tree.general) },
  ].filter((g) => g.questions.length > 0);
  const names = Object.keys(model.constructs);

  const row = (q: Question) => {
    const inside = constructOf(model, q.code);
    return (
      <div
        key={q.id}
        className="tp-pls-qrow"
        draggable
        onDragStart={(e) => startQuestionDrag(e, q.code)}
        data-testid={`pls-question-${q.code}`}
        data-assigned={inside ? true : undefined}
      >
        <Stack gap={0} style={{ flex: 1, minWidth: 0 }}>
          <Text className="tp-pls-code">{q.code}</Text>
          <Text size="xs" c="dimmed" lineClamp={2}>
            {pickText(q.texts, lang)}
          </Text>
        </Stack>
        {inside && (
          <Badge size="xs" variant="light" color="teal" style={{ flexShrink: 0, maxWidth: 120 }}>
            {constructLabel(model, inside, lang)}
          </Badge>
        )}
        <Menu position="bottom-end" withinPortal shadow="md" width={240}>
          <Menu.Target>
            <Tooltip label={t('plsModel.addTo')} openDelay={500}>
              <ActionIcon
                variant="subtle"
                color="gray"
                size="sm"
                aria-label={t('plsModel.addToNamed', { code: q.code })}
                data-testid={`pls-question-menu-${q.code}`}
                disabled={names.length === 0}
              >
                ⋯
              </ActionIcon>
            </Tooltip>
          </Menu.Target>
          <Menu.Dropdown mah={360} style={{ overflowY: 'auto' }}>
            <Menu.Label>{t('plsModel.addTo')}</Menu.Label>
            {names.map((n) => (
              <Menu.Item
                key={n}
                data-testid={`pls-addto-${n}`}
                disabled={n === inside}
                onClick={() => onAssign(q.code, n)}
              >
                {constructLabel(model, n, lang)}
              </Menu.Item>
            ))}
          </Menu.Dropdown>
        </Menu>
      </div>
    );
  };

  return (
    <Card withBorder radius="md" p="sm" className="tp-pls-questions" data-testid="pls-questions">
      <Title order={5}>{t('plsModel.questions')}</Title>
      <Text size="xs" c="dimmed" mb="xs">
        {t('plsModel.questionsHint')}
      </Text>
      <ScrollArea.Autosize mah="calc(100vh - 170px)" type="auto" offsetScrollbars>
        <Stack gap="sm">
          {groups.length === 0 && (
            <Text size="sm" c="dimmed">
              {t('plsModel.noCandidates')}
            </Text>
          )}
          {groups.map((g) => (
            <Stack key={g.key} gap={2}>
              <Text className="tp-colhead" c="dimmed" fw={600}>
                {g.title}
              </Text>
              {g.questions.map(row)}
            </Stack>
          ))}
        </Stack>
      </ScrollArea.Autosize>
    </Card>
  );
}
