import {
  Button,
  Card,
  Group,
  MultiSelect,
  NumberInput,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnitRule } from '../../../../shared/analysis/unit-rules';
import { DEFAULT_OTHER_LABEL, ruleFor } from '../../../../shared/analysis/unit-rules';
import type { Language } from '../../../../shared/domain/language';
import { useApi } from '../../hooks/useApi';
import type { SegmentVariable } from '../../hooks/useSegments';
import { useStudy } from '../../hooks/useStudy';
import { useNotices } from '../common/Notices';

type Props = { variable: SegmentVariable };

/**
 * The unit rules of the units page's background variable: merge units under a size into "Other",
 * leave units out of breakdowns. Stored in the study (study/setUnitRules); every breakdown and the
 * report's method page follow, because the study's data version changes with the save.
 */
export function UnitRulesCard({ variable }: Props) {
  const { t } = useTranslation();
  const api = useApi();
  const notices = useNotices();
  const { overview, update } = useStudy();
  const { studyId } = overview;
  const languages = overview.meta.languages;
  const [rule, setRule] = useState<UnitRule | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    void api('study/getUnitRules', { studyId }).then((r) => {
      if (!live || !r) return;
      setRule(ruleFor(r.rules, variable.code) ?? { variable: variable.code, excluded: [] });
    });
    return () => {
      live = false;
    };
  }, [api, studyId, variable.code, overview.meta.updatedAt]);

  if (!rule) return null;
  const save = async () => {
    setBusy(true);
    const r = await api('study/setUnitRules', { studyId, rule });
    if (r) {
      const o = await api('study/get', { studyId });
      if (o) update(o);
      notices.success(t('suppression.units.saved'));
    }
    setBusy(false);
  };
  const label = (lang: Language) => rule.mergedLabel?.[lang] ?? '';

  return (
    <Card withBorder radius="lg" p="lg" data-testid="unit-rules-card">
      <Title order={4} mb={4}>
        {t('suppression.units.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="md" maw={760}>
        {t('suppression.units.lead')}
      </Text>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          <NumberInput
            data-testid="unit-merge-below"
            label={t('suppression.units.merge')}
            description={t('suppression.units.mergeHint')}
            min={2}
            max={100000}
            allowDecimal={false}
            value={rule.mergeBelow ?? ''}
            onChange={(v) => {
              const n = typeof v === 'number' ? v : Number.parseInt(v, 10);
              const { mergeBelow: _drop, ...rest } = rule;
              setRule(Number.isFinite(n) && n >= 2 ? { ...rest, mergeBelow: n } : rest);
            }}
          />
          <MultiSelect
            data-testid="unit-excluded"
            label={`${t('suppression.units.excluded')} (${variable.label})`}
            data={variable.options.map((o) => ({ value: o.code, label: o.label }))}
            value={rule.excluded}
            onChange={(excluded) => setRule({ ...rule, excluded })}
            clearable
            searchable
          />
        </SimpleGrid>
        {rule.mergeBelow !== undefined && (
          <SimpleGrid cols={{ base: 1, md: Math.min(3, languages.length) }} spacing="md">
            {languages.map((lang) => (
              <TextInput
                key={lang}
                data-testid={`unit-merged-label-${lang}`}
                label={t('suppression.units.mergedLabel', { language: t(`languages.${lang}`) })}
                placeholder={DEFAULT_OTHER_LABEL[lang]}
                value={label(lang)}
                maxLength={80}
                onChange={(e) =>
                  setRule({ ...rule, mergedLabel: { ...rule.mergedLabel, [lang]: e.currentTarget.value } })
                }
              />
            ))}
          </SimpleGrid>
        )}
        <Group justify="flex-end">
          <Button data-testid="unit-rules-save" onClick={() => void save()} loading={busy}>
            {t('suppression.units.save')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
