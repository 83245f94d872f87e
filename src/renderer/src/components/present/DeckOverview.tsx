import { Box, SimpleGrid, Text, UnstyledButton } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { OVERVIEW_COLUMNS } from '../../../../shared/present/navigation';
import type { Slide } from './slides';

type Props = { slides: Slide[]; current: number; focus: number; onOpen(index: number): void };

/** Every slide as a numbered tile: the arrows move the focus, Enter (or a click) opens one. */
export function DeckOverview({ slides, current, focus, onOpen }: Props) {
  const { t } = useTranslation();
  const focused = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    focused.current?.scrollIntoView({ block: 'nearest' });
  }, [focus]);
  return (
    <Box data-testid="present-overview" style={{ flex: 1, minHeight: 0, overflow: 'auto' }}>
      <Text fz={24} c="dimmed" mb={24}>
        {t('present.overviewHint')}
      </Text>
      <SimpleGrid cols={OVERVIEW_COLUMNS} spacing={28} verticalSpacing={28}>
        {slides.map((s, i) => (
          <UnstyledButton
            key={s.key}
            ref={i === focus ? focused : undefined}
            tabIndex={-1}
            onClick={() => onOpen(i)}
            data-testid={`overview-slide-${i + 1}`}
            data-focused={i === focus ? 'true' : 'false'}
            aria-current={i === current ? 'true' : undefined}
            className="tp-deck-tile"
          >
            <Text fz={22} fw={700} c="dimmed" className="tp-tabular">
              {i + 1}
            </Text>
            <Text fz={26} fw={600} lh={1.25}>
              {s.title}
            </Text>
          </UnstyledButton>
        ))}
      </SimpleGrid>
    </Box>
  );
}
