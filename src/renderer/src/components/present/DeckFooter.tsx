import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../../shared/format';
import { useFilter } from '../../hooks/useFilter';
import { useLang } from '../../hooks/useLang';
import { FilterBar } from '../filter/FilterBar';

type Props = {
  index: number;
  count: number;
  n: number | null;
  hidden: boolean;
  contrast: boolean;
  onContrast(): void;
};

/**
 * Under every slide: the live filter (the dashboard's own), the group's n (or that it is too small
 * to show), the contrast switch and "3 / 12".
 */
export function DeckFooter({ index, count, n, hidden, contrast, onContrast }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const { filter } = useFilter();
  return (
    <Group
      justify="space-between"
      align="center"
      wrap="nowrap"
      gap={24}
      pt={18}
      className="tp-deck-footer"
      data-testid="present-footer"
    >
      <FilterBar present n={n} />
      <Group gap={28} wrap="nowrap" style={{ flexShrink: 0 }}>
        <Text fz={24} fw={600} data-testid="present-n" className="tp-tabular">
          {hidden
            ? t('present.groupHidden')
            : `${filter.length === 0 ? `${t('present.allRespondents')} · ` : ''}${t('present.n', {
                n: formatNumber(n ?? 0, lang),
              })}`}
        </Text>
        <Button
          variant="default"
          size="md"
          onClick={onContrast}
          aria-pressed={contrast}
          data-testid="present-contrast"
          className="tp-deck-contrast"
          tabIndex={-1}
        >
          {t('present.contrast')}
        </Button>
        <Text fz={28} fw={700} data-testid="present-counter" className="tp-tabular">
          {`${index + 1} / ${count}`}
        </Text>
      </Group>
    </Group>
  );
}
