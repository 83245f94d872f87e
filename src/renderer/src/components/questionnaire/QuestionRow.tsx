import { Badge, Box, Checkbox, Text } from '@mantine/core';
import type { DragEvent, KeyboardEvent, MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { pickText } from '../../../../shared/domain/language';
import type { Language } from '../../../../shared/domain/language';
import type { Question } from '../../../../shared/domain/questionnaire';
import { RowMenu } from './RowMenu';
import { describeScale } from './scales';
import type { ParentOption } from '../../../../shared/questionnaire/tree';
import { DRAG_TYPE } from './keys';

export const QUESTION_GRID = '28px 128px minmax(0, 1fr) 118px 170px 84px 36px';

type Props = {
  question: Question;
  all: Question[];
  lang: Language;
  languages: Language[];
  selected: boolean;
  onSelect(e: MouseEvent): void;
  onEdit(): void;
  onKeyDown(e: KeyboardEvent): void;
  onDuplicate(): void;
  onRemove(): void;
  moveTargets: ParentOption[];
  onMoveTo(parentId: number | null): void;
  onDropBefore(e: DragEvent): void;
};

/** One question as a dense, focusable, draggable row. */
export function QuestionRow(p: Props) {
  const { t } = useTranslation();
  const q = p.question;
  const weighs = p.all.find((x) => x.id === q.weighsQuestionId)?.code;
  const missingLangs = p.languages.filter((l) => !q.texts[l]);
  return (
    <Box
      className="tp-qrow"
      data-testid={`question-row-${q.code}`}
      data-selected={p.selected || undefined}
      tabIndex={0}
      role="row"
      aria-label={`${q.code} ${pickText(q.texts, p.lang)}`}
      draggable
      onDragStart={(e) => {
        e.dataTransfer.setData(DRAG_TYPE, JSON.stringify({ kind: 'question', id: q.id }));
        e.dataTransfer.effectAllowed = 'move';
      }}
      onDragOver={(e) => {
        if (e.dataTransfer.types.includes(DRAG_TYPE)) e.preventDefault();
      }}
      onDrop={p.onDropBefore}
      onKeyDown={p.onKeyDown}
      onDoubleClick={p.onEdit}
      style={{ display: 'grid', gridTemplateColumns: QUESTION_GRID, alignItems: 'center', columnGap: 8 }}
    >
      <Checkbox
        size="xs"
        aria-label={t('questionnaire.select', { code: q.code })}
        data-testid={`select-${q.code}`}
        checked={p.selected}
        onChange={() => undefined}
        onClick={(e) => {
          e.stopPropagation();
          p.onSelect(e);
        }}
      />
      <Text ff="monospace" size="xs" fw={600} truncate="end" title={q.code}>
        {q.code}
      </Text>
      <Box miw={0} onClick={p.onEdit} style={{ cursor: 'text' }}>
        <Text size="sm" lineClamp={2}>
          {pickText(q.texts, p.lang)}
        </Text>
        {(weighs || missingLangs.length > 0) && (
          <Text size="xs" c="dimmed">
            {weighs && t('questionnaire.weighsShort', { code: weighs })}
            {weighs && missingLangs.length > 0 && ' · '}
            {missingLangs.length > 0 && (
              <Text span size="xs" c="orange.8">
                {t('questionnaire.missingText', {
                  langs: missingLangs.map((l) => l.toUpperCase()).join(', '),
                })}
              </Text>
            )}
          </Text>
        )}
      </Box>
      <Badge
        variant="light"
        color={q.type === 'nps' ? 'grape' : 'gray'}
        size="sm"
        radius="sm"
        fw={500}
        tt="none"
      >
        {t(`questionTypes.${q.type}`)}
      </Badge>
      <Text size="xs" c={q.role === 'importance' ? 'blue.8' : undefined} truncate="end">
        {t(`roles.${q.role}`)}
      </Text>
      <Text size="xs" className="tp-tabular" c="dimmed">
        {describeScale(q.scale, (n) => t('questionnaire.optionCount', { count: n }))}
      </Text>
      <RowMenu
        testId={`q-${q.code}`}
        onEdit={p.onEdit}
        onDuplicate={p.onDuplicate}
        onRemove={p.onRemove}
        moveTargets={p.moveTargets}
        currentParent={q.touchpointId}
        onMoveTo={p.onMoveTo}
      />
    </Box>
  );
}
