import { Badge, Box, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isSuppressed } from '../../../../shared/analysis/dashboard';
import { constructLabel, type PlsIndexResult, type PlsModel } from '../../../../shared/api/pls';
import { formatNumber } from '../../../../shared/format';
import { useLang } from '../../hooks/useLang';
import { SuppressedCell } from '../common/SuppressedNotice';

type Comparison = NonNullable<PlsIndexResult['comparison']>;

/** The change of the index since the previous wave, with its bootstrap interval and p. */
export function PlsChange({
  comparison,
  k,
  present,
}: {
  comparison: Comparison;
  k: number;
  present?: boolean;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const c = comparison.result;
  const fz = present ? 26 : 'sm';
  if (isSuppressed(c))
    return (
      <Text fz={fz} c="dimmed" data-testid="pls-change-hidden">
        {c.reason === 'below-k'
          ? t('plsLive.changeHidden', { year: comparison.waveYear, k })
          : t('plsLive.changeRefused', { year: comparison.waveYear })}
      </Text>
    );
  const f = (x: number) => formatNumber(x, lang, 1);
  const signed = (x: number) => `${x > 0 ? '+' : x < 0 ? '−' : ''}${f(Math.abs(x))}`;
  const significant = c.p < 0.05;
  return (
    <Group gap="sm" data-testid="pls-change">
      <Text fz={fz} fw={600}>
        {t('plsLive.change', {
          year: comparison.waveYear,
          diff: signed(c.difference),
          lo: signed(c.lower),
          hi: signed(c.upper),
          p: formatNumber(c.p, lang, c.p < 0.01 ? 3 : 2),
        })}
      </Text>
      <Badge
        size={present ? 'xl' : 'md'}
        variant="light"
        color={significant ? (c.difference > 0 ? 'teal' : 'red') : 'gray'}
      >
        {significant ? t('plsLive.significant') : t('plsLive.notSignificant')}
      </Badge>
    </Group>
  );
}

/** The impacts of the drivers on the index beside their performance, largest impact first. */
export function PlsImpacts({
  ipma,
  model,
  present,
}: {
  ipma: NonNullable<Exclude<PlsIndexResult['result'], { suppressed: true }>['ipma']>;
  model: PlsModel | null | undefined;
  present?: boolean;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const f = (x: number, d = 1) => formatNumber(x, lang, d);
  const impacts = [...ipma].sort((a, b) => b.importance - a.importance);
  const top = Math.max(...impacts.map((m) => m.importance), 1e-9);
  const nowrap = { whiteSpace: 'nowrap' } as const;
  return (
    <Stack gap={4} style={{ alignSelf: 'start' }}>
      <Text fw={600} fz={present ? 26 : 'sm'}>
        {t('plsLive.impacts')}
      </Text>
      <Table fz={present ? 24 : 'sm'} data-testid="pls-impacts" verticalSpacing={present ? 6 : 2}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('plsIndex.driver')}</Table.Th>
            <Table.Th ta="right" style={nowrap}>
              {t('plsIndex.impact')}
            </Table.Th>
            <Table.Th w="30%" />
            <Table.Th ta="right" style={nowrap}>
              {t('plsIndex.performance')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {impacts.map((m) => (
            <Table.Tr key={m.construct}>
              <Table.Td>{constructLabel(model, m.construct, lang)}</Table.Td>
              <Table.Td ta="right">{`+${f(m.importance, 2)}`}</Table.Td>
              <Table.Td>
                <Box
                  h={present ? 18 : 8}
                  bg="var(--mantine-primary-color-filled)"
                  style={{ width: `${Math.max(0, (100 * m.importance) / top)}%`, borderRadius: 4 }}
                />
              </Table.Td>
              <Table.Td ta="right">{f(m.performance)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

/** Type size of the units on a slide: the rows of a study with many units still fit the room's screen. */
function slideSize(rows: number): number {
  return rows <= 10 ? 22 : rows <= 14 ? 18 : rows <= 20 ? 14 : 11;
}

/** Each unit's index (small bars on 0–100), hidden units with their reason. */
export function PlsUnits({
  units,
  k,
  present,
}: {
  units: NonNullable<PlsIndexResult['byUnit']>;
  k: number;
  present?: boolean;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <Stack gap={4} data-testid="pls-units" style={{ alignSelf: 'start' }}>
      <Text fw={600} fz={present ? 26 : 'sm'}>
        {t('plsLive.byUnit', { variable: units.label })}
      </Text>
      {units.totalHidden && (
        <Text fz={present ? 22 : 'xs'} c="dimmed">
          {t('plsLive.allUnitsHidden')}
        </Text>
      )}
      <Table fz={present ? slideSize(units.units.length) : 'sm'} verticalSpacing={present ? 0 : 2}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('plsLive.unit')}</Table.Th>
            <Table.Th ta="right">{t('plsLive.index')}</Table.Th>
            <Table.Th w="45%" />
            <Table.Th ta="right">{t('plsLive.n')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {units.units.map((u) => (
            <Table.Tr key={u.code ?? '∅'} data-testid="pls-unit-row" data-unit={u.code ?? ''}>
              <Table.Td>{u.label}</Table.Td>
              {isSuppressed(u.result) ? (
                <Table.Td colSpan={3}>
                  <SuppressedCell suppressed={u.result} />
                </Table.Td>
              ) : (
                <>
                  <Table.Td ta="right" fw={600}>
                    {formatNumber(u.result.index, lang, 1)}
                  </Table.Td>
                  <Table.Td>
                    <Box h={present ? 14 : 8} bg="var(--mantine-color-gray-2)" style={{ borderRadius: 4 }}>
                      <Box
                        h="100%"
                        bg="var(--mantine-primary-color-filled)"
                        style={{ width: `${Math.min(100, Math.max(0, u.result.index))}%`, borderRadius: 4 }}
                      />
                    </Box>
                  </Table.Td>
                  <Table.Td ta="right" c="dimmed">
                    {formatNumber(u.result.n, lang, 0)}
                  </Table.Td>
                </>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {/* on a slide the rule is in each hidden cell's tooltip: the room needs the rows */}
      {!present && (
        <Text fz="xs" c="dimmed">
          {t('plsLive.unitsNote', { k })}
        </Text>
      )}
    </Stack>
  );
}
