import { Badge, Box, Card, Group, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isSuppressed } from '../../../../shared/analysis/dashboard';
import { constructLabel, type PlsIndexResult, type PlsModel } from '../../../../shared/api/pls';
import { formatNumber } from '../../../../shared/format';
import { currentValue, isUpdating } from '../../hooks/useAnalysis';
import { useLang } from '../../hooks/useLang';
import { useStudy } from '../../hooks/useStudy';
import { ErrorNotice } from '../common/ErrorNotice';
import { SuppressedNotice } from '../common/SuppressedNotice';
import { UpdatingBadge } from '../common/UpdatingBadge';
import { PlsIpmaMap } from './PlsIpmaMap';
import { PlsChange, PlsImpacts, PlsUnits } from './PlsParts';
import { PLS_BOOTSTRAP, usePlsIndexLive, usePlsModel } from './usePlsIndex';

type Shown = Exclude<PlsIndexResult['result'], { suppressed: true }>;

/** The index in large type with its interval and n. */
export function PlsHeadline({
  r,
  model,
  present,
}: {
  r: Shown;
  model: PlsModel | null | undefined;
  present?: boolean;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const f = (x: number) => formatNumber(x, lang, 1);
  const ix = r.index;
  const target = ix?.target ?? model?.target ?? '';
  return (
    <Group align="baseline" gap="md">
      <Text fz={present ? 120 : 44} fw={700} lh={1} data-testid="pls-index-value">
        {ix ? f(ix.value) : '–'}
      </Text>
      <Stack gap={0}>
        <Text fz={present ? 30 : undefined} fw={600}>
          {t('plsIndex.of', { target: constructLabel(model, target, lang) })}
        </Text>
        <Text fz={present ? 24 : 'sm'} c="dimmed">
          {ix?.ci
            ? t('plsIndex.ci', {
                lo: f(ix.ci[0]),
                hi: f(ix.ci[1]),
                n: formatNumber(r.respondents, lang, 0),
                b: PLS_BOOTSTRAP,
              })
            : t('plsIndex.n', { n: formatNumber(r.respondents, lang, 0) })}
        </Text>
      </Stack>
      {!r.converged && <Badge color="orange">{t('plsIndex.notConverged')}</Badge>}
    </Group>
  );
}

/**
 * The EPSI-style satisfaction index of the study's PLS model (study/getPlsModel) for the filtered
 * group: the target construct's score on 0–100 with its bootstrap interval, the change since the
 * previous wave with its bootstrap test, the impacts beside each driver's performance, their
 * importance–performance map, and each unit's index. Follows the live filter like the other cards (the previous answer stays, dimmed,
 * with "Updating…"); hidden under k like every figure. Shown only when the study has a model.
 */
export function PlsIndexCard() {
  const { t } = useTranslation();
  const { waveYear } = useStudy();
  const model = usePlsModel();
  const state = usePlsIndexLive(model);
  if (!model) return null;
  const value = currentValue(state);
  const updating = isUpdating(state);
  const body = (() => {
    if (value === null)
      return state.kind === 'error' ? <ErrorNotice error={state.error} /> : <Loader size="sm" />;
    const r = value.result;
    if (isSuppressed(r)) return <SuppressedNotice suppressed={r} />;
    return (
      <Stack gap="md">
        <PlsHeadline r={r} model={model} />
        {value.comparison && <PlsChange comparison={value.comparison} k={value.anonymityK} />}
        <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="xl">
          {r.ipma && r.ipma.length > 0 && <PlsImpacts ipma={r.ipma} model={model} />}
          {r.ipma && r.ipma.length > 0 && <PlsIpmaMap ipma={r.ipma} model={model} />}
          {value.byUnit && <PlsUnits units={value.byUnit} k={value.anonymityK} />}
        </SimpleGrid>
        <Text fz="xs" c="dimmed" data-testid="pls-method">
          {t('plsLive.method', {
            scheme: r.settings.scheme,
            weighting: t(r.settings.weighted ? 'plsLive.weighted' : 'plsLive.unweighted'),
          })}
        </Text>
      </Stack>
    );
  })();
  return (
    <Card withBorder radius="lg" p="lg" data-testid="pls-index-card" pos="relative">
      <Title order={4} mb="sm">
        {t('plsIndex.title', { year: waveYear })}
      </Title>
      <Box
        aria-busy={updating}
        data-updating={updating ? 'true' : 'false'}
        style={{ opacity: updating ? 0.5 : 1, transition: 'opacity 150ms ease-out' }}
      >
        {body}
      </Box>
      <UpdatingBadge visible={updating} testId="pls-index-updating" />
    </Card>
  );
}
