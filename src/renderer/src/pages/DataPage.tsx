import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../components/common/PageHeader';
import { ImportWizard } from '../components/data/ImportWizard';
import { StudyDataTables } from '../components/data/StudyDataTables';
import { useStudy } from '../hooks/useStudy';

export function DataPage({ onShowDashboard }: { onShowDashboard(): void }) {
  const { t } = useTranslation();
  const { overview } = useStudy();
  return (
    <Stack gap="xl" data-testid="data-page">
      <PageHeader title={t('data.title')} lead={t('data.lead')} />
      <ImportWizard onShowDashboard={onShowDashboard} />
      <StudyDataTables overview={overview} />
    </Stack>
  );
}
