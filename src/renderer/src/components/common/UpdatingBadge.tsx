import { Badge, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * "Updating…" over results that stay on screen while the answer for a new filter is computed: a
 * small pill at the top of the panel, announced politely to screen readers, taking no layout space.
 */
export function UpdatingBadge({ visible, testId }: { visible: boolean; testId?: string }) {
  const { t } = useTranslation();
  if (!visible) return null;
  return (
    <Badge
      data-testid={testId}
      role="status"
      aria-label={t('live.updatingLabel')}
      size="lg"
      radius="xl"
      variant="white"
      color="dark"
      leftSection={<Loader size={14} color="var(--mantine-primary-color-filled)" />}
      style={{
        position: 'absolute',
        top: 12,
        left: '50%',
        transform: 'translateX(-50%)',
        zIndex: 5,
        boxShadow: 'var(--mantine-shadow-md)',
        textTransform: 'none',
        fontWeight: 600,
      }}
    >
      {t('live.updating')}
    </Badge>
  );
}
