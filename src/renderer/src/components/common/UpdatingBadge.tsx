import { Badge, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';

type Props = {
  visible: boolean;
  testId?: string;
  /** 'gap': centred in the space above the panel (the dashboard); 'corner': inside its top-right corner. */
  placement?: 'gap' | 'corner';
};

const PLACES = {
  gap: { top: -29, left: '50%', transform: 'translateX(-50%)' },
  corner: { top: 4, right: 4 },
} as const;

/**
 * "Updating…" over results that stay on screen while the answer for a new filter is computed: a
 * small pill by the panel, announced politely to screen readers, taking no layout space.
 */
export function UpdatingBadge({ visible, testId, placement = 'corner' }: Props) {
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
        ...PLACES[placement],
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
