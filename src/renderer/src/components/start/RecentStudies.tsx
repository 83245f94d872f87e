import { Stack, Text, UnstyledButton } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecentStudy } from '../../../../shared/domain/study';
import { useClient } from '../../api/ApiProvider';
import { useLang } from '../../hooks/useLang';
import { formatDate } from '../../i18n/dates';
import { distinguishingFolders } from '../../../../shared/domain/recent-folders';

export function RecentStudies({ onOpen }: { onOpen(path: string): void }) {
  const { t } = useTranslation();
  const client = useClient();
  const lang = useLang();
  const [recent, setRecent] = useState<RecentStudy[] | null>(null);

  useEffect(() => {
    let live = true;
    // Quietly empty when the list cannot be read: it is a convenience, not the user's data.
    void client.invoke('study/recent', {}).then((r) => live && setRecent(r.ok ? r.value : []));
    return () => {
      live = false;
    };
  }, [client]);

  if (recent === null) return null;
  if (recent.length === 0) {
    return (
      <Text size="sm" c="dimmed" data-testid="recent-empty">
        {t('start.noRecent')}
      </Text>
    );
  }
  const shown = recent.slice(0, 6);
  const folders = distinguishingFolders(shown);
  return (
    <Stack gap={4} data-testid="recent-list">
      {shown.map((r, i) => (
        <UnstyledButton
          key={r.path}
          onClick={() => onOpen(r.path)}
          p="xs"
          style={{ borderRadius: 'var(--mantine-radius-sm)' }}
          className="tp-hover"
          title={r.path}
        >
          <Text size="sm" fw={600} lineClamp={1}>
            {r.client} — {r.title}
          </Text>
          {folders[i] && (
            <Text size="xs" c="dimmed" lineClamp={1} data-testid="recent-folder">
              {t('recentStudies.inFolder', { folder: folders[i] })}
            </Text>
          )}
          <Text size="xs" c="dimmed">
            {t('start.openedAt', { date: formatDate(r.openedAt, lang) })}
          </Text>
        </UnstyledButton>
      ))}
    </Stack>
  );
}
