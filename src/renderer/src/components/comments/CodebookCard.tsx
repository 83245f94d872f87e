import { Button, Card, FileButton, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CodebookView } from '../../../../shared/api/comments';
import { pickText } from '../../../../shared/domain/index';
import { downloadBytes, fileToBytes } from '../../api/files';
import { useLang } from '../../hooks/useLang';
import type { useComments } from '../../hooks/useComments';
import { useNotices } from '../common/Notices';

type Props = { view: CodebookView | null; actions: ReturnType<typeof useComments> };

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The codebook: its themes with their keys and how well their rules agree with hand coding; import, export, add. */
export function CodebookCard({ view, actions }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const notices = useNotices();
  const [code, setCode] = useState('');
  const [label, setLabel] = useState('');
  const [rules, setRules] = useState('');
  const themes = view?.codebook.themes ?? [];
  const add = async () => {
    if (!view) return;
    const r = await actions.setCodebook({
      themes: [
        ...view.codebook.themes,
        {
          code: code.trim(),
          label: { [lang]: label.trim() || code.trim() },
          rules: rules
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean),
        },
      ],
    });
    if (r) {
      setCode('');
      setLabel('');
      setRules('');
    }
  };
  return (
    <Card withBorder radius="lg" p="lg" data-testid="codebook-card">
      <Group justify="space-between" mb="sm">
        <Title order={4}>{t('commentsWs.codebook')}</Title>
        <Group gap="xs">
          <FileButton
            accept=".xlsx,.json"
            onChange={async (file) => {
              if (!file) return;
              const r = await actions.importCodebook(await fileToBytes(file));
              if (r) notices.success(t('commentsWs.imported', { count: r.codebook.themes.length }));
            }}
          >
            {(p) => (
              <Button {...p} size="xs" variant="default" data-testid="codebook-import">
                {t('commentsWs.importCodebook')}
              </Button>
            )}
          </FileButton>
          <Button
            size="xs"
            variant="default"
            disabled={themes.length === 0}
            onClick={async () => {
              const f = await actions.exportCodebook();
              if (f) downloadBytes(f, XLSX_MIME);
            }}
          >
            {t('commentsWs.exportCodebook')}
          </Button>
        </Group>
      </Group>
      {themes.length === 0 && <Text c="dimmed">{t('commentsWs.noThemes')}</Text>}
      <Stack gap={6}>
        {themes.map((th, i) => {
          const q = view?.quality.find((x) => x.code === th.code);
          return (
            <Group key={th.code} gap="xs" wrap="nowrap" data-testid="codebook-theme">
              <Text size="sm" fw={700} w={22} c="dimmed">
                {i < 9 ? i + 1 : ''}
              </Text>
              <Stack gap={0} style={{ flex: 1, minWidth: 0 }}>
                <Text size="sm" fw={500} truncate>
                  {pickText(th.label, lang)}{' '}
                  <Text span size="xs" c="dimmed">
                    {th.code}
                  </Text>
                </Text>
                <Text size="xs" c="dimmed" truncate>
                  {th.rules.join(', ')}
                </Text>
                {q && q.proposed > 0 && view && view.coded > 0 && (
                  <Text size="xs" c="dimmed">
                    {t('commentsWs.precision', {
                      agreed: q.agreed,
                      proposed: q.proposed,
                      pct: `${Math.round(100 * (q.precision ?? 0))} %`,
                    })}
                  </Text>
                )}
              </Stack>
            </Group>
          );
        })}
        {view && view.coded === 0 && themes.length > 0 && (
          <Text size="xs" c="dimmed">
            {t('commentsWs.precisionNone')}
          </Text>
        )}
      </Stack>
      <Stack gap="xs" mt="md">
        <Group gap="xs" align="flex-end" wrap="nowrap">
          <TextInput
            size="xs"
            w={90}
            label={t('commentsWs.themeCode')}
            value={code}
            onChange={(e) => setCode(e.currentTarget.value)}
          />
          <TextInput
            size="xs"
            style={{ flex: 1 }}
            label={t('commentsWs.themeLabel')}
            value={label}
            onChange={(e) => setLabel(e.currentTarget.value)}
          />
        </Group>
        <TextInput
          size="xs"
          label={t('commentsWs.themeRules')}
          value={rules}
          onChange={(e) => setRules(e.currentTarget.value)}
        />
        <Group justify="flex-end">
          <Button
            size="xs"
            disabled={!code.trim() || !view}
            onClick={() => void add()}
            data-testid="codebook-add"
          >
            {t('commentsWs.addTheme')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
