import { Button, Card, Stack, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BreakdownResult } from '../../../shared/analysis/breakdown';
import { isSuppressed } from '../../../shared/analysis/dashboard';
import type { BreakdownOutput } from '../../../shared/api/analysis';
import { makePalette } from '../../../shared/charts/palette';
import { AnalysisBody } from '../components/common/AnalysisBody';
import { PageHeader } from '../components/common/PageHeader';
import { FilterBar } from '../components/filter/FilterBar';
import { PresentFrame } from '../components/present/PresentFrame';
import { CrossedTable } from '../components/units/CrossedTable';
import { UnitsChartCard } from '../components/units/UnitsChartCard';
import { UnitsControls } from '../components/units/UnitsControls';
import { UnitRulesCard } from '../components/units/UnitRulesCard';
import { UnitsTable } from '../components/units/UnitsTable';
import { currentValue } from '../hooks/useAnalysis';
import { useQuestionLabels } from '../hooks/useQuestionLabels';
import { useStudy } from '../hooks/useStudy';
import { useUnits } from '../hooks/useUnits';

function oneWayTable(output: BreakdownOutput, question: string | null): BreakdownResult | null {
  const t = output.tables.find((x): x is BreakdownResult => 'groups' in x && x.question === question);
  return t ?? null;
}

/** Units: which branch (or other unit) does best at each touchpoint, and how consistent delivery is. */
export function UnitsPage() {
  const { t } = useTranslation();
  const { overview, waveYear } = useStudy();
  const { settings, update, segments, oneWay, crossed } = useUnits();
  const label = useQuestionLabels();
  const [present, setPresent] = useState(false);
  const palette = useMemo(
    () => makePalette(overview.meta.branding.primaryColor),
    [overview.meta.branding.primaryColor],
  );
  const value = currentValue(oneWay);
  const output = value && !isSuppressed(value.result) ? value.result : null;
  const questions = (output?.tables ?? []).map((b) => ({ value: b.question, label: label(b.question) }));
  const chartTable = output ? oneWayTable(output, settings.question) : null;
  const variableText = segments.find((s) => s.code === settings.variable)?.label ?? '';
  const variable2Text = segments.find((s) => s.code === settings.variable2)?.label ?? '';

  const body = (big: boolean) => (
    <Stack gap={big ? 'xl' : 'lg'}>
      {settings.variable2 ? (
        <Card withBorder={!big} radius="lg" p={big ? 'xl' : 'lg'} data-testid="crossed-card">
          <Title order={big ? 2 : 4} mb={4}>
            {t('units.crossedTitle', {
              question: label(settings.question ?? ''),
              a: variableText,
              b: variable2Text,
            })}
          </Title>
          <Text size={big ? 'lg' : 'sm'} c="dimmed" mb="sm">
            {t('units.crossedLead')}
          </Text>
          <AnalysisBody state={crossed} present={big}>
            {(o) => <CrossedTable output={o} present={big} />}
          </AnalysisBody>
        </Card>
      ) : (
        <Card withBorder={!big} radius="lg" p={big ? 'xl' : 'lg'} data-testid="units-card">
          <Title order={big ? 2 : 4} mb={4}>
            {t('units.tableTitle', { variable: variableText })}
          </Title>
          <Text size={big ? 'lg' : 'sm'} c="dimmed" mb="sm">
            {t('units.tableLead')}
          </Text>
          <AnalysisBody state={oneWay} present={big}>
            {(o) => <UnitsTable output={o} present={big} />}
          </AnalysisBody>
        </Card>
      )}
      <Text size={big ? 'md' : 'xs'} c="dimmed" data-testid="units-footnote">
        {t('units.footnote', { k: overview.meta.anonymityK })}
      </Text>
      {!settings.variable2 && chartTable && (
        <UnitsChartCard table={chartTable} palette={palette} present={big} />
      )}
    </Stack>
  );

  return (
    <Stack gap="xl" data-testid="units-page">
      <PageHeader
        title={t('units.title', { year: waveYear })}
        lead={t('units.lead')}
        actions={
          <Button data-testid="present-toggle" onClick={() => setPresent(true)} disabled={waveYear === null}>
            {t('dashboard.present')}
          </Button>
        }
      />
      <FilterBar n={output ? (value?.filter?.n ?? null) : null} />
      {segments.length === 0 ? (
        <Text c="dimmed">{t('units.noSegments')}</Text>
      ) : (
        <>
          <UnitsControls settings={settings} segments={segments} questions={questions} update={update} />
          {body(false)}
          {segments.find((s) => s.code === settings.variable) && (
            <UnitRulesCard variable={segments.find((s) => s.code === settings.variable)!} />
          )}
        </>
      )}
      <PresentFrame
        opened={present}
        onClose={() => setPresent(false)}
        heading={t('units.presentHeading', { variable: variableText, year: waveYear })}
        n={output ? (value?.filter?.n ?? null) : null}
      >
        {body(true)}
      </PresentFrame>
    </Stack>
  );
}
