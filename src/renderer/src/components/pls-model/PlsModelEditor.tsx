import { Alert, Badge, Button, Grid, Group, Menu, Modal, SimpleGrid, Stack, Text } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlsModel } from '../../../../shared/api/pls';
import type { Language } from '../../../../shared/domain/language';
import {
  addConstruct,
  addPath,
  assignItem,
  deleteConstruct,
  emptyModel,
  epsiTemplate,
  freeName,
  removeItem,
  removePath,
  renameConstruct,
  setConstructLabel,
  setMode,
  setTarget,
} from '../../../../shared/pls-model/edit';
import { LANGUAGES } from '../../../../shared/domain/language';
import { useClient } from '../../api/ApiProvider';
import { useNotices } from '../common/Notices';
import { useLang } from '../../hooks/useLang';
import { useStudy } from '../../hooks/useStudy';
import { ConstructCard } from './ConstructCard';
import { ConstructNameModal, type ConstructNames } from './ConstructNameModal';
import { PathsEditor } from './PathsEditor';
import { QuestionList } from './QuestionList';
import './pls-model.css';

/**
 * The designer's index-model editor: the study's rating questions by journey stage on the left,
 * the constructs as cards (drop questions on them, or use a question's menu), the paths and the
 * index target below. Edits stay on screen until saved through study/setPlsModel; a model the
 * service refuses is not stored and its one-line reason is shown above the editor.
 */
