import { Group, SegmentedControl, Select, TextInput } from '@mantine/core';
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { Codebook } from '../../../../shared/api/comments';
import { pickText } from '../../../../shared/domain/index';
import type { CommentFilters } from '../../hooks/useComments';
import { useLang } from '../../hooks/useLang';
import { useStudy } from '../../hooks/useStudy';
import { useSegments } from '../../hooks/useSegments';

type Props = {
  filters: CommentFilters;
  update(patch: Partial<CommentFilters>): void;
  codebook: Codebook | null;
  searchRef: RefObject<HTMLInputElement | null>;
};

const NONE = '__none__';
const ALL = '__all__';

/** Wave, comment question, unit, NPS group, theme and a search box. */
export function CommentFilterBar({ filters, update, codebook, searchRef }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const { overview } = useStudy();
  const segments = useSegments();
  const unit = segments.find((s) => s.code.toUpperCase() === 'BRANCH') ?? segments[0];
  const questions = overview.questionnaire.questions.filter((q) => q.role === 'comment');
  const waves = [...overview.waves].sort((a, b) => b.year - a.year);
  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <TextInput
        ref={searchRef}
        data-testid="comments-search"
        label={t('commentsWs.search')}
        placeholder={t('commentsWs.searchPlaceholder')}
        w={340}
        value={filters.search ?? ''}
        onChange={(e) => update({ search: e.currentTarget.value || undefined })}
        onKeyDown={(e) => {
          if (e.key === 'Escape' || e.key === 'Enter') e.currentTarget.blur();
        }}
      />
      <Select
        data-testid="comments-wave"
        label={t('shell.wave')}
        w={130}
        value={filters.waveYear === undefined ? ALL : String(filters.waveYear)}
        onChange={(v) => update({ waveYear: !v || v === ALL ? undefined : Number(v) })}
        allowDeselect={false}
        data={[
          { value: ALL, label: t('commentsWs.allWaves') },
          ...waves.map((w) => ({ value: String(w.year), label: String(w.year) })),
        ]}
      />
      {questions.length > 1 && (
        <Select
          label={t('commentsWs.title')}
          w={240}
          value={filters.question ?? ALL}
          onChange={(v) => update({ question: !v || v === ALL ? undefined : v })}
          allowDeselect={false}
          data={[
            { value: ALL, label: t('commentsWs.allQuestions') },
            ...questions.map((q) => ({ value: q.code, label: pickText(q.texts, lang) || q.code })),
          ]}
        />
      )}
      {unit && (
        <Select
          data-testid="comments-unit"
          label={unit.label}
          w={180}
          value={filters.unit ?? ALL}
          onChange={(v) => update({ unit: !v || v === ALL ? undefined : v })}
          allowDeselect={false}
          data={[
            { value: ALL, label: t('commentsWs.allUnits') },
            ...unit.options.map((o) => ({ value: o.code, label: o.label })),
          ]}
        />
      )}
      <Select
        data-testid="comments-theme"
        label={t('commentsWs.themes')}
        w={220}
        value={filters.theme === 'none' ? NONE : (filters.theme ?? ALL)}
        onChange={(v) => update({ theme: !v || v === ALL ? undefined : v === NONE ? 'none' : v })}
        allowDeselect={false}
        data={[
          { value: ALL, label: t('commentsWs.allThemes') },
          { value: NONE, label: t('commentsWs.uncoded') },
          ...(codebook?.themes ?? []).map((th) => ({ value: th.code, label: pickText(th.label, lang) })),
        ]}
      />
      <SegmentedControl
        data-testid="comments-nps"
        value={filters.npsGroup ?? ALL}
        onChange={(v) => update({ npsGroup: v === ALL ? undefined : (v as CommentFilters['npsGroup']) })}
        data={[
          { value: ALL, label: t('commentsWs.npsAll') },
          { value: 'promoters', label: t('commentsWs.promoters') },
          { value: 'passives', label: t('commentsWs.passives') },
          { value: 'detractors', label: t('commentsWs.detractors') },
        ]}
      />
    </Group>
  );
}
