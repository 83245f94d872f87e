import {
  ActionIcon,
  Badge,
  Button,
  Card,
  Group,
  Paper,
  SegmentedControl,
  Stack,
  Switch,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../shared/domain/language';
import type { LayoutSection, LayoutTexts, ReportLayout } from '../../../../shared/report/layout';
import { DEFAULT_LAYOUT, layoutOrder } from '../../../../shared/report/layout';
import { useApi } from '../../hooks/useApi';
import { useLang } from '../../hooks/useLang';
import { useStudy } from '../../hooks/useStudy';
import { useNotices } from '../common/Notices';

const EMPTY_TEXTS: LayoutTexts = { summary: '', recommendations: '', notes: {} };

function move<T>(list: T[], from: number, to: number): T[] {
  if (to < 0 || to >= list.length) return list;
  const next = [...list];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item as T);
  return next;
}

/**
 * Settings → report layout: the chapters of the PDF and the deck in the consultant's order (buttons,
 * or Alt+↑/↓ on a focused chapter), each with a show/hide switch and a note, plus the summary and the
 * recommendations, per report language. Saved as one layout (report/setLayout).
 */
export function ReportLayoutCard() {
  const { t } = useTranslation();
  const api = useApi();
  const notices = useNotices();
  const { overview } = useStudy();
  const studyId = overview.studyId;
  const languages = overview.meta.languages;
  const uiLang = useLang();
  const [lang, setLang] = useState<Language>(languages.includes(uiLang) ? uiLang : (languages[0] ?? 'en'));
  const [layout, setLayout] = useState<ReportLayout | null>(null);
  const [saved, setSaved] = useState('');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void api('report/getLayout', { studyId }).then((l) => {
      if (!l) return;
      setLayout(l);
      setSaved(JSON.stringify(l));
    });
  }, [api, studyId]);

  if (!layout) return null;
  const order = layoutOrder(layout);
  const texts = layout.texts[lang] ?? EMPTY_TEXTS;
  const name = (s: LayoutSection) => t(`layout.sections.${s}`);

  const setOrder = (next: LayoutSection[]) => setLayout({ ...layout, order: next });
  const toggle = (s: LayoutSection, visible: boolean) =>
    setLayout({
      ...layout,
      hidden: visible ? layout.hidden.filter((h) => h !== s) : [...layout.hidden, s],
    });
  const setTexts = (patch: Partial<LayoutTexts>) =>
    setLayout({ ...layout, texts: { ...layout.texts, [lang]: { ...texts, ...patch } } });
  const setNote = (s: LayoutSection, note: string) => setTexts({ notes: { ...texts.notes, [s]: note } });

  const moveAndFocus = (from: number, to: number) => {
    if (to < 0 || to >= order.length) return;
    setOrder(move(order, from, to));
    requestAnimationFrame(() => document.getElementById(`layout-row-${order[from]}`)?.focus());
  };

  const save = async () => {
    setBusy(true);
    const l = await api('report/setLayout', { studyId, layout });
    setBusy(false);
    if (!l) return;
    setLayout(l);
    setSaved(JSON.stringify(l));
    notices.success(t('layout.saved'));
  };

  return (
    <Card withBorder radius="lg" p="xl" maw={640} data-testid="report-layout-card">
      <Group justify="space-between" align="flex-start" mb={4}>
        <Title order={4}>{t('layout.title')}</Title>
        {languages.length > 1 && (
          <Group gap="xs">
            <Text size="sm" c="dimmed">
              {t('layout.language')}
            </Text>
            <SegmentedControl
              size="xs"
              data-testid="layout-lang"
              value={lang}
              onChange={(v) => setLang(v as Language)}
              data={languages.map((l) => ({ value: l, label: l.toUpperCase() }))}
            />
          </Group>
        )}
      </Group>
      <Text size="sm" c="dimmed" mb="lg">
        {t('layout.lead')}
      </Text>
      <Stack gap="md">
        <Textarea
          data-testid="layout-summary"
          label={t('layout.summary')}
          description={t('layout.summaryHint')}
          autosize
          minRows={2}
          maxLength={6000}
          value={texts.summary}
          onChange={(e) => setTexts({ summary: e.currentTarget.value })}
        />
        <Textarea
          data-testid="layout-recommendations"
          label={t('layout.recommendations')}
          description={t('layout.recommendationsHint')}
          autosize
          minRows={2}
          maxLength={6000}
          value={texts.recommendations}
          onChange={(e) => setTexts({ recommendations: e.currentTarget.value })}
        />
        <Text size="xs" c="dimmed">
          {t('layout.keyboardHint')}
        </Text>
        <Stack gap={6} role="list" data-testid="layout-sections">
          {order.map((s, i) => {
            const hidden = layout.hidden.includes(s);
            return (
              <Paper
                key={s}
                id={`layout-row-${s}`}
                role="listitem"
                tabIndex={0}
                withBorder
                radius="md"
                p="sm"
                data-testid={`layout-row-${s}`}
                aria-label={name(s)}
                style={{ opacity: hidden ? 0.6 : 1 }}
                onKeyDown={(e) => {
                  if (!e.altKey || e.target !== e.currentTarget) return;
                  if (e.key === 'ArrowUp') moveAndFocus(i, i - 1);
                  else if (e.key === 'ArrowDown') moveAndFocus(i, i + 1);
                  else return;
                  e.preventDefault();
                }}
              >
                <Group justify="space-between" wrap="nowrap">
                  <Group gap="sm" wrap="nowrap">
                    <Text size="sm" c="dimmed" w={20} ta="right">
                      {i + 1}
                    </Text>
                    <Text size="sm" fw={600}>
                      {name(s)}
                    </Text>
                    {hidden && (
                      <Badge size="xs" variant="light" color="gray">
                        {t('layout.hidden')}
                      </Badge>
                    )}
                  </Group>
                  <Group gap={4} wrap="nowrap">
                    <ActionIcon
                      variant="subtle"
                      aria-label={t('layout.moveUp', { section: name(s) })}
                      disabled={i === 0}
                      onClick={() => setOrder(move(order, i, i - 1))}
                    >
                      ↑
                    </ActionIcon>
                    <ActionIcon
                      variant="subtle"
                      aria-label={t('layout.moveDown', { section: name(s) })}
                      disabled={i === order.length - 1}
                      onClick={() => setOrder(move(order, i, i + 1))}
                    >
                      ↓
                    </ActionIcon>
                    <Switch
                      ml="xs"
                      data-testid={`layout-show-${s}`}
                      aria-label={t('layout.show', { section: name(s) })}
                      checked={!hidden}
                      onChange={(e) => toggle(s, e.currentTarget.checked)}
                    />
                  </Group>
                </Group>
                {!hidden && s !== 'recommendations' && (
                  <Textarea
                    mt="xs"
                    size="xs"
                    autosize
                    minRows={1}
                    maxLength={6000}
                    data-testid={`layout-note-${s}`}
                    placeholder={t('layout.note', { section: name(s) })}
                    aria-label={t('layout.note', { section: name(s) })}
                    value={texts.notes[s] ?? ''}
                    onChange={(e) => setNote(s, e.currentTarget.value)}
                  />
                )}
              </Paper>
            );
          })}
        </Stack>
        <Group justify="space-between">
          <Button variant="subtle" onClick={() => setLayout({ ...DEFAULT_LAYOUT, texts: layout.texts })}>
            {t('layout.reset')}
          </Button>
          <Button
            data-testid="layout-save"
            onClick={() => void save()}
            loading={busy}
            disabled={JSON.stringify(layout) === saved}
          >
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
