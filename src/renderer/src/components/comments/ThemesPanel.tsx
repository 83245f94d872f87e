import { Card, Group, SegmentedControl, Stack, Table, Text, Title, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ThemeComparisonView, ThemesResult } from '../../../../shared/api/comments';
import type { Language } from '../../../../shared/domain/language';
import { formatNumber } from '../../../../shared/format';
import { useLang } from '../../hooks/useLang';

type Props = {
  themes: ThemesResult | null;
  by: 'unit' | 'wave';
  setBy(by: 'unit' | 'wave'): void;
};

const pct = (x: number, lang: Language) => `${formatNumber(100 * x, lang, 0)} %`;

function Comparison({ c, kind, k }: { c: ThemeComparisonView; kind: 'nps' | 'sat'; k: number }) {
  const { t } = useTranslation();
  const lang = useLang();
  if ('hidden' in c)
    return c.hidden === 'no-question' ? null : (
      <Text size="xs">{t('commentsWs.comparisonHidden', { k })}</Text>
    );
  const f = (v: number) => formatNumber(v, lang, kind === 'nps' ? 0 : 1);
  return (
    <Text size="xs" fw={c.p < 0.05 ? 700 : undefined}>
      {t(kind === 'nps' ? 'commentsWs.npsWith' : 'commentsWs.satWith', {
        with: f(c.with.value),
        without: f(c.without.value),
        test: c.test,
        p: c.p < 0.001 ? '< 0.001' : formatNumber(c.p, lang, 3),
      })}
    </Text>
  );
}

/** Share of comments per theme by unit (or wave): groups under k hidden and saying why. */
export function ThemesPanel({ themes, by, setBy }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <Card withBorder radius="lg" p="lg" data-testid="themes-panel">
      <Group justify="space-between" mb="sm">
        <Title order={4}>{by === 'unit' ? t('commentsWs.themesBy') : t('commentsWs.themesByWave')}</Title>
        <SegmentedControl
          size="xs"
          value={by}
          onChange={(v) => setBy(v as 'unit' | 'wave')}
          data={[
            { value: 'unit', label: t('nav.units') },
            { value: 'wave', label: t('shell.wave') },
          ]}
        />
      </Group>
      {!themes || themes.themes.length === 0 ? (
        <Text c="dimmed">{t('commentsWs.noThemes')}</Text>
      ) : (
        <Stack gap="sm">
          <Table.ScrollContainer minWidth={400}>
            <Table striped withTableBorder fz="sm" data-testid="themes-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('commentsWs.themes')}</Table.Th>
                  <Table.Th ta="right">Σ</Table.Th>
                  {themes.groups.map((g) => (
                    <Table.Th key={g.code} ta="right">
                      {g.label}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {themes.themes.map((th) => (
                  <Table.Tr key={th.code}>
                    <Table.Td miw={170}>
                      <Tooltip
                        multiline
                        w={320}
                        disabled={'hidden' in th.nps && 'hidden' in th.satisfaction}
                        label={
                          <Stack gap={2}>
                            <Comparison c={th.nps} kind="nps" k={themes.k} />
                            <Comparison c={th.satisfaction} kind="sat" k={themes.k} />
                          </Stack>
                        }
                      >
                        <Text size="sm" fw={500}>
                          {th.label}
                        </Text>
                      </Tooltip>
                    </Table.Td>
                    <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                      <Tooltip
                        label={t('commentsWs.mentions', { mentions: th.mentions, comments: th.comments })}
                      >
                        <span>{pct(th.share, lang)}</span>
                      </Tooltip>
                    </Table.Td>
                    {themes.groups.map((g) => {
                      const cell = th.groups.find((x) => x.group === g.code);
                      if (!cell) return <Table.Td key={g.code} />;
                      if ('hidden' in cell)
                        return (
                          <Table.Td key={g.code} ta="right" data-testid="theme-hidden">
                            <Tooltip
                              multiline
                              w={260}
                              label={
                                cell.hidden === 'below-k'
                                  ? t('commentsWs.hiddenBelowK', { k: themes.k })
                                  : t('commentsWs.hiddenComplementary')
                              }
                            >
                              <Text span c="dimmed" size="sm">
                                –
                              </Text>
                            </Tooltip>
                          </Table.Td>
                        );
                      return (
                        <Table.Td key={g.code} ta="right" style={{ whiteSpace: 'nowrap' }}>
                          <Tooltip
                            label={t('commentsWs.mentions', {
                              mentions: cell.mentions,
                              comments: cell.comments,
                            })}
                          >
                            <span>{pct(cell.share, lang)}</span>
                          </Tooltip>
                        </Table.Td>
                      );
                    })}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {themes.heldBack > 0 && (
            <Text size="xs" c="dimmed">
              {t('commentsWs.heldBack', { count: themes.heldBack, k: themes.k })}{' '}
              {t('commentsWs.hiddenBelowK', { k: themes.k })}
            </Text>
          )}
        </Stack>
      )}
    </Card>
  );
}
