import { Box, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { NewQuestion } from '../../../shared/api/questionnaire';
import { pickText } from '../../../shared/domain/language';
import type { Texts } from '../../../shared/domain/language';
import type { Question } from '../../../shared/domain/questionnaire';
import type { Draft } from '../../../shared/questionnaire/draft';
import { downloadBytes, fileToBytes } from '../api/files';
import { PageHeader } from '../components/common/PageHeader';
import { PlsModelEditor } from '../components/pls-model/PlsModelEditor';
import { useNotices } from '../components/common/Notices';
import { AddQuestionModal } from '../components/questionnaire/AddQuestionModal';
import { BankModal } from '../components/questionnaire/BankModal';
import { BulkBar } from '../components/questionnaire/BulkBar';
import { actionName, DesignerToolbar } from '../components/questionnaire/DesignerToolbar';
import type { ExportFormat } from '../components/questionnaire/DesignerToolbar';
import { JourneyTree } from '../components/questionnaire/JourneyTree';
import type { TreeActions } from '../components/questionnaire/JourneyTree';
import { NameModal } from '../components/questionnaire/NameModal';
import { PasteModal } from '../components/questionnaire/PasteModal';
import { TemplateModal } from '../components/questionnaire/TemplateModal';
import { flatQuestions, ordered } from '../../../shared/questionnaire/tree';
import type { Kind } from '../../../shared/questionnaire/tree';
import { WordingModal } from '../components/questionnaire/WordingModal';
import { useApi } from '../hooks/useApi';
import { useDesigner } from '../hooks/useDesigner';
import { useLang } from '../hooks/useLang';
import '../components/questionnaire/designer.css';

type Target = {
  touchpointId: number | null;
  touchpointCode?: string;
  touchpointTexts?: Texts;
  label: string;
};

const MIME: Record<ExportFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  xlsform: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  limesurvey: 'application/xml',
  'qualtrics-txt': 'text/plain',
  pdf: 'application/pdf',
};

