import { Badge, Button, Card, Group, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NpsGroup } from '../../../../shared/analysis/comments';
import type { AnalysisFilter } from '../../../../shared/analysis/weighting';
import { pickText } from '../../../../shared/domain/language';
import { formatNumber } from '../../../../shared/format';
import { useAnalysis } from '../../hooks/useAnalysis';
import { useLang } from '../../hooks/useLang';
import { useSegments } from '../../hooks/useSegments';
import { useStudy } from '../../hooks/useStudy';
import { AnalysisBody } from '../common/AnalysisBody';

const PAGE = 20;
const GROUP_COLOR: Record<NpsGroup, string> = { promoter: 'teal', passive: 'gray', detractor: 'orange' };

/** The live filter with the panel's unit: a unit of a variable the filter already has replaces its values. */
function withUnit(filter: AnalysisFilter, unit: string | null): AnalysisFilter {
  if (!unit) return filter;
  const [variable, code] = unit.split('\u0000') as [string, string];
  const same = filter.find((c) => c.variable === variable);
  if (!same) return [...filter, { variable, values: [code] }];
  return filter.map((c) => (c === same ? { variable, values: [code] } : c));
}

/**
 * Every open answer of the group on screen (the live filter), narrowed by question, unit, wave and
 * NPS group, searched without regard to case or diacritics; a page at a time (`analysis/comments`,
 * which masks personal data and quotes nothing from a group under k).
 */
