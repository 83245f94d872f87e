import { Badge, Box, Button, Group, Paper, Stack, Text } from '@mantine/core';
import type { DragEvent, KeyboardEvent, MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { pickText } from '../../../../shared/domain/language';
import type { Language, Texts } from '../../../../shared/domain/language';
import type { Question, Stage, Touchpoint } from '../../../../shared/domain/questionnaire';
import { DRAG_TYPE, dropPosition, moveKey, readDrag } from './keys';
import { NodeHead } from './NodeHead';
import { NameEditor } from './NameEditor';
import { QuestionEditor } from './QuestionEditor';
import type { QuestionPatch } from './QuestionEditor';
import { QUESTION_GRID, QuestionRow } from './QuestionRow';
import { RowMenu } from './RowMenu';
import { keyboardMove, parentOptions } from '../../../../shared/questionnaire/tree';
import type { Kind, Move, Ordered } from '../../../../shared/questionnaire/tree';

export type TreeActions = {
  update(kind: Kind, id: number, patch: QuestionPatch | { texts?: Texts; code?: string }): Promise<boolean>;
  move(m: Move): void;
  duplicate(kind: Kind, id: number): void;
  remove(kind: Kind, id: number): void;
  addTouchpoint(stageId: number): void;
  addQuestion(touchpointId: number | null): void;
  addFromBank(touchpointId: number | null): void;
  paste(touchpointId: number | null): void;
};

type Props = {
  tree: Ordered;
  questions: Question[];
  lang: Language;
  languages: Language[];
  selected: Set<number>;
  onSelect(q: Question, e: MouseEvent): void;
  editing: number | null;
  setEditing(id: number | null): void;
  actions: TreeActions;
};

/** The journey as stages → touchpoints → questions, then the overall questions. */
export function JourneyTree(p: Props) {
  const { t } = useTranslation();
  const name = (x: Stage | Touchpoint) => pickText(x.texts, p.lang);
  const qTargets = parentOptions(p.tree, 'question', name, t('questionnaire.general'));
  const tpTargets = parentOptions(p.tree, 'touchpoint', name, '');

  const keyMove = (kind: Kind, id: number) => (e: KeyboardEvent) => {
    const k = moveKey(e);
    if (!k) {
      if (kind === 'question' && e.key === 'Enter' && e.target === e.currentTarget) p.setEditing(id);
      return;
    }
    e.preventDefault();
    e.stopPropagation();
    const m = keyboardMove(p.tree, kind, id, k.dir, k.across);
    if (m) p.actions.move(m);
  };

  /** Dropping a question on a row puts it before that row; on a touchpoint's header, at its end. */
  const dropQuestion = (parentId: number | null, position: number) => (e: DragEvent) => {
    const d = readDrag(e);
    if (!d || d.kind !== 'question') return;
    e.preventDefault();
    e.stopPropagation();
    const from = p.questions.find((q) => q.id === d.id);
    if (!from) return;
    const siblings = p.questions
      .filter((q) => q.touchpointId === parentId)
      .sort((a, b) => a.position - b.position);
    p.actions.move({
      kind: 'question',
      id: d.id,
      ...(from.touchpointId !== parentId ? { toParentId: parentId } : {}),
      position: dropPosition(
        siblings.findIndex((q) => q.id === d.id),
        position,
      ),
    });
  };
  const dropTouchpoint = (stageId: number, position: number) => (e: DragEvent) => {
    const d = readDrag(e);
    if (!d || d.kind !== 'touchpoint') return;
    e.preventDefault();
    e.stopPropagation();
    const stage = p.tree.stages.find((s) => s.stage.id === stageId);
    const at = stage?.touchpoints.findIndex((x) => x.touchpoint.id === d.id) ?? -1;
    p.actions.move({
      kind: 'touchpoint',
      id: d.id,
      ...(at < 0 ? { toParentId: stageId } : {}),
      position: dropPosition(at, position),
    });
  };
  const dropStage = (position: number) => (e: DragEvent) => {
    const d = readDrag(e);
    if (!d || d.kind !== 'stage') return;
    e.preventDefault();
    const at = p.tree.stages.findIndex((s) => s.stage.id === d.id);
    p.actions.move({ kind: 'stage', id: d.id, position: dropPosition(at, position) });
  };
  const allowDrop = (e: DragEvent) => {
    if (e.dataTransfer.types.includes(DRAG_TYPE)) e.preventDefault();
  };
  const dragStart = (kind: Kind, id: number) => (e: DragEvent) => {
    e.stopPropagation();
    e.dataTransfer.setData(DRAG_TYPE, JSON.stringify({ kind, id }));
    e.dataTransfer.effectAllowed = 'move';
  };

  const questionList = (questions: Question[], parentId: number | null, testId: string) => (
    <Box
      role="rowgroup"
      data-testid={testId}
      onDragOver={allowDrop}
      onDrop={dropQuestion(parentId, questions.length)}
    >
      {questions.length === 0 ? (
        <Text size="xs" c="dimmed" px={8} py={6} data-empty>
          {t('questionnaire.noQuestions')}
        </Text>
      ) : (
        questions.map((q, i) => (
          <div key={q.id}>
            <QuestionRow
              question={q}
              all={p.questions}
              lang={p.lang}
              languages={p.languages}
              selected={p.selected.has(q.id)}
              onSelect={(e) => p.onSelect(q, e)}
              onEdit={() => p.setEditing(p.editing === q.id ? null : q.id)}
              onKeyDown={keyMove('question', q.id)}
              onDuplicate={() => p.actions.duplicate('question', q.id)}
              onRemove={() => p.actions.remove('question', q.id)}
              moveTargets={qTargets}
              onMoveTo={(to) =>
                p.actions.move({
                  kind: 'question',
                  id: q.id,
                  toParentId: to,
                  position: p.questions.filter((x) => x.touchpointId === to).length,
                })
              }
              onDropBefore={dropQuestion(parentId, i)}
            />
            {p.editing === q.id && (
              <QuestionEditor
                key={`${q.id}:${JSON.stringify(q)}`}
                question={q}
                all={p.questions}
                languages={p.languages}
                onSave={(patch) => p.actions.update('question', q.id, patch)}
                onClose={() => p.setEditing(null)}
              />
            )}
          </div>
        ))
      )}
    </Box>
  );

  const addButtons = (touchpointId: number | null, testSuffix: string) => (
    <Group gap={4} className="tp-add">
      <Button
        size="compact-xs"
        variant="subtle"
        data-testid={touchpointId === null ? 'add-general-question' : 'add-question'}
        onClick={() => p.actions.addQuestion(touchpointId)}
      >
        + {t('questionnaire.question')}
      </Button>
      <Button
        size="compact-xs"
        variant="subtle"
        data-testid={`bank${testSuffix}`}
        onClick={() => p.actions.addFromBank(touchpointId)}
      >
        {t('questionnaire.fromBank')}
      </Button>
      <Button
        size="compact-xs"
        variant="subtle"
        data-testid={`paste${testSuffix}`}
        onClick={() => p.actions.paste(touchpointId)}
      >
        {t('questionnaire.paste')}
      </Button>
    </Group>
  );

  return (
    <Stack gap="sm">
      {p.tree.stages.length > 0 && (
        // The same nesting as a touchpoint's rows, so the headings sit exactly over their columns.
        <Box px="xs" style={{ border: '1px solid transparent' }}>
          <Box pl={20}>
            <Box style={{ borderLeft: '2px solid transparent', paddingLeft: 10 }}>
              <Box
                className="tp-colhead"
                style={{ display: 'grid', gridTemplateColumns: QUESTION_GRID, columnGap: 8 }}
              >
                <span />
                <span>{t('questionnaire.code')}</span>
                <span>{t('questionnaire.text')}</span>
                <span>{t('questionnaire.type')}</span>
                <span>{t('questionnaire.role')}</span>
                <span>{t('questionnaire.scale')}</span>
                <span />
              </Box>
            </Box>
          </Box>
        </Box>
      )}
      {p.tree.stages.map(({ stage, touchpoints }, si) => (
        <Paper
          key={stage.id}
          withBorder
          radius="md"
          p="xs"
          data-testid={`stage-${si}`}
          onDragOver={allowDrop}
          onDrop={dropStage(si)}
        >
          <NodeHead
            testId={`stage-${si}-head`}
            label={t('questionnaire.stageN', { n: si + 1 })}
            draggable
            onDragStart={dragStart('stage', stage.id)}
            onKeyDown={keyMove('stage', stage.id)}
            moveId={`stage-${stage.id}`}
            badge={
              <Badge size="sm" variant="filled" circle>
                {si + 1}
              </Badge>
            }
            title={
              <NameEditor
                texts={stage.texts}
                code={stage.code}
                languages={p.languages}
                testId={`stage-${si}`}
                onSave={(patch) => p.actions.update('stage', stage.id, patch)}
              >
                <Text fw={700} size="sm">
                  {name(stage)}
                </Text>
              </NameEditor>
            }
            extra={
              <Text size="xs" c="dimmed">
                {t('questionnaire.touchpointCount', { count: touchpoints.length })}
              </Text>
            }
            actions={
              <>
                <Button
                  size="compact-xs"
                  variant="subtle"
                  data-testid="add-touchpoint"
                  onClick={() => p.actions.addTouchpoint(stage.id)}
                >
                  + {t('questionnaire.touchpoint')}
                </Button>
                <RowMenu
                  testId={`stage-${si}`}
                  onDuplicate={() => p.actions.duplicate('stage', stage.id)}
                  onRemove={() => p.actions.remove('stage', stage.id)}
                  moveTargets={[]}
                  onMoveTo={() => undefined}
                />
              </>
            }
          />
          <Stack gap={6} mt={6} pl={20}>
            {touchpoints.map(({ touchpoint: tp, questions }, ti) => (
              <Box
                key={tp.id}
                data-testid={`touchpoint-${si}-${ti}`}
                className="tp-touchpoint"
                style={{ borderLeft: '2px solid var(--mantine-color-gray-3)', paddingLeft: 10 }}
                onDragOver={allowDrop}
                onDrop={dropTouchpoint(stage.id, ti)}
              >
                <NodeHead
                  testId={`touchpoint-${si}-${ti}-head`}
                  label={t('questionnaire.touchpoint')}
                  draggable
                  onDragStart={dragStart('touchpoint', tp.id)}
                  onKeyDown={keyMove('touchpoint', tp.id)}
                  moveId={`touchpoint-${tp.id}`}
                  title={
                    <NameEditor
                      texts={tp.texts}
                      code={tp.code}
                      languages={p.languages}
                      testId={`touchpoint-${si}-${ti}`}
                      onSave={(patch) => p.actions.update('touchpoint', tp.id, patch)}
                    >
                      <Text fw={600} size="sm">
                        {name(tp)}
                      </Text>
                    </NameEditor>
                  }
                  extra={
                    <Text size="xs" c="dimmed" ff="monospace">
                      {tp.code}
                    </Text>
                  }
                  actions={
                    <>
                      {addButtons(tp.id, '')}
                      <RowMenu
                        testId={`touchpoint-${si}-${ti}`}
                        onDuplicate={() => p.actions.duplicate('touchpoint', tp.id)}
                        onRemove={() => p.actions.remove('touchpoint', tp.id)}
                        moveTargets={tpTargets}
                        currentParent={stage.id}
                        onMoveTo={(to) =>
                          to !== null &&
                          p.actions.move({
                            kind: 'touchpoint',
                            id: tp.id,
                            toParentId: to,
                            position: p.tree.stages.find((s) => s.stage.id === to)?.touchpoints.length ?? 0,
                          })
                        }
                      />
                    </>
                  }
                />
                {questionList(questions, tp.id, `questions-${si}-${ti}`)}
              </Box>
            ))}
          </Stack>
        </Paper>
      ))}

      <Paper withBorder radius="md" p="xs" data-testid="general-questions">
        <NodeHead
          testId="general-head"
          label={t('questionnaire.general')}
          title={
            <Text fw={700} size="sm">
              {t('questionnaire.general')}
            </Text>
          }
          extra={
            <Text size="xs" c="dimmed">
              {t('questionnaire.generalLead')}
            </Text>
          }
          actions={addButtons(null, '-general')}
        />
        <Box ml={20} mt={4} style={{ borderLeft: '2px solid transparent', paddingLeft: 10 }}>
          {questionList(p.tree.general, null, 'questions-general')}
        </Box>
      </Paper>
    </Stack>
  );
}
