import { Alert, Button, Group, Modal, Radio, Select, Stack, Switch, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutputOf } from '../../../../shared/api/contract';
import type { ImportSummary } from '../../../../shared/api/import';
import type { ImportedFileSummary } from '../../../../shared/domain/study';
import { formatNumber } from '../../../../shared/format';
import { useApi } from '../../hooks/useApi';
import { useLang } from '../../hooks/useLang';
import { useStudy } from '../../hooks/useStudy';
import type { OnError } from './importSettings';

const NO_PROFILE = '__none';

/**
 * Redoes the import of a file kept in the study with another profile or options (import/remap): the
 * original file is not needed, and the file's respondents are replaced.
 */
export function RemapModal({ file, onClose }: { file: ImportedFileSummary | null; onClose(): void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const api = useApi();
  const { overview, update } = useStudy();
  const [profiles, setProfiles] = useState<OutputOf<'import/profiles'>>([]);
  const [profile, setProfile] = useState(NO_PROFILE);
  const [createQuestions, setCreate] = useState(false);
  const [keepPersonal, setKeep] = useState(false);
  const [onError, setOnError] = useState<OnError>('missing');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ImportSummary | null>(null);
  const studyId = overview.studyId;

  useEffect(() => {
    if (!file) return;
    setResult(null);
    let live = true;
    void api('import/profiles', { studyId }).then((r) => live && r && setProfiles(r));
    return () => {
      live = false;
    };
  }, [api, studyId, file]);

  const run = async () => {
    if (!file) return;
    setBusy(true);
    const r = await api('import/remap', {
      studyId,
      fileId: file.id,
      createQuestions,
      keepPersonal,
      onError,
      ...(profile !== NO_PROFILE ? { profile } : {}),
    });
    setBusy(false);
    if (!r) return;
    update(r.overview);
    setResult(r);
  };

  return (
    <Modal
      opened={file !== null}
      onClose={onClose}
      title={t('remap.title', { name: file?.name ?? '' })}
      size="lg"
      data-testid="remap-modal"
    >
      {result ? (
        <Stack>
          <Alert color="teal" title={t('remap.done')} data-testid="remap-result">
            {t('remap.counts', {
              read: formatNumber(result.rowsRead, lang),
              imported: formatNumber(result.imported, lang),
              skipped: formatNumber(result.skipped, lang),
            })}
          </Alert>
          <Group justify="flex-end">
            <Button onClick={onClose}>{t('common.close')}</Button>
          </Group>
        </Stack>
      ) : (
        <Stack>
          <Text size="sm" c="dimmed">
            {t('remap.lead')}
          </Text>
          <Select
            label={t('import.profile')}
            data={[
              { value: NO_PROFILE, label: t('import.noProfile') },
              ...profiles.map((p) => ({ value: p.name, label: p.name })),
            ]}
            value={profile}
            allowDeselect={false}
            onChange={(v) => v && setProfile(v)}
            data-autofocus
          />
          <Switch
            label={t('import.createAll')}
            checked={createQuestions}
            onChange={(e) => setCreate(e.currentTarget.checked)}
          />
          <Switch
            label={t('import.keepPersonal')}
            checked={keepPersonal}
            onChange={(e) => setKeep(e.currentTarget.checked)}
          />
          <Radio.Group
            label={t('import.onError')}
            value={onError}
            onChange={(v) => setOnError(v === 'skip-row' || v === 'abort' ? v : 'missing')}
          >
            <Group mt={6}>
              <Radio value="missing" label={t('import.onErrorMissing')} />
              <Radio value="skip-row" label={t('import.onErrorSkip')} />
              <Radio value="abort" label={t('import.onErrorAbort')} />
            </Group>
          </Radio.Group>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button onClick={() => void run()} loading={busy} data-testid="remap-run">
              {t('remap.run')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
