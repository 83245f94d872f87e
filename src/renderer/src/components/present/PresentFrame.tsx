import { Box, Group, Modal, Stack, Text } from '@mantine/core';
import { useEffect } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useStudy } from '../../hooks/useStudy';
import { FilterBar } from '../filter/FilterBar';

type Props = {
  opened: boolean;
  onClose(): void;
  heading: string;
  n?: number | null | undefined;
  children: ReactNode;
};

/**
 * Workshop mode for any page: its content alone, large, on the whole screen, with the live filter
 * at hand so a question from the room can be answered on the spot. Esc leaves.
 */
export function PresentFrame({ opened, onClose, heading, n, children }: Props) {
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
        <Stack gap="lg" mb={32}>
          <Group justify="space-between" align="flex-end">
            <Box>
              <Text fz={22} c="dimmed" fw={600}>
                {overview.meta.client} · {overview.meta.title}
              </Text>
              <Text fz={44} fw={700} lh={1.1}>
                {heading}
              </Text>
            </Box>
            <Text size="sm" c="dimmed">
              {t('dashboard.escToLeave')}
            </Text>
          </Group>
          <FilterBar present n={n} />
        </Stack>
        {children}
      </Box>
    </Modal>
  );
}
