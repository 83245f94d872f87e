import { Badge, Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WeightingReport } from '../../../../shared/analysis/weighting';
import { isSuppressed } from '../../../../shared/analysis/dashboard';
import type { Analysed } from '../../../../shared/api/analysis';
import type { Language } from '../../../../shared/domain/language';
import { formatNumber, formatPercent } from '../../../../shared/format';
import { useClient } from '../../api/ApiProvider';
import { useApi } from '../../hooks/useApi';
import { useLang } from '../../hooks/useLang';
import { useSegments } from '../../hooks/useSegments';
import { useStudy } from '../../hooks/useStudy';
import { useWeightingTargets } from '../../hooks/useWeightingTargets';
import { useNotices } from '../common/Notices';
import { TargetsEditor } from './TargetsEditor';
import type { TargetError, TargetRow } from '../../../../shared/analysis/targets-form';
import { rowsOf, validateTargets } from '../../../../shared/analysis/targets-form';

const pct = (x: number, lang: Language) => formatPercent(x, lang, 1);

/**
 * Settings → weighting: the study's population targets (shares per option of background variables),
 * what they do to the selected wave (target, sample and weighted share; effective n), and an editor.
 */
export function WeightingCard() {
  const { t } = useTranslation();
  const lang = useLang();
  const api = useApi();
  const client = useClient();
  const notices = useNotices();
  const { overview, update, waveYear } = useStudy();
  const segments = useSegments();
  const stored = useWeightingTargets();
  const [editing, setEditing] = useState<TargetRow[] | null>(null);
  const [errors, setErrors] = useState<TargetError[]>([]);
  const [busy, setBusy] = useState(false);
  const [effect, setEffect] = useState<Analysed<WeightingReport> | null>(null);
  const studyId = overview.studyId;
  const targetsKey = JSON.stringify(stored ?? []);

  useEffect(() => {
    setEffect(null);
    if (!stored?.length || waveYear === null) return;
    let live = true;
    void client
      .invoke('analysis/weights', { studyId, waveYear, lang, weighting: { kind: 'rake' } })
      .then((r) => live && setEffect(r.ok ? r.value : null));
    return () => {
      live = false;
    };
  }, [client, studyId, waveYear, lang, targetsKey]);

  const refresh = async () => {
    const o = await api('study/get', { studyId });
    if (o) update(o);
  };

  const save = async (rows: TargetRow[]) => {
    const checked = validateTargets(rows, segments);
    setErrors(checked.errors);
    if (!checked.targets) return;
    setBusy(true);
    const r = await api('analysis/setWeightingTargets', { studyId, targets: checked.targets });
    setBusy(false);
    if (!r) return;
    setEditing(null);
    notices.success(t(r.targets.length ? 'weighting.saved' : 'weighting.removed'));
    await refresh();
  };

  const label = (code: string) => segments.find((s) => s.code === code);
  const report = effect && !isSuppressed(effect.result) ? effect.result : null;

  return (
    <Card withBorder radius="lg" p="xl" maw={640} data-testid="weighting-card">
      <Group justify="space-between" mb={4}>
        <Title order={4}>{t('weighting.title')}</Title>
        {stored && stored.length > 0 && (
          <Badge color="teal" variant="light" data-testid="weighting-badge">
            {t('weighting.badge')}
          </Badge>
        )}
      </Group>
      <Text size="sm" c="dimmed" mb="md">
        {t('weighting.lead')}
      </Text>
      {segments.length === 0 ? (
        <Text size="sm">{t('weighting.noVariables')}</Text>
      ) : editing ? (
        <TargetsEditor
          rows={editing}
          segments={segments}
          errors={errors}
          busy={busy}
          onChange={(rows) => {
            setEditing(rows);
            setErrors([]); // a message about the old values would mislead
          }}
          onSave={() => void save(editing)}
          onCancel={() => {
            setEditing(null);
            setErrors([]);
          }}
        />
      ) : (
        <Stack gap="md" data-testid="weighting-current">
          {stored === null ? null : stored.length === 0 ? (
            <Text size="sm" data-testid="weighting-none">
              {t('weighting.none')}
            </Text>
          ) : (
            <>
              {stored.map((target) => {
                const seg = label(target.variable);
                const margins = report?.rake?.margins.filter((m) => m.variable === target.variable) ?? [];
                return (
                  <Table key={target.variable} withTableBorder striped={false} verticalSpacing={6}>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>{seg?.label ?? target.variable}</Table.Th>
                        <Table.Th ta="right">{t('weighting.colTarget')}</Table.Th>
                        <Table.Th ta="right">{t('weighting.colSample')}</Table.Th>
                        <Table.Th ta="right">{t('weighting.colWeighted')}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {Object.entries(target.shares).map(([code, share]) => {
                        const m = margins.find((x) => x.code === code);
                        return (
                          <Table.Tr key={code}>
                            <Table.Td>{seg?.options.find((o) => o.code === code)?.label ?? code}</Table.Td>
                            <Table.Td ta="right">{pct(share, lang)}</Table.Td>
                            <Table.Td ta="right" c="dimmed">
                              {m ? pct(m.unweighted, lang) : '–'}
                            </Table.Td>
                            <Table.Td ta="right">{m ? pct(m.weighted, lang) : '–'}</Table.Td>
                          </Table.Tr>
                        );
                      })}
                    </Table.Tbody>
                  </Table>
                );
              })}
              {effect && waveYear !== null && (
                <Text size="sm" data-testid="weighting-effective">
                  {report
                    ? t('weighting.effective', {
                        year: waveYear,
                        effective: formatNumber(Math.round(report.effectiveN), lang),
                        n: formatNumber(report.unweightedN, lang),
                        deff: formatNumber(report.rake?.designEffect ?? 1, lang, 2),
                        excluded: formatNumber(report.excluded, lang),
                      })
                    : t('weighting.effectiveHidden', { year: waveYear })}
                </Text>
              )}
            </>
          )}
          <Group>
            <Button
              data-testid="weighting-edit"
              variant={stored?.length ? 'default' : 'filled'}
              onClick={() => {
                setErrors([]);
                setEditing(stored?.length ? rowsOf(stored) : [{ variable: null, shares: {} }]);
              }}
            >
              {stored?.length ? t('weighting.edit') : t('weighting.set')}
            </Button>
            {stored && stored.length > 0 && (
              <Button
                variant="subtle"
                color="red"
                data-testid="weighting-remove"
                onClick={() => void save([])}
              >
                {t('weighting.remove')}
              </Button>
            )}
          </Group>
        </Stack>
      )}
    </Card>
  );
}
