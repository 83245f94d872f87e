import { Button, Stack } from '@mantine/core';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportedFileSummary } from '../../../shared/domain/study';
import { downloadBytes } from '../api/files';
import { PageHeader } from '../components/common/PageHeader';
import { ImportWizard } from '../components/data/ImportWizard';
import { StudyDataTables } from '../components/data/StudyDataTables';
import { useApi } from '../hooks/useApi';
import { useLang } from '../hooks/useLang';
import { useStudy } from '../hooks/useStudy';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function DataPage({ onShowDashboard }: { onShowDashboard(): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const lang = useLang();
  const { overview } = useStudy();
  const [remap, setRemap] = useState<ImportedFileSummary | null>(null);
  const [busy, setBusy] = useState(false);
  const remapTaken = useCallback(() => setRemap(null), []);

  const template = async () => {
    setBusy(true);
    const r = await api('import/template', { studyId: overview.studyId, lang });
    setBusy(false);
    if (r) downloadBytes(r, XLSX);
  };

  return (
    <Stack gap="xl" data-testid="data-page" data-study-id={overview.studyId}>
      <PageHeader
        title={t('data.title')}
        lead={t('data.lead')}
        actions={
          <Button
            variant="default"
            onClick={() => void template()}
            loading={busy}
            disabled={overview.questionnaire.questions.length === 0}
            data-testid="import-template"
          >
            {t('data.template')}
          </Button>
        }
      />
      <ImportWizard onShowDashboard={onShowDashboard} remap={remap} onRemapTaken={remapTaken} />
      <StudyDataTables overview={overview} onRemap={setRemap} />
    </Stack>
  );
}
