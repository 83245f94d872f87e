import { Modal, Stack, Text, Textarea } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../shared/domain/language';
import type { Draft } from '../../../../shared/questionnaire/draft';
import { pasteDraft } from '../../../../shared/questionnaire/paste';
import { DialogActions, useSaving } from './DialogActions';

type Props = {
  target: { touchpointId: number | null; touchpointCode?: string; label: string } | null;
  languages: Language[];
  lang: Language;
  takenCodes: string[];
  stageCount: number;
  touchpointCount: number;
  onClose(): void;
  onInsert(draft: Draft, touchpointId: number | null): Promise<boolean>;
};

/**
 * Paste a column (question texts, into the chosen touchpoint) or a table (stage, touchpoint, question)
 * copied from Excel; a preview says what will be added before anything is.
 */
export function PasteModal(p: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const { busy, save } = useSaving();
  const lang = p.languages.includes(p.lang) ? p.lang : (p.languages[0] ?? 'en');
  const result = useMemo(
    () =>
      pasteDraft(text, {
        lang,
        takenCodes: p.takenCodes,
        stageCount: p.stageCount,
        touchpointCount: p.touchpointCount,
        ...(p.target?.touchpointCode ? { touchpointCode: p.target.touchpointCode } : {}),
      }),
    [text, lang, p.takenCodes, p.stageCount, p.touchpointCount, p.target],
  );
  const close = () => {
    setText('');
    p.onClose();
  };
  const stages = result.draft.stages ?? [];
  const tpCount = stages.reduce((n, s) => n + (s.touchpoints?.length ?? 0), 0);
  const insert = () =>
    save(
      () => p.onInsert(result.draft, result.shape === 'questions' ? (p.target?.touchpointId ?? null) : null),
      close,
    );
  return (
    <Modal
      opened={p.target !== null}
      onClose={close}
      title={t('questionnaire.pasteDialog.title')}
      size="lg"
      centered
    >
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('questionnaire.pasteDialog.lead', {
            target: p.target?.label ?? '',
            lang: t(`languages.${lang}`),
          })}
        </Text>
        <Textarea
          data-testid="paste-text"
          autosize
          minRows={6}
          maxRows={14}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          placeholder={t('questionnaire.pasteDialog.placeholder')}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 12 } }}
          data-autofocus
        />
        <Text size="sm" data-testid="paste-preview">
          {result.questionCount === 0
            ? t('questionnaire.pasteDialog.nothing')
            : result.shape === 'questions'
              ? t('questionnaire.pasteDialog.questions', {
                  count: result.questionCount,
                  target: p.target?.label ?? '',
                })
              : t('questionnaire.pasteDialog.journey', {
                  questions: t('questionnaire.countQuestions', { count: result.questionCount }),
                  stages: t('questionnaire.countStages', { count: stages.length }),
                  touchpoints: t('questionnaire.countTouchpoints', { count: tpCount }),
                })}
          {result.skippedHeader && ` ${t('questionnaire.pasteDialog.header')}`}
        </Text>
        <DialogActions
          size="xs"
          onCancel={close}
          label={t('questionnaire.pasteDialog.insert')}
          testId="paste-insert"
          disabled={result.questionCount === 0}
          busy={busy}
          onConfirm={() => void insert()}
        />
      </Stack>
    </Modal>
  );
}