/** The questionnaire designer: the journey tree, edited in place, with undo, bank, templates and paste. */
export function QuestionnairePage() {
  const { t } = useTranslation();
  const lang = useLang();
  const api = useApi();
  const notices = useNotices();
  const d = useDesigner();
  const { overview, studyId, run } = d;
  const q = overview.questionnaire;
  const languages = overview.meta.languages;
  const history = overview.history;
  const tree = useMemo(() => ordered(q), [q]);
  const flat = useMemo(() => flatQuestions(tree), [tree]);
  const codes = useMemo(() => q.questions.map((x) => x.code), [q.questions]);

  const [stageModal, setStageModal] = useState(false);
  const [touchpointFor, setTouchpointFor] = useState<number | null>(null);
  const [questionFor, setQuestionFor] = useState<{ touchpointId: number | null } | null>(null);
  const [bankFor, setBankFor] = useState<Target | null>(null);
  const [pasteFor, setPasteFor] = useState<Target | null>(null);
  const [templateOpen, setTemplateOpen] = useState(false);
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [anchor, setAnchor] = useState<number | null>(null);
  const [editing, setEditing] = useState<number | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [view, setView] = useState<'questions' | 'model'>('questions');

  // Drop selections of questions that no longer exist (deleted, undone).
  useEffect(() => {
    setSelected((s) => {
      const ids = new Set(q.questions.map((x) => x.id));
      const next = new Set([...s].filter((id) => ids.has(id)));
      return next.size === s.size ? s : next;
    });
  }, [q.questions]);

  const nameOf = useCallback(
    (kind: Kind, id: number): string => {
      if (kind === 'stage') return pickText(q.stages.find((s) => s.id === id)?.texts ?? { en: '' }, lang);
      if (kind === 'touchpoint')
        return pickText(q.touchpoints.find((s) => s.id === id)?.texts ?? { en: '' }, lang);
      return q.questions.find((s) => s.id === id)?.code ?? '';
    },
    [q, lang],
  );
  const targetFor = (touchpointId: number | null): Target => {
    const tp = q.touchpoints.find((x) => x.id === touchpointId);
    return tp
      ? { touchpointId, touchpointCode: tp.code, touchpointTexts: tp.texts, label: pickText(tp.texts, lang) }
      : { touchpointId: null, label: t('questionnaire.general') };
  };

  const undo = useCallback(async () => {
    const what = history.undo;
    if (history.canUndo && (await run('questionnaire/undo', { studyId })))
      setAnnouncement(t('questionnaire.undone', { what: what ? actionName(t, what) : '' }));
  }, [history, run, studyId, t]);
  const redo = useCallback(async () => {
    const what = history.redo;
    if (history.canRedo && (await run('questionnaire/redo', { studyId })))
      setAnnouncement(t('questionnaire.redone', { what: what ? actionName(t, what) : '' }));
  }, [history, run, studyId, t]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
      const el = e.target as HTMLElement | null;
      if (
        el &&
        (el.closest('input, textarea, select, [contenteditable="true"]') || el.closest('[role="dialog"]'))
      )
        return;
      const k = e.key.toLowerCase();
      if (k === 'z' && !e.shiftKey) {
        e.preventDefault();
        void undo();
      } else if ((k === 'z' && e.shiftKey) || k === 'y') {
        e.preventDefault();
        void redo();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [undo, redo]);

  const insert = async (draft: Draft, touchpointId: number | null) => {
    const ok = await run('questionnaire/insert', {
      studyId,
      draft,
      ...(touchpointId !== null ? { intoTouchpointId: touchpointId } : {}),
    });
    if (ok) setAnnouncement(t('questionnaire.inserted'));
    return ok;
  };

  const actions: TreeActions = {
    update: (kind, id, patch) => run('questionnaire/update', { studyId, kind, id, patch }),
    move: (m) => {
      void run('questionnaire/move', { studyId, ...m }).then((ok) => {
        if (!ok) return;
        const parent =
          m.toParentId === undefined
            ? ''
            : m.toParentId === null
              ? t('questionnaire.general')
              : nameOf(m.kind === 'question' ? 'touchpoint' : 'stage', m.toParentId);
        setAnnouncement(
          parent
            ? t('questionnaire.movedTo', { name: nameOf(m.kind, m.id), parent, position: m.position + 1 })
            : t('questionnaire.moved', { name: nameOf(m.kind, m.id), position: m.position + 1 }),
        );
        // Keep the keyboard on the moved row.
        requestAnimationFrame(() => {
          const sel =
            m.kind === 'question'
              ? `[data-testid="question-row-${nameOf('question', m.id)}"]`
              : `[data-move-id="${m.kind}-${m.id}"]`;
          document.querySelector<HTMLElement>(sel)?.focus();
        });
      });
    },
    duplicate: (kind, id) => {
      const name = nameOf(kind, id);
      void run('questionnaire/duplicate', { studyId, kind, id }).then(
        (ok) => ok && setAnnouncement(t('questionnaire.duplicated', { name })),
      );
    },
    remove: (kind, id) => {
      const name = nameOf(kind, id);
      void run('questionnaire/remove', { studyId, kind, id }).then((ok) => {
        if (!ok) return;
        setAnnouncement(t('questionnaire.deletedUndo', { name }));
      });
    },
    addTouchpoint: (stageId) => setTouchpointFor(stageId),
    addQuestion: (touchpointId) => setQuestionFor({ touchpointId }),
    addFromBank: (touchpointId) => setBankFor(targetFor(touchpointId)),
    paste: (touchpointId) => setPasteFor(targetFor(touchpointId)),
  };

  const onSelect = (question: Question, e: MouseEvent) => {
    setSelected((s) => {
      const next = new Set(s);
      if (e.shiftKey && anchor !== null) {
        const a = flat.findIndex((x) => x.id === anchor);
        const b = flat.findIndex((x) => x.id === question.id);
        if (a >= 0 && b >= 0) {
          for (const x of flat.slice(Math.min(a, b), Math.max(a, b) + 1)) next.add(x.id);
          return next;
        }
      }
      if (next.has(question.id)) next.delete(question.id);
      else next.add(question.id);
      return next;
    });
    setAnchor(question.id);
  };
  const bulk = async (patch: Parameters<typeof run<'questionnaire/bulkUpdate'>>[1]['patch']) => {
    if (await run('questionnaire/bulkUpdate', { studyId, questionIds: [...selected], patch }))
      setAnnouncement(t('questionnaire.bulk.done', { count: selected.size }));
  };

  const exportAs = async (format: ExportFormat) => {
    const r = await api('questionnaire/export', { studyId, format, lang });
    if (r) downloadBytes(r, MIME[format]);
  };
  const importFile = async (file: File) => {
    const bytes = await fileToBytes(file);
    if (await run('questionnaire/import', { studyId, file: bytes }))
      notices.success(t('questionnaire.imported', { name: file.name }));
  };

  const counts = {
    stages: q.stages.length,
    touchpoints: q.touchpoints.length,
    questions: q.questions.length,
  };

  return (
    <Stack gap="sm" data-testid="questionnaire-page">
      <PageHeader
        title={t('questionnaire.title')}
        lead={t('questionnaire.lead')}
        actions={
          view === 'questions' && (
            <DesignerToolbar
              history={history}
              busy={d.busy}
              onUndo={() => void undo()}
              onRedo={() => void redo()}
              onAddStage={() => setStageModal(true)}
              onTemplate={() => setTemplateOpen(true)}
              onExport={(f) => void exportAs(f)}
              onImport={(f) => void importFile(f)}
            />
          )
        }
      />
      <SegmentedControl
        data-testid="designer-view"
        value={view}
        onChange={(v) => setView(v === 'model' ? 'model' : 'questions')}
        data={[
          { value: 'questions', label: t('plsModel.tabQuestions') },
          { value: 'model', label: t('plsModel.tabModel') },
        ]}
        style={{ alignSelf: 'flex-start' }}
      />
      {/* Kept mounted while the questions are shown, so an unsaved model survives a look at them. */}
      <Box display={view === 'model' ? undefined : 'none'}>
        <PlsModelEditor />
      </Box>
      {view === 'questions' && (
        <>
          <Group justify="space-between" gap="xs">
            <Text size="xs" c="dimmed" data-testid="designer-counts">
              {[
                t('questionnaire.countStages', { count: counts.stages }),
                t('questionnaire.countTouchpoints', { count: counts.touchpoints }),
                t('questionnaire.countQuestions', { count: counts.questions }),
              ].join(' · ')}
            </Text>
            <Text size="xs" c="dimmed">
              {t('questionnaire.keyboardHint')}
            </Text>
          </Group>
          <BulkBar
            count={selected.size}
            onScale={(scale) => void bulk({ scale })}
            onRole={(role) => void bulk({ role })}
            onClear={() => setSelected(new Set())}
          />
          {tree.stages.length === 0 && (
            <Text c="dimmed" size="sm" py="xs">
              {t('questionnaire.empty')}
            </Text>
          )}
          <JourneyTree
            tree={tree}
            questions={q.questions}
            lang={lang}
            languages={languages}
            selected={selected}
            onSelect={onSelect}
            editing={editing}
            setEditing={setEditing}
            actions={actions}
          />
        </>
      )}
      <Box aria-live="polite" role="status" data-testid="designer-announce" className="tp-sr-only">
        {announcement}
      </Box>

      <NameModal
        opened={stageModal}
        title={t('questionnaire.addStage')}
        languages={languages}
        testId="stage"
        onClose={() => setStageModal(false)}
        onSubmit={async (texts) => run('questionnaire/addStage', { studyId, texts })}
      />
      <NameModal
        opened={touchpointFor !== null}
        title={t('questionnaire.addTouchpoint')}
        languages={languages}
        testId="touchpoint"
        onClose={() => setTouchpointFor(null)}
        onSubmit={async (texts) =>
          touchpointFor !== null &&
          run('questionnaire/addTouchpoint', { studyId, stageId: touchpointFor, texts })
        }
      />
      <AddQuestionModal
        key={questionFor ? `open-${questionFor.touchpointId}` : 'closed'}
        opened={questionFor !== null}
        touchpointId={questionFor?.touchpointId ?? null}
        languages={languages}
        questions={q.questions}
        onClose={() => setQuestionFor(null)}
        onSubmit={async (question: NewQuestion) => run('questionnaire/addQuestion', { studyId, question })}
      />
      <BankModal
        target={bankFor}
        company={overview.meta.client}
        takenCodes={codes}
        onClose={() => setBankFor(null)}
        onInsert={insert}
      />
      <PasteModal
        target={pasteFor}
        languages={languages}
        lang={lang}
        takenCodes={codes}
        stageCount={counts.stages}
        touchpointCount={counts.touchpoints}
        onClose={() => setPasteFor(null)}
        onInsert={insert}
      />
      <TemplateModal
        opened={templateOpen}
        stageCount={counts.stages}
        touchpointCount={counts.touchpoints}
        onClose={() => setTemplateOpen(false)}
        onInsert={(draft) => insert(draft, null)}
      />
      <WordingModal opened={d.wordingConflict !== null} onChoose={(w) => void d.resolveWording(w)} />
    </Stack>
  );
}
