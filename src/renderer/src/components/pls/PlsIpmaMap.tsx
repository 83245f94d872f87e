import { Stack, Text } from '@mantine/core';
import { useMemo } from 'react';
import type { PlsModel } from '../../../../shared/api/pls';
import { ipmaMapChart, type IpmaPoint } from '../../../../shared/charts/ipma-map';
import { makePalette } from '../../../../shared/charts/palette';
import { reportText } from '../../../../shared/i18n/report';
import { SpecChart } from '../../charts/SpecChart';
import { useLang } from '../../hooks/useLang';
import { useStudy } from '../../hooks/useStudy';

/**
 * The importance–performance map of the index's drivers (IPMA: importance on x, performance on y,
 * lines at the means) from the shared spec the PDF and the deck draw.
 */
export function PlsIpmaMap({
  ipma,
  model,
}: {
  ipma: readonly IpmaPoint[];
  model: PlsModel | null | undefined;
}) {
  const lang = useLang();
  const { overview } = useStudy();
  const color = overview.meta.branding.primaryColor;
  const spec = useMemo(
    () => ipmaMapChart(ipma, lang, { model, palette: makePalette(color), showTitle: false, labelMax: 24 }),
    [ipma, lang, model, color],
  );
  return (
    <Stack gap={4} data-testid="pls-ipma">
      <Text fw={600} fz="sm">
        {reportText(lang, 'ipmaTitle')}
      </Text>
      <SpecChart testId="pls-ipma-chart" label={reportText(lang, 'ipmaTitle')} height={340} spec={spec} />
    </Stack>
  );
}
