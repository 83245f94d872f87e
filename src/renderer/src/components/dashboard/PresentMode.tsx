import { Box, Group, Modal, Text } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { DashboardResult } from '../../../../shared/analysis/dashboard';
import type { Palette } from '../../../../shared/charts/palette';
import { useStudy } from '../../hooks/useStudy';
import { DashboardView } from './DashboardView';

type Props = { opened: boolean; onClose(): void; result: DashboardResult; palette: Palette };

/** Workshop mode: the dashboard alone, large, on the whole screen. Esc leaves. */
export function PresentMode({ opened, onClose, result, palette }: Props) {
  const { t } = useTranslation();
  const { overview } = useStudy();

  useEffect(() => {
    if (!opened) return;
    // The OS-level full screen is a bonus: refused without a user gesture or in some hosts.
    document.documentElement.requestFullscreen?.().catch(() => undefined);
    return () => {
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    };
  }, [opened]);

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      fullScreen
      withCloseButton={false}
      transitionProps={{ duration: 0 }}
      padding={0}
      styles={{ body: { background: 'var(--mantine-color-gray-0)', minHeight: '100vh' } }}
    >
      <Box data-testid="present-view" px={56} py={40}>
        <Group justify="space-between" align="flex-end" mb={32}>
          <Box>
            <Text fz={22} c="dimmed" fw={600}>
              {overview.meta.client}
            </Text>
            <Text fz={44} fw={700} lh={1.1}>
              {overview.meta.title} · {t('shell.waveLabel', { year: result.waveYear })}
            </Text>
          </Box>
          <Text size="sm" c="dimmed">
            {t('dashboard.escToLeave')}
          </Text>
        </Group>
        <DashboardView result={result} palette={palette} present />
      </Box>
    </Modal>
  );
}
