import { Box, Button, Card, Container, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StudyOverview } from '../../../shared/domain/study';
import { isDesktop } from '../api/client';
import { FileDrop } from '../components/common/FileDrop';
import { LanguageSwitch } from '../components/common/LanguageSwitch';
import { NewStudyForm } from '../components/start/NewStudyForm';
import { RecentStudies } from '../components/start/RecentStudies';
import type { useStudyActions } from '../hooks/useStudyActions';

type Props = { actions: ReturnType<typeof useStudyActions>; onOpened(o: StudyOverview): void };

export function StartPage({ actions, onOpened }: Props) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const run = (fn: () => Promise<void>) => async () => {
    setBusy(true);
    await fn();
    setBusy(false);
  };

  return (
    <Box data-testid="start-screen" mih="100vh" bg="var(--mantine-color-gray-0)">
      <Container size="lg" py="xl">
        <Group justify="space-between" mb={48}>
          <Text fw={700} size="lg" c="var(--mantine-primary-color-filled)">
            Touchpoint Studio
          </Text>
          <LanguageSwitch />
        </Group>

        <Stack gap={6} mb="xl" maw={720}>
          <Title order={1} fz={40} fw={700} lh={1.15}>
            {t('start.headline')}
          </Title>
          <Text size="lg" c="dimmed">
            {t('start.lead')}
          </Text>
        </Stack>

        <Card
          radius="lg"
          p="xl"
          mb="xl"
          bg="var(--mantine-primary-color-filled)"
          c="white"
          data-testid="sample-card"
        >
          <Group justify="space-between" wrap="nowrap" gap="xl">
            <Stack gap={4}>
              <Text fw={700} fz={22}>
                {t('start.sampleTitle')}
              </Text>
              <Text opacity={0.85}>{t('start.sampleText')}</Text>
            </Stack>
            <Button
              size="lg"
              variant="white"
              data-testid="open-sample"
              loading={busy}
              onClick={run(actions.openSample)}
              style={{ flexShrink: 0 }}
            >
              {t('start.openSample')}
            </Button>
          </Group>
        </Card>

        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
          <Card withBorder radius="lg" p="xl">
            <Title order={3} mb="md">
              {t('start.newStudy')}
            </Title>
            <NewStudyForm onCreated={onOpened} />
          </Card>
          <Card withBorder radius="lg" p="xl">
            <Title order={3} mb="md">
              {t('start.openStudy')}
            </Title>
            {isDesktop() ? (
              <Button variant="default" data-testid="open-study-dialog" onClick={run(actions.openFromDialog)}>
                {t('start.openFile')}
              </Button>
            ) : (
              <FileDrop
                testId="open-study"
                accept=".tpstudy"
                label={t('start.dropStudy')}
                hint={t('start.dropStudyHint')}
                button={t('start.chooseFile')}
                onFile={(f) => void run(() => actions.upload(f))()}
                disabled={busy}
              />
            )}
            <Text fw={600} size="sm" mt="xl" mb="xs">
              {t('start.recent')}
            </Text>
            <RecentStudies onOpen={(p) => void run(() => actions.openPath(p))()} />
          </Card>
        </SimpleGrid>
      </Container>
    </Box>
  );
}
