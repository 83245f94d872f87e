import { ActionIcon, Box, Group, Modal, Text } from '@mantine/core';
import { useViewportSize } from '@mantine/hooks';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DashboardResult, Suppressed } from '../../../../shared/analysis/dashboard';
import type { Palette } from '../../../../shared/charts/palette';
import { useStudy } from '../../hooks/useStudy';
import { DeckFooter } from './DeckFooter';
import { DeckOverview } from './DeckOverview';
import { DeckZoomContext, deckGeometry } from './DeckZoom';
import { deckKey, initialDeck, resizeDeck } from '../../../../shared/present/navigation';
import type { DeckState } from '../../../../shared/present/navigation';
import { buildDeck } from './slides';
import { useDeckData } from './useDeckData';
import { useDeckKeys } from './useDeckKeys';
import { loadDeckPlace, saveDeckPlace } from './deckPlace';
import './present.css';

type Props = {
  onClose(): void;
  result: DashboardResult;
  hidden: Suppressed | null;
  n: number | null;
  palette: Palette;
};

/**
 * Present mode as slides: one view per slide (key figures, the journey stage by stage, the map, the
 * drivers, the units, the change since last wave), laid out at 1920 × 1080 and zoomed to the
 * screen, with the live filter, the group's n and "3 / 12" under every slide. Arrows, PageUp/Down,
 * Space, Home/End, 1–9, a clicker's blank key; Esc or G for the overview, Esc there leaves.
 */
export function PresentDeck({ onClose, result, hidden, n, palette }: Props) {
  const { t } = useTranslation();
  const { overview: study } = useStudy();
  const place = useMemo(() => loadDeckPlace(study.studyId), [study.studyId]);
  const [contrast, setContrast] = useState(place.contrast);
  const d = useDeckData({ result, hidden, n, palette, contrast });
  const slides = buildDeck(d);
  const [deck, setDeck] = useState<DeckState>(() => {
    const at = slides.findIndex((s) => s.key === place.key);
    return initialDeck(slides.length, at >= 0 ? at : place.index);
  });
  if (deck.count !== slides.length) setDeck(resizeDeck(deck, slides.length));
  const slide = slides[Math.min(deck.index, slides.length - 1)];
  const root = useRef<HTMLDivElement>(null);
  const { width, height } = useViewportSize();
  const geo = deckGeometry(width || window.innerWidth, height || window.innerHeight);

  useEffect(() => {
    if (slide) saveDeckPlace(study.studyId, { key: slide.key, index: deck.index, contrast });
  }, [study.studyId, slide?.key, deck.index, contrast]);

  useEffect(() => {
    // The OS-level full screen is a bonus: refused without a user gesture or in some hosts.
    document.documentElement.requestFullscreen?.().catch(() => undefined);
    return () => {
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    };
  }, []);

  const onKey = useCallback(
    (key: string, shiftKey: boolean) => {
      const r = deckKey(deck, { key, shiftKey });
      if (!r) return false;
      setDeck(r.state);
      if (r.effect === 'exit') onClose();
      if (r.effect === 'contrast') setContrast((c) => !c);
      if (r.effect === 'filter') {
        root.current?.querySelector<HTMLInputElement>('input[data-testid="filter-variable"]')?.focus();
      }
      return true;
    },
    [deck, onClose],
  );
  useDeckKeys(root, onKey);

  const title = deck.overview ? t('present.overview') : (slide?.title ?? '');
  const shownN = hidden ? null : (n ?? result.respondents);
  return (
    <Modal
      opened
      onClose={onClose}
      fullScreen
      withCloseButton={false}
      closeOnEscape={false}
      transitionProps={{ duration: 0 }}
      padding={0}
      styles={{ body: { padding: 0, height: '100vh', overflow: 'hidden', background: '#000' } }}
    >
      <DeckZoomContext.Provider value={geo.zoom}>
        <div
          ref={root}
          tabIndex={-1}
          data-autofocus
          data-testid="present-view"
          data-slide={slide?.key}
          data-contrast={contrast ? 'true' : 'false'}
          className={`tp-deck${contrast ? ' tp-deck-hc' : ''}`}
          style={{ zoom: geo.zoom, width: geo.width, height: geo.height }}
          aria-roledescription="slide deck"
        >
          <Group justify="space-between" align="flex-start" wrap="nowrap" mb={20}>
            <Box style={{ minWidth: 0 }}>
              <Text fz={24} c="dimmed" fw={600} truncate>
                {study.meta.client} · {study.meta.title}
              </Text>
              <Text
                component="h1"
                fz={60}
                fw={700}
                lh={1.1}
                m={0}
                data-testid="present-slide-title"
                aria-label={
                  deck.overview
                    ? title
                    : t('present.slideLabel', { n: deck.index + 1, count: slides.length, title })
                }
              >
                {title}
              </Text>
            </Box>
            <Group gap={16} wrap="nowrap">
              <Text fz={20} c="dimmed">
                {t('present.keysHint')}
              </Text>
              <ActionIcon
                variant="subtle"
                color="gray"
                c="var(--mantine-color-text)"
                size={48}
                onClick={onClose}
                aria-label={t('present.leave')}
                data-testid="present-leave"
                tabIndex={-1}
              >
                <span style={{ fontSize: 32, lineHeight: 1 }}>×</span>
              </ActionIcon>
            </Group>
          </Group>
          <div className="tp-deck-body" data-testid={deck.overview ? undefined : 'present-slide'}>
            {deck.overview ? (
              <DeckOverview
                slides={slides}
                current={deck.index}
                focus={deck.focus}
                onOpen={(i) => setDeck({ ...deck, index: i, focus: i, overview: false })}
              />
            ) : (
              slide?.render()
            )}
          </div>
          <DeckFooter
            index={deck.index}
            count={slides.length}
            n={shownN}
            hidden={!!hidden}
            contrast={contrast}
            onContrast={() => {
              setContrast((c) => !c);
              root.current?.focus(); // the next Space turns the slide, not the switch again
            }}
          />
          {deck.blank && (
            <div className="tp-deck-blank" data-testid="present-blank">
              {t('present.blanked')}
            </div>
          )}
        </div>
      </DeckZoomContext.Provider>
    </Modal>
  );
}
