import { Button, Group, Paper, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language, Texts } from '../../../../shared/domain/language';
import { QUESTION_ROLES, QUESTION_TYPES, questionCodeSchema } from '../../../../shared/domain/questionnaire';
import type { Question, QuestionRole, QuestionType, Scale } from '../../../../shared/domain/questionnaire';
import { ScaleEditor } from './ScaleEditor';
import { defaultRole, scaleComplete, scaleFor, tidyScale } from './scales';
import { hasText, textsPatch, TextsFields } from './TextsFields';

export type QuestionPatch = {
  code?: string;
  texts?: Texts;
  type?: QuestionType;
  role?: QuestionRole;
  scale?: Scale;
  weighsQuestionCode?: string | null;
};

type Props = {
  question: Question;
  all: Question[];
  languages: Language[];
  onSave(patch: QuestionPatch): Promise<boolean>;
  onClose(): void;
};

/** Edits one question in place: code, texts in every study language, type, role, scale and what it weighs. */
export function QuestionEditor({ question, all, languages, onSave, onClose }: Props) {
  const { t } = useTranslation();
  const [code, setCode] = useState(question.code);
  const [texts, setTexts] = useState<Texts>(question.texts);
  const [type, setType] = useState<QuestionType>(question.type);
  const [role, setRole] = useState<QuestionRole>(question.role);
  const [scale, setScale] = useState<Scale>(question.scale);
  const weighsCode = all.find((q) => q.id === question.weighsQuestionId)?.code ?? null;
  const [weighs, setWeighs] = useState<string | null>(weighsCode);
  const [busy, setBusy] = useState(false);

  const codeOk = questionCodeSchema.safeParse(code).success;
  const codeTaken = all.some((q) => q.id !== question.id && q.code.toLowerCase() === code.toLowerCase());
  const valid = codeOk && !codeTaken && hasText(texts) && scaleComplete(scale);
  const performance = all.filter((q) => q.role === 'performance' && q.id !== question.id);

  const save = async () => {
    const patch: QuestionPatch = {};
    const changed = textsPatch(texts, question.texts, languages);
    if (code !== question.code) patch.code = code;
    if (changed) patch.texts = changed;
    if (type !== question.type) patch.type = type;
    if (role !== question.role) patch.role = role;
    const saved = tidyScale(scale);
    if (JSON.stringify(saved) !== JSON.stringify(question.scale)) patch.scale = saved;
    const nextWeighs = role === 'importance' ? weighs : null;
    if (nextWeighs !== weighsCode) patch.weighsQuestionCode = nextWeighs;
    if (Object.keys(patch).length === 0) return onClose();
    setBusy(true);
    const ok = await onSave(patch);
    setBusy(false);
    if (ok) onClose();
  };

  return (
    <Paper
      withBorder
      radius="sm"
      p="sm"
      m={4}
      bg="var(--mantine-color-blue-0)"
      data-testid={`question-editor-${question.code}`}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
        e.stopPropagation();
      }}
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (valid) void save();
        }}
      >
        <Stack gap="xs">
          <SimpleGrid cols={{ base: 2, lg: 4 }} spacing="xs">
            <TextInput
              size="xs"
              data-testid="edit-code"
              label={t('questionnaire.code')}
              value={code}
              onChange={(e) => setCode(e.currentTarget.value.trim())}
              error={
                code && !codeOk
                  ? t('questionnaire.codeInvalid')
                  : codeTaken
                    ? t('questionnaire.codeTaken')
                    : null
              }
            />
            <Select
              size="xs"
              data-testid="edit-type"
              label={t('questionnaire.type')}
              allowDeselect={false}
              value={type}
              onChange={(v) => {
                if (!v) return;
                const next = v as QuestionType;
                setType(next);
                setRole(defaultRole(next));
                if (
                  (next === 'rating') !== (scale.kind === 'range') ||
                  next === 'nps' ||
                  scale.kind === 'none'
                )
                  setScale(scaleFor(next, '1-10', [], languages[0] ?? 'en'));
              }}
              data={QUESTION_TYPES.map((q) => ({ value: q, label: t(`questionTypes.${q}`) }))}
            />
            <Select
              size="xs"
              data-testid="edit-role"
              label={t('questionnaire.role')}
              allowDeselect={false}
              value={role}
              onChange={(v) => v && setRole(v as QuestionRole)}
              data={QUESTION_ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
            />
            {role === 'importance' && (
              <Select
                size="xs"
                data-testid="edit-weighs"
                label={t('questionnaire.weighs')}
                placeholder={t('questionnaire.weighsPlaceholder')}
                value={weighs}
                onChange={setWeighs}
                data={performance.map((q) => ({ value: q.code, label: q.code }))}
                clearable
                searchable
              />
            )}
          </SimpleGrid>
          <TextsFields
            languages={languages}
            value={texts}
            onChange={setTexts}
            label={t('questionnaire.text')}
            testId="edit-text"
            size="xs"
            autoFocus={false}
          />
          <ScaleEditor scale={scale} languages={languages} onChange={setScale} />
          <Group justify="flex-end" gap="xs">
            <Button size="xs" variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button size="xs" type="submit" data-testid="edit-save" disabled={!valid} loading={busy}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
