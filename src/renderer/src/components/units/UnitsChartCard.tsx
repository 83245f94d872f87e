import { Card, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BreakdownResult } from '../../../../shared/analysis/breakdown';
import type { Palette } from '../../../../shared/charts/palette';
import { unitRows, unitsChart, unitsChartHeight } from '../../../../shared/charts/units';
import { SpecChart } from '../../charts/SpecChart';
import { useLang } from '../../hooks/useLang';
import { useQuestionLabels } from '../../hooks/useQuestionLabels';

type Props = { table: BreakdownResult; palette: Palette; present?: boolean };

/** One question by unit, best first, coloured by the test against the rest. */
export function UnitsChartCard({ table, palette, present }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const label = useQuestionLabels();
  const name = label(table.question);
  const rows = unitRows(table).length;
  return (
    <Card withBorder={!present} radius="lg" p={present ? 'xl' : 'lg'} data-testid="units-chart-card">
      <Title order={present ? 2 : 4} mb={4}>
        {t('units.chartTitle', { question: name, variable: table.variableText })}
      </Title>
      <Text size={present ? 'lg' : 'sm'} c="dimmed" mb="sm">
        {t(table.statistic === 'nps' ? 'units.chartLeadNps' : 'units.chartLead')}
      </Text>
      <SpecChart
        testId="units-chart"
        label={name}
        height={Math.round(unitsChartHeight(rows) * (present ? 1.5 : 1.15))}
        fontScale={present ? 1.5 : 1}
        spec={unitsChart(table, lang, { palette, showTitle: false, questionLabel: name })}
      />
    </Card>
  );
}
