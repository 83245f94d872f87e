import { Button, Card, Group, NumberInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isDesktop } from '../api/client';
import { ReportSettings } from '../components/branding/ReportSettings';
import { PageHeader } from '../components/common/PageHeader';
import { useNotices } from '../components/common/Notices';
import { WeightingCard } from '../components/weighting/WeightingCard';
import { useApi } from '../hooks/useApi';
import { useStudy } from '../hooks/useStudy';

export function SettingsPage({ onSaveAs }: { onSaveAs(): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const notices = useNotices();
  const { overview, update } = useStudy();
  const [client, setClient] = useState(overview.meta.client);
  const [title, setTitle] = useState(overview.meta.title);
  const [k, setK] = useState<number>(overview.meta.anonymityK);
  const [busy, setBusy] = useState(false);
  const changed =
    client !== overview.meta.client || title !== overview.meta.title || k !== overview.meta.anonymityK;

  const save = async () => {
    setBusy(true);
    const o = await api('study/update', { studyId: overview.studyId, client, title, anonymityK: k });
    setBusy(false);
    if (o) {
      update(o);
      notices.success(t('settings.saved'));
    }
  };

  return (
    <Stack gap="xl" data-testid="settings-page">
      <PageHeader title={t('settings.title')} />
      <Card withBorder radius="lg" p="xl" maw={640}>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <Stack>
            <TextInput
              data-testid="settings-client"
              label={t('start.client')}
              value={client}
              onChange={(e) => setClient(e.currentTarget.value)}
              required
            />
            <TextInput
              data-testid="settings-title"
              label={t('start.title')}
              value={title}
              onChange={(e) => setTitle(e.currentTarget.value)}
              required
            />
            <NumberInput
              data-testid="settings-k"
              label={t('settings.k')}
              description={t('settings.kHint')}
              value={k}
              onChange={(v) => typeof v === 'number' && setK(v)}
              min={1}
              max={100}
              allowDecimal={false}
              w={200}
            />
            <Group justify="flex-end">
              <Button
                type="submit"
                data-testid="settings-save"
                disabled={!changed || !client.trim() || !title.trim()}
                loading={busy}
              >
                {t('common.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Card>
      <WeightingCard />
      <ReportSettings />
      <Card withBorder radius="lg" p="xl" maw={640}>
        <Title order={4} mb={4}>
          {t('settings.file')}
        </Title>
        <Text size="sm" c="dimmed" mb="md" style={{ wordBreak: 'break-all' }}>
          {overview.path}
        </Text>
        <Button variant="default" data-testid="save-as" onClick={onSaveAs}>
          {isDesktop() ? t('settings.saveAs') : t('settings.download')}
        </Button>
      </Card>
    </Stack>
  );
}