export function CommentsPanel({ filter }: { filter: AnalysisFilter }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { overview, waveYear } = useStudy();
  const segments = useSegments();
  const [question, setQuestion] = useState<string | null>(null);
  const [unit, setUnit] = useState<string | null>(null);
  const [wave, setWave] = useState<string | null>(null);
  const [npsGroup, setNpsGroup] = useState<NpsGroup | null>(null);
  const [typed, setTyped] = useState('');
  const [search, setSearch] = useState('');
  const [limit, setLimit] = useState(PAGE);
  useEffect(() => {
    const id = setTimeout(() => setSearch(typed.trim()), 250);
    return () => clearTimeout(id);
  }, [typed]);
  useEffect(() => setLimit(PAGE), [question, unit, wave, npsGroup, search, filter]);

  const open = overview.questionnaire.questions.filter((q) => q.type === 'text' || q.role === 'comment');
  const hasNps = overview.questionnaire.questions.some((q) => q.role === 'outcome-recommend');
  const year = wave ? Number(wave) : waveYear;
  const conditions = withUnit(filter, unit);
  const input =
    year === null || open.length === 0
      ? null
      : {
          studyId: overview.studyId,
          waveYear: year,
          lang,
          ...(conditions.length ? { filter: conditions } : {}),
          ...(question ? { question } : {}),
          ...(npsGroup ? { npsGroup } : {}),
          ...(search ? { search } : {}),
          limit,
        };
  const state = useAnalysis('analysis/comments', input);
  const unitOptions = useMemo(
    () =>
      segments.map((s) => ({
        group: s.label,
        items: s.options.map((o) => ({ value: `${s.code}\u0000${o.code}`, label: o.label })),
      })),
    [segments],
  );
  const questionText = (code: string) =>
    pickText(open.find((q) => q.code === code)?.texts ?? {}, lang) || code;

  return (
    <Card withBorder radius="lg" p="lg" data-testid="comments-panel">
      <Title order={4} mb={4}>
        {t('dashboardMore.commentsTitle')}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('dashboardMore.commentsLead')}
      </Text>
      {open.length === 0 ? (
        <Text c="dimmed">{t('dashboardMore.commentsNoQuestion')}</Text>
      ) : (
        <Stack gap="md">
          <Group gap="sm" align="flex-end" wrap="wrap">
            <TextInput
              data-testid="comments-search"
              label={t('dashboardMore.commentsSearch')}
              value={typed}
              onChange={(e) => setTyped(e.currentTarget.value)}
              w={260}
            />
            {open.length > 1 && (
              <Select
                data-testid="comments-question"
                label={t('dashboardMore.commentsQuestion')}
                placeholder={t('dashboardMore.commentsAllQuestions')}
                data={open.map((q) => ({ value: q.code, label: pickText(q.texts, lang) || q.code }))}
                value={question}
                onChange={setQuestion}
                clearable
                w={240}
              />
            )}
            <Select
              data-testid="comments-unit"
              label={t('dashboardMore.commentsUnit')}
              placeholder={t('dashboardMore.commentsAllUnits')}
              data={unitOptions}
              value={unit}
              onChange={setUnit}
              clearable
              searchable
              w={220}
            />
            <Select
              data-testid="comments-wave"
              label={t('dashboardMore.commentsWave')}
              data={overview.waves.map((w) => ({ value: String(w.year), label: w.label || String(w.year) }))}
              value={String(year ?? '')}
              onChange={(v) => setWave(v)}
              allowDeselect={false}
              w={130}
            />
            {hasNps && (
              <Select
                data-testid="comments-nps"
                label={t('dashboardMore.commentsNpsGroup')}
                placeholder={t('dashboardMore.commentsAllGroups')}
                data={(['promoter', 'passive', 'detractor'] as const).map((g) => ({
                  value: g,
                  label: t(`dashboardMore.${g}`),
                }))}
                value={npsGroup}
                onChange={(v) => setNpsGroup(v as NpsGroup | null)}
                clearable
                w={170}
              />
            )}
          </Group>
          <AnalysisBody state={state} minHeight={120}>
            {(r) => (
              <Stack gap="xs">
                <Text size="sm" c="dimmed" data-testid="comments-count">
                  {r.total === 0
                    ? t('dashboardMore.commentsNone')
                    : `${t('dashboardMore.commentsCount', { count: r.total })} · ${t(
                        'dashboardMore.commentsShowing',
                        {
                          from: formatNumber(1, lang),
                          to: formatNumber(Math.min(r.total, r.comments.length), lang),
                          total: formatNumber(r.total, lang),
                        },
                      )}`}
                </Text>
                <Stack gap={0} data-testid="comments-list">
                  {r.comments.map((c, i) => (
                    <Group
                      key={i}
                      data-testid="comment"
                      gap="sm"
                      py={8}
                      wrap="nowrap"
                      align="flex-start"
                      style={{ borderTop: i ? '1px solid var(--mantine-color-gray-2)' : undefined }}
                    >
                      <Text size="sm" style={{ flex: 1 }} data-testid="comment-text">
                        {c.text}
                      </Text>
                      <Group gap={4} wrap="nowrap">
                        {open.length > 1 && (
                          <Badge variant="outline" color="gray" size="sm" tt="none">
                            {questionText(c.question)}
                          </Badge>
                        )}
                        {c.masked > 0 && (
                          <Badge variant="light" color="gray" size="sm" tt="none">
                            {t('dashboardMore.commentsMasked')}
                          </Badge>
                        )}
                        {c.npsGroup && (
                          <Badge variant="light" color={GROUP_COLOR[c.npsGroup]} size="sm" tt="none">
                            {t(`dashboardMore.${c.npsGroup}One`)}
                          </Badge>
                        )}
                      </Group>
                    </Group>
                  ))}
                </Stack>
                {r.comments.length < r.total && (
                  <Button
                    variant="default"
                    size="xs"
                    onClick={() => setLimit((l) => Math.min(200, l + PAGE))}
                    disabled={limit >= 200}
                    data-testid="comments-more"
                    style={{ alignSelf: 'flex-start' }}
                  >
                    {t('dashboardMore.commentsMore')}
                  </Button>
                )}
              </Stack>
            )}
          </AnalysisBody>
        </Stack>
      )}
    </Card>
  );
}
