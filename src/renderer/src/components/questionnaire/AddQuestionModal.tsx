import {
  Button,
  Group,
  Modal,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
  Text,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QUESTION_ROLES, QUESTION_TYPES, questionCodeSchema } from '../../../../shared/domain/questionnaire';
import type { Question, QuestionRole, QuestionType } from '../../../../shared/domain/questionnaire';
import type { Language, Texts } from '../../../../shared/domain/language';
import type { NewQuestion } from '../../../../shared/api/questionnaire';
import { RANGE_PRESETS, defaultRole, scaleFor } from './scales';
import type { RangePreset } from './scales';
import { cleanTexts, hasText, TextsFields } from './TextsFields';

type Props = {
  opened: boolean;
  touchpointId: number | null;
  languages: Language[];
  questions: Question[];
  onClose(): void;
  onSubmit(q: NewQuestion): Promise<boolean>;
};

export function AddQuestionModal({ opened, touchpointId, languages, questions, onClose, onSubmit }: Props) {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const [texts, setTexts] = useState<Texts>({});
  const [type, setType] = useState<QuestionType>('rating');
  const [role, setRole] = useState<QuestionRole>('performance');
  const [preset, setPreset] = useState<RangePreset>('1-5');
  const [options, setOptions] = useState<string[]>([]);
  const [weighs, setWeighs] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const codeOk = questionCodeSchema.safeParse(code).success;
  const codeTaken = questions.some((q) => q.code.toLowerCase() === code.toLowerCase());
  const valid =
    codeOk &&
    !codeTaken &&
    hasText(texts) &&
    (type !== 'single' && type !== 'multi' ? true : options.length > 1);
  const performance = questions.filter((q) => q.role === 'performance');

  // Every new question starts from the same defaults: the previous question's type, role and scale
  // must not leak into the next one.
  const reset = () => {
    setCode('');
    setTexts({});
    setType('rating');
    setRole('performance');
    setPreset('1-5');
    setOptions([]);
    setWeighs(null);
  };
  const close = () => {
    reset();
    onClose();
  };
  const submit = async () => {
    setBusy(true);
    const ok = await onSubmit({
      code,
      touchpointId,
      type,
      role,
      scale: scaleFor(type, preset, options, languages[0] ?? 'en'),
      texts: cleanTexts(texts),
      weighsQuestionCode: role === 'importance' ? weighs : null,
    });
    setBusy(false);
    if (ok) close();
  };

  return (
    <Modal opened={opened} onClose={close} title={t('questionnaire.addQuestion')} size="lg" centered>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (valid) void submit();
        }}
      >
        <Stack>
          <TextInput
            data-testid="question-code"
            label={t('questionnaire.code')}
            description={t('questionnaire.codeHint')}
            value={code}
            onChange={(e) => setCode(e.currentTarget.value.trim())}
            error={
              code && !codeOk
                ? t('questionnaire.codeInvalid')
                : codeTaken
                  ? t('questionnaire.codeTaken')
                  : null
            }
            required
            data-autofocus
          />
          <TextsFields
            languages={languages}
            value={texts}
            onChange={setTexts}
            label={t('questionnaire.text')}
            testId="question-text"
          />
          <SimpleGrid cols={2}>
            <Select
              data-testid="question-type"
              label={t('questionnaire.type')}
              allowDeselect={false}
              value={type}
              onChange={(v) => {
                if (!v) return;
                const next = v as QuestionType;
                setType(next);
                setRole(defaultRole(next));
              }}
              data={QUESTION_TYPES.map((q) => ({ value: q, label: t(`questionTypes.${q}`) }))}
            />
            <Select
              data-testid="question-role"
              label={t('questionnaire.role')}
              allowDeselect={false}
              value={role}
              onChange={(v) => v && setRole(v as QuestionRole)}
              data={QUESTION_ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
            />
          </SimpleGrid>
          {type === 'rating' && (
            <Stack gap={4}>
              <Text size="sm" fw={500}>
                {t('questionnaire.scale')}
              </Text>
              <SegmentedControl
                data-testid="question-scale"
                value={preset}
                onChange={(v) => setPreset(v as RangePreset)}
                data={RANGE_PRESETS.map((p) => ({ value: p, label: p.replace('-', '–') }))}
              />
            </Stack>
          )}
          {type === 'nps' && (
            <Text size="sm" c="dimmed">
              {t('questionnaire.npsScale')}
            </Text>
          )}
          {(type === 'single' || type === 'multi') && (
            <TagsInput
              label={t('questionnaire.options')}
              description={t('questionnaire.optionsHint')}
              value={options}
              onChange={setOptions}
            />
          )}
          {role === 'importance' && (
            <Select
              data-testid="question-weighs"
              label={t('questionnaire.weighs')}
              placeholder={t('questionnaire.weighsPlaceholder')}
              value={weighs}
              onChange={setWeighs}
              data={performance.map((q) => ({ value: q.code, label: q.code }))}
              clearable
            />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" data-testid="question-submit" disabled={!valid} loading={busy}>
              {t('common.add')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