export function PlsModelEditor() {
  const { t } = useTranslation();
  const lang = useLang();
  const client = useClient();
  const notices = useNotices();
  const queries = useQueryClient();
  const { overview } = useStudy();
  const studyId = overview.studyId;
  const version = overview.meta.updatedAt;
  const questionnaire = overview.questionnaire;
  const byCode = useMemo(() => new Map(questionnaire.questions.map((q) => [q.code, q])), [questionnaire]);

  const stored = useQuery({
    queryKey: ['study/getPlsModel', studyId, version],
    queryFn: async () => {
      const r = await client.invoke('study/getPlsModel', { studyId });
      return r.ok ? r.value.model : null;
    },
    staleTime: Infinity,
  });
  const [model, setModel] = useState<PlsModel | null>(null);
  const [dirty, setDirty] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [renaming, setRenaming] = useState<string | null>(null);
  const [confirmRemove, setConfirmRemove] = useState(false);

  // Take the stored model until the consultant starts editing.
  useEffect(() => {
    if (!dirty && stored.data !== undefined) setModel(stored.data);
  }, [stored.data, dirty]);

  const edit = (f: (m: PlsModel) => PlsModel) => {
    setModel((m) => f(m ?? emptyModel()));
    setDirty(true);
    setError(null);
  };

  const refresh = (next: PlsModel | null) => {
    queries.setQueryData(['study/getPlsModel', studyId, version], next);
    void queries.invalidateQueries({ queryKey: ['analysis/plsIndex', studyId] });
  };

  const save = async () => {
    if (!model) return;
    if (!model.target) {
      setError(t('plsModel.noTarget'));
      return;
    }
    setBusy(true);
    try {
      const r = await client.invoke('study/setPlsModel', { studyId, model });
      if (!r.ok) {
        const reason = r.error.message.replace(/^PLS model: /, '');
        setError(reason.charAt(0).toUpperCase() + reason.slice(1));
        return;
      }
      setError(null);
      setDirty(false);
      setModel(r.value.model);
      refresh(r.value.model);
      notices.success(t('plsModel.saved'));
    } finally {
      setBusy(false);
    }
  };

  const remove = async () => {
    setConfirmRemove(false);
    setBusy(true);
    try {
      const r = await client.invoke('study/setPlsModel', { studyId, model: null });
      if (!r.ok) {
        notices.error(r.error);
        return;
      }
      setError(null);
      setDirty(false);
      setModel(null);
      refresh(null);
      notices.success(t('plsModel.removed'));
    } finally {
      setBusy(false);
    }
  };

  const rename = (from: string, n: ConstructNames) =>
    edit((m) => {
      let next = renameConstruct(m, from, n.key);
      for (const l of LANGUAGES) next = setConstructLabel(next, n.key, l, n.labels[l] ?? '');
      return next;
    });

  const names = model ? Object.keys(model.constructs) : [];
  const status = dirty
    ? { color: 'orange', text: t('plsModel.unsaved') }
    : stored.data
      ? { color: 'teal', text: t('plsModel.upToDate') }
      : { color: 'gray', text: t('plsModel.notStored') };

  const newConstruct = () => {
    const key = freeName(model ?? emptyModel(), t('plsModel.newConstruct'));
    edit((m) => addConstruct(m, key));
    setRenaming(key);
  };

  return (
    <Stack gap="sm" data-testid="pls-model-editor">
      <Group justify="space-between" align="flex-start" gap="md">
        <Text size="sm" c="dimmed" maw={640} style={{ flex: '1 1 360px' }}>
          {t('plsModel.lead')}
        </Text>
        <Group gap="xs" wrap="nowrap" style={{ flexShrink: 0 }}>
          <Badge
            variant="dot"
            size="lg"
            tt="none"
            fw={500}
            color={status.color}
            style={{ flexShrink: 0, overflow: 'visible' }}
            data-testid="pls-model-status"
          >
            {status.text}
          </Badge>
          <Menu position="bottom-end" withinPortal shadow="md" width={300}>
            <Menu.Target>
              <Button variant="default" size="xs" data-testid="pls-template">
                {t('plsModel.template')}
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              {names.length > 0 && <Menu.Label>{t('plsModel.templateReplace')}</Menu.Label>}
              <Menu.Item
                data-testid="pls-template-assign"
                onClick={() => edit(() => epsiTemplate(questionnaire.questions, true))}
              >
                {t('plsModel.templateAssign')}
              </Menu.Item>
              <Menu.Item
                data-testid="pls-template-empty"
                onClick={() => edit(() => epsiTemplate(questionnaire.questions, false))}
              >
                {t('plsModel.templateEmpty')}
              </Menu.Item>
            </Menu.Dropdown>
          </Menu>
          <Button variant="default" size="xs" data-testid="pls-add-construct" onClick={newConstruct}>
            {t('plsModel.addConstruct')}
          </Button>
          <Button
            variant="subtle"
            color="red"
            size="xs"
            data-testid="pls-remove"
            disabled={!stored.data || busy}
            onClick={() => setConfirmRemove(true)}
          >
            {t('plsModel.remove')}
          </Button>
          <Button
            size="xs"
            data-testid="pls-save"
            disabled={!dirty || !model}
            loading={busy}
            onClick={() => void save()}
          >
            {t('plsModel.save')}
          </Button>
        </Group>
      </Group>
      {error && (
        <Alert
          color="red"
          variant="light"
          py="xs"
          title={t('plsModel.refused')}
          data-testid="pls-model-error"
        >
          {error}
        </Alert>
      )}
      <Grid gap="md" align="flex-start">
        <Grid.Col span={{ base: 12, md: 4, xl: 3 }}>
          <QuestionList
            questionnaire={questionnaire}
            model={model ?? emptyModel()}
            lang={lang}
            onAssign={(code, c) => edit((m) => assignItem(m, code, c))}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 8, xl: 9 }}>
          {!model || names.length === 0 ? (
            <Alert variant="light" color="blue" data-testid="pls-model-empty">
              {t('plsModel.none')}
            </Alert>
          ) : (
            <Stack gap="md">
              <SimpleGrid cols={{ base: 1, sm: 2, xl: 3 }} spacing="sm" data-testid="pls-constructs">
                {names.map((n) => (
                  <ConstructCard
                    key={n}
                    model={model}
                    name={n}
                    lang={lang as Language}
                    byCode={byCode}
                    onDrop={(code) => edit((m) => assignItem(m, code, n))}
                    onRemoveItem={(code) => edit((m) => removeItem(m, code))}
                    onMode={(mode) => edit((m) => setMode(m, n, mode))}
                    onRename={() => setRenaming(n)}
                    onDelete={() => edit((m) => deleteConstruct(m, n))}
                    onMakeTarget={() => edit((m) => setTarget(m, n))}
                  />
                ))}
              </SimpleGrid>
              <PathsEditor
                model={model}
                lang={lang}
                onAdd={(a, b) => edit((m) => addPath(m, a, b))}
                onRemove={(a, b) => edit((m) => removePath(m, a, b))}
                onTarget={(n) => edit((m) => setTarget(m, n))}
              />
            </Stack>
          )}
        </Grid.Col>
      </Grid>
      <ConstructNameModal
        model={model ?? emptyModel()}
        name={renaming}
        onClose={() => setRenaming(null)}
        onApply={rename}
      />
      <Modal opened={confirmRemove} onClose={() => setConfirmRemove(false)} title={t('plsModel.remove')}>
        <Text size="sm" mb="md">
          {t('plsModel.removeConfirm')}
        </Text>
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={() => setConfirmRemove(false)}>
            {t('plsModel.cancel')}
          </Button>
          <Button color="red" data-testid="pls-remove-confirm" onClick={() => void remove()}>
            {t('plsModel.remove')}
          </Button>
        </Group>
      </Modal>
    </Stack>
  );
}
