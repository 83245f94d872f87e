import { Paper, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language, Texts } from '../../../../shared/domain/language';
import type { Question, QuestionRole, QuestionType, Scale } from '../../../../shared/domain/questionnaire';
import { DialogActions, useSaving } from './DialogActions';
import { useQuestionFields } from './questionFields';
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
  const { busy, save: saving } = useSaving();

  const fields = useQuestionFields(
    code,
    all.filter((q) => q.id !== question.id),
  );
  const valid = fields.codeValid && hasText(texts) && scaleComplete(scale);

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
    await saving(() => onSave(patch), onClose);
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
              error={fields.codeError}
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
              data={fields.typeData}
            />
            <Select
              size="xs"
              data-testid="edit-role"
              label={t('questionnaire.role')}
              allowDeselect={false}
              value={role}
              onChange={(v) => v && setRole(v as QuestionRole)}
              data={fields.roleData}
            />
            {role === 'importance' && (
              <Select
                size="xs"
                data-testid="edit-weighs"
                label={t('questionnaire.weighs')}
                placeholder={t('questionnaire.weighsPlaceholder')}
                value={weighs}
                onChange={setWeighs}
                data={fields.weighsData}
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
          <DialogActions
            size="xs"
            gap="xs"
            onCancel={onClose}
            label={t('common.save')}
            testId="edit-save"
            disabled={!valid}
            busy={busy}
          />
        </Stack>
      </form>
    </Paper>
  );
}
