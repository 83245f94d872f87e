import {
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
import type { Question, QuestionRole, QuestionType } from '../../../../shared/domain/questionnaire';
import type { Language, Texts } from '../../../../shared/domain/language';
import type { NewQuestion } from '../../../../shared/api/questionnaire';
import { useQuestionFields } from './questionFields';
import { RANGE_PRESETS, defaultRole, scaleFor } from './scales';
import type { RangePreset } from './scales';
import { DialogActions, useSaving } from './DialogActions';
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
  const { busy, save } = useSaving();

  const fields = useQuestionFields(code, questions);
  const valid =
    fields.codeValid && hasText(texts) && (type !== 'single' && type !== 'multi' ? true : options.length > 1);

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
  const submit = () =>
    save(
      () =>
        onSubmit({
          code,
          touchpointId,
          type,
          role,
          scale: scaleFor(type, preset, options, languages[0] ?? 'en'),
          texts: cleanTexts(texts),
          weighsQuestionCode: role === 'importance' ? weighs : null,
        }),
      close,
    );

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
            error={fields.codeError}
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
              data={fields.typeData}
            />
            <Select
              data-testid="question-role"
              label={t('questionnaire.role')}
              allowDeselect={false}
              value={role}
              onChange={(v) => v && setRole(v as QuestionRole)}
              data={fields.roleData}
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
              data={fields.weighsData}
              clearable
            />
          )}
          <DialogActions
            onCancel={close}
            label={t('common.add')}
            testId="question-submit"
            disabled={!valid}
            busy={busy}
          />
        </Stack>
      </form>
    </Modal>
  );
}
