import { Badge, CloseButton, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../../shared/format';
import { useFilter } from '../../hooks/useFilter';
import { useLang } from '../../hooks/useLang';
import { useSegments } from '../../hooks/useSegments';
import { filterText } from './filterText';

type Props = { present?: boolean; n?: number | null | undefined };

/** The loud reminder that the room sees a part of the customers, with a way back to all of them. */
export function FilterChip({ present, n }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const { filter, setFilter } = useFilter();
  const segments = useSegments();
  if (filter.length === 0) return null;
  return (
    <Badge
      data-testid="filter-chip"
      role="status"
      size={present ? 'xl' : 'lg'}
      radius="sm"
      color="orange"
      variant="filled"
      tt="none"
      h="auto"
      py={present ? 10 : 6}
      pl={present ? 16 : 12}
      pr={4}
      styles={{ label: { overflow: 'visible', whiteSpace: 'normal' } }}
      rightSection={
        <CloseButton
          data-testid="filter-chip-clear"
          size={present ? 'md' : 'sm'}
          variant="transparent"
          c="white"
          aria-label={t('filter.clear')}
          onClick={() => setFilter([])}
        />
      }
    >
      <Group gap={6} wrap="wrap">
        <Text span fw={700} inherit>
          {t('filter.filtered')}
        </Text>
        <Text span fw={500} inherit>
          {filterText(filter, segments)}
        </Text>
        {typeof n === 'number' && (
          <Text span fw={500} inherit opacity={0.85}>
            ({t('filter.n', { n: formatNumber(n, lang) })})
          </Text>
        )}
      </Group>
    </Badge>
  );
}
