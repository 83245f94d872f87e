import { Alert, Button, Grid, Group, Kbd, Pagination, Stack, Text } from '@mantine/core';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pickText } from '../../../shared/domain/index';
import { CodebookCard } from '../components/comments/CodebookCard';
import { CommentFilterBar } from '../components/comments/CommentFilterBar';
import { CommentRow } from '../components/comments/CommentRow';
import { ThemesPanel } from '../components/comments/ThemesPanel';
import { PageHeader } from '../components/common/PageHeader';
import { UpdatingBadge } from '../components/common/UpdatingBadge';
import { currentValue, isUpdating } from '../hooks/useAnalysis';
import { PAGE_SIZE, useComments } from '../hooks/useComments';
import { useLang } from '../hooks/useLang';
import { useNotices } from '../components/common/Notices';

/** Whether a key press belongs to a text field (typing there must not code comments). */
function typing(e: KeyboardEvent): boolean {
  const el = e.target as HTMLElement | null;
  return !!el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));
}

/**
 * The comments workspace: every open answer under its filters, coded by keyboard (↑ ↓ move, 1–9 toggle
 * a theme, Enter accepts the rules' suggestions, Q / H choose or hide a quote, / searches), with the
 * codebook and the theme figures beside it.
 */
export function CommentsPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const notices = useNotices();
  const c = useComments();
  const list = currentValue(c.list);
  const codebook = currentValue(c.codebook);
  const themes = currentValue(c.themes);
  const [focus, setFocus] = useState(0);
  const rows = useRef<(HTMLDivElement | null)[]>([]);
  const searchRef = useRef<HTMLInputElement | null>(null);
  const items = useMemo(() => list?.items ?? [], [list]);
  const order = useMemo(() => (codebook?.codebook.themes ?? []).map((th) => th.code), [codebook]);
  const labelOf = (code: string) => {
    const th = codebook?.codebook.themes.find((x) => x.code === code);
    return th ? pickText(th.label, lang) : code;
  };

  useEffect(() => {
    setFocus((f) => Math.min(f, Math.max(items.length - 1, 0)));
  }, [items.length]);
  useEffect(() => {
    rows.current[focus]?.scrollIntoView({ block: 'nearest' });
  }, [focus]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      if (e.key === '/' && !typing(e)) {
        e.preventDefault();
        searchRef.current?.focus();
        return;
      }
      if (typing(e)) return;
      const item = items[focus];
      if (e.key === 'ArrowDown' || e.key === 'j') {
        e.preventDefault();
        setFocus((f) => Math.min(f + 1, items.length - 1));
      } else if (e.key === 'ArrowUp' || e.key === 'k') {
        e.preventDefault();
        setFocus((f) => Math.max(f - 1, 0));
      } else if (item && /^[1-9]$/.test(e.key)) {
        const code = order[Number(e.key) - 1];
        if (!code) return;
        e.preventDefault();
        const next = item.codes.includes(code) ? item.codes.filter((x) => x !== code) : [...item.codes, code];
        void c.setCodes(item.key, next);
      } else if (item && e.key === 'Enter' && item.proposals.length) {
        e.preventDefault();
        void c.setCodes(item.key, [...item.codes, ...item.proposals.map((p) => p.code)]);
      } else if (item && (e.key === 'q' || e.key === 'h')) {
        e.preventDefault();
        const state = e.key === 'q' ? 'chosen' : 'hidden';
        void c.setQuote(item.key, item.quote === state ? null : state);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [items, focus, order, c]);

  const total = list?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const anyProposal = items.some((i) => i.proposals.length > 0);
  return (
    <Stack gap="lg" data-testid="comments-page">
      <PageHeader
        title={t('commentsWs.title')}
        lead={t('commentsWs.subtitle')}
        actions={
          <Group gap="sm">
            <UpdatingBadge visible={isUpdating(c.list)} placement="corner" />
            <Button
              variant="light"
              disabled={!anyProposal}
              data-testid="accept-all"
              onClick={async () => {
                const n = await c.accept();
                notices.success(t('commentsWs.acceptedAll', { count: n }));
              }}
            >
              {t('commentsWs.acceptAll')}
            </Button>
          </Group>
        }
      />
      <CommentFilterBar
        filters={c.filters}
        update={c.update}
        codebook={codebook?.codebook ?? null}
        searchRef={searchRef}
      />
      <Grid gap="lg" align="flex-start">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Stack gap="sm">
            <Group justify="space-between">
              <Text size="sm" c="dimmed" data-testid="comments-count">
                {total > 0
                  ? t('commentsWs.showing', {
                      from: (list?.offset ?? 0) + 1,
                      to: (list?.offset ?? 0) + items.length,
                      total,
                    })
                  : t('commentsWs.count', { count: 0 })}
              </Text>
              <Text size="xs" c="dimmed">
                <Kbd size="xs">↑</Kbd> <Kbd size="xs">↓</Kbd> <Kbd size="xs">1–9</Kbd>{' '}
                <Kbd size="xs">Enter</Kbd> <Kbd size="xs">Q</Kbd> <Kbd size="xs">H</Kbd>{' '}
                <Kbd size="xs">/</Kbd>
              </Text>
            </Group>
            {list?.refused && (
              <Alert color="gray" data-testid="comments-refused">
                {t('commentsWs.refused', { k: list.refused.k })}
              </Alert>
            )}
            {list && !list.refused && items.length === 0 && <Text c="dimmed">{t('commentsWs.none')}</Text>}
            {items.map((item, i) => (
              <CommentRow
                key={item.key}
                ref={(el) => {
                  rows.current[i] = el;
                }}
                item={item}
                focused={i === focus}
                themeLabel={labelOf}
                themeIndex={(code) => order.indexOf(code) + 1}
                onFocus={() => setFocus(i)}
                onToggle={(code) =>
                  void c.setCodes(
                    item.key,
                    item.codes.includes(code) ? item.codes.filter((x) => x !== code) : [...item.codes, code],
                  )
                }
              />
            ))}
            {list && list.heldBack > 0 && (
              <Text size="xs" c="dimmed" data-testid="comments-held-back">
                {t('commentsWs.heldBack', { count: list.heldBack, k: list.k })}
              </Text>
            )}
            {pages > 1 && (
              <Pagination
                total={pages}
                value={Math.floor(c.offset / PAGE_SIZE) + 1}
                onChange={(p) => {
                  c.setOffset((p - 1) * PAGE_SIZE);
                  setFocus(0);
                }}
              />
            )}
            <Text size="xs" c="dimmed">
              {t('commentsWs.keys')}
            </Text>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Stack gap="lg">
            <CodebookCard view={codebook} actions={c} />
            <ThemesPanel themes={themes} by={c.themesBy} setBy={c.setThemesBy} />
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
