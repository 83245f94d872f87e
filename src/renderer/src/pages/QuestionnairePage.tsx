import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NewQuestion } from '../../../shared/api/questionnaire';
import { pickText } from '../../../shared/domain/language';
import type { Texts } from '../../../shared/domain/language';
import type { StudyOverview } from '../../../shared/domain/study';
import { ConfirmModal } from '../components/common/ConfirmModal';
import { PageHeader } from '../components/common/PageHeader';
import { AddQuestionModal } from '../components/questionnaire/AddQuestionModal';
import { NameModal } from '../components/questionnaire/NameModal';
import { QuestionTable } from '../components/questionnaire/QuestionTable';
import { useApi } from '../hooks/useApi';
import { useLang } from '../hooks/useLang';
import { useStudy } from '../hooks/useStudy';

type Removal = { kind: 'stage' | 'touchpoint' | 'question'; id: number; name: string };

export function QuestionnairePage() {
  const { t } = useTranslation();
  const lang = useLang();
  const api = useApi();
  const { overview, update } = useStudy();
  const { stages, touchpoints, questions } = overview.questionnaire;
  const languages = overview.meta.languages;
  const studyId = overview.studyId;

  const [stageModal, setStageModal] = useState(false);
  const [touchpointFor, setTouchpointFor] = useState<number | null>(null);
  const [questionFor, setQuestionFor] = useState<{ touchpointId: number | null } | null>(null);
  const [removal, setRemoval] = useState<Removal | null>(null);

  const apply = (o: StudyOverview | null): boolean => {
    if (o) update(o);
    return o !== null;
  };
  const addStage = async (texts: Texts) => apply(await api('questionnaire/addStage', { studyId, texts }));
  const addTouchpoint = async (texts: Texts) =>
    touchpointFor !== null &&
    apply(await api('questionnaire/addTouchpoint', { studyId, stageId: touchpointFor, texts }));
  const addQuestion = async (question: NewQuestion) =>
    apply(await api('questionnaire/addQuestion', { studyId, question }));
  const remove = async () => {
    if (!removal) return;
    const r = removal;
    setRemoval(null);
    apply(await api('questionnaire/remove', { studyId, kind: r.kind, id: r.id }));
  };

  const byPos = <T extends { position: number }>(xs: T[]) => [...xs].sort((a, b) => a.position - b.position);
  const general = byPos(questions.filter((q) => q.touchpointId === null));

  return (
    <Stack gap="xl" data-testid="questionnaire-page">
      <PageHeader
        title={t('questionnaire.title')}
        lead={t('questionnaire.lead')}
        actions={
          <Button data-testid="add-stage" onClick={() => setStageModal(true)}>
            {t('questionnaire.addStage')}
          </Button>
        }
      />

      {stages.length === 0 && (
        <Card withBorder radius="lg" p="xl">
          <Text c="dimmed">{t('questionnaire.empty')}</Text>
        </Card>
      )}

      {byPos(stages).map((stage, si) => (
        <Card key={stage.id} withBorder radius="lg" p="lg" data-testid={`stage-${si}`}>
          <Group justify="space-between" mb="md">
            <Group gap="sm">
              <Badge size="lg" variant="filled" circle>
                {si + 1}
              </Badge>
              <Title order={4}>{pickText(stage.texts, lang)}</Title>
            </Group>
            <Group gap="xs">
              <Button
                size="xs"
                variant="light"
                data-testid="add-touchpoint"
                onClick={() => setTouchpointFor(stage.id)}
              >
                {t('questionnaire.addTouchpoint')}
              </Button>
              <Button
                size="xs"
                variant="subtle"
                color="red"
                onClick={() => setRemoval({ kind: 'stage', id: stage.id, name: pickText(stage.texts, lang) })}
              >
                {t('common.remove')}
              </Button>
            </Group>
          </Group>
          <Stack gap="md">
            {byPos(touchpoints.filter((tp) => tp.stageId === stage.id)).map((tp, ti) => (
              <Card
                key={tp.id}
                bg="var(--mantine-color-gray-0)"
                radius="md"
                p="md"
                data-testid={`touchpoint-${si}-${ti}`}
              >
                <Group justify="space-between" mb="xs">
                  <Text fw={600}>{pickText(tp.texts, lang)}</Text>
                  <Group gap="xs">
                    <Button
                      size="compact-sm"
                      variant="light"
                      data-testid="add-question"
                      onClick={() => setQuestionFor({ touchpointId: tp.id })}
                    >
                      {t('questionnaire.addQuestion')}
                    </Button>
                    <Button
                      size="compact-sm"
                      variant="subtle"
                      color="red"
                      onClick={() =>
                        setRemoval({ kind: 'touchpoint', id: tp.id, name: pickText(tp.texts, lang) })
                      }
                    >
                      {t('common.remove')}
                    </Button>
                  </Group>
                </Group>
                <QuestionTable
                  questions={byPos(questions.filter((q) => q.touchpointId === tp.id))}
                  all={questions}
                  onRemove={(q) => setRemoval({ kind: 'question', id: q.id, name: q.code })}
                />
              </Card>
            ))}
          </Stack>
        </Card>
      ))}

      <Card withBorder radius="lg" p="lg" data-testid="general-questions">
        <Group justify="space-between" mb="xs">
          <Stack gap={0}>
            <Title order={4}>{t('questionnaire.general')}</Title>
            <Text size="sm" c="dimmed">
              {t('questionnaire.generalLead')}
            </Text>
          </Stack>
          <Button
            size="xs"
            variant="light"
            data-testid="add-general-question"
            onClick={() => setQuestionFor({ touchpointId: null })}
          >
            {t('questionnaire.addQuestion')}
          </Button>
        </Group>
        <QuestionTable
          questions={general}
          all={questions}
          onRemove={(q) => setRemoval({ kind: 'question', id: q.id, name: q.code })}
        />
      </Card>

      <NameModal
        opened={stageModal}
        title={t('questionnaire.addStage')}
        languages={languages}
        testId="stage"
        onClose={() => setStageModal(false)}
        onSubmit={addStage}
      />
      <NameModal
        opened={touchpointFor !== null}
        title={t('questionnaire.addTouchpoint')}
        languages={languages}
        testId="touchpoint"
        onClose={() => setTouchpointFor(null)}
        onSubmit={addTouchpoint}
      />
      <AddQuestionModal
        opened={questionFor !== null}
        touchpointId={questionFor?.touchpointId ?? null}
        languages={languages}
        questions={questions}
        onClose={() => setQuestionFor(null)}
        onSubmit={addQuestion}
      />
      <ConfirmModal
        message={removal ? t(`questionnaire.confirmRemove.${removal.kind}`, { name: removal.name }) : null}
        onCancel={() => setRemoval(null)}
        onConfirm={() => void remove()}
      />
    </Stack>
  );
}
