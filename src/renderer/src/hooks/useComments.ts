import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import type { InputOf } from '../../../shared/api/contract';
import { useAnalysis } from './useAnalysis';
import { useApi } from './useApi';
import { useLang } from './useLang';
import { useStudy } from './useStudy';

export type CommentFilters = {
  waveYear?: number;
  question?: string;
  unit?: string;
  npsGroup?: 'promoters' | 'passives' | 'detractors';
  theme?: string;
  search?: string;
};

export const PAGE_SIZE = 50;

/** The comments workspace's data: the list under its filters, the codebook, the themes; and the coding calls. */
export function useComments() {
  const { overview } = useStudy();
  const studyId = overview.studyId;
  const lang = useLang();
  const call = useApi();
  const queries = useQueryClient();
  const [filters, setFilters] = useState<CommentFilters>({});
  const [offset, setOffset] = useState(0);
  const [themesBy, setThemesBy] = useState<'unit' | 'wave'>('unit');
  const list = useAnalysis('comments/list', { studyId, lang, ...filters, offset, limit: PAGE_SIZE });
  const codebook = useAnalysis('comments/getCodebook', { studyId });
  const themes = useAnalysis('comments/themes', {
    studyId,
    lang,
    by: themesBy,
    ...(filters.question ? { question: filters.question } : {}),
    ...(themesBy === 'unit' && filters.waveYear !== undefined ? { waveYear: filters.waveYear } : {}),
  });
  const refresh = useCallback(async () => {
    await Promise.all(
      ['comments/list', 'comments/getCodebook', 'comments/themes'].map((k) =>
        queries.invalidateQueries({ queryKey: [k] }),
      ),
    );
  }, [queries]);
  const update = (patch: Partial<CommentFilters>) => {
    setOffset(0);
    setFilters((f) => {
      const next: CommentFilters = { ...f, ...patch };
      for (const k of Object.keys(next) as (keyof CommentFilters)[])
        if (next[k] === undefined) delete next[k];
      return next;
    });
  };
  const setCodes = async (key: string, codes: string[]) => {
    if (await call('comments/setCodes', { studyId, key, codes })) await refresh();
  };
  const accept = async (keys?: string[]) => {
    const r = await call('comments/acceptProposals', { studyId, ...(keys ? { keys } : {}) });
    await refresh();
    return r?.coded ?? 0;
  };
  const setQuote = async (key: string, state: 'chosen' | 'hidden' | null) => {
    if (await call('comments/setQuote', { studyId, key, state })) await refresh();
  };
  const importCodebook = async (file: Omit<InputOf<'comments/importCodebook'>, 'studyId'>) => {
    const r = await call('comments/importCodebook', { studyId, ...file });
    await refresh();
    return r;
  };
  const setCodebook = async (codebook: InputOf<'comments/setCodebook'>['codebook']) => {
    const r = await call('comments/setCodebook', { studyId, codebook });
    await refresh();
    return r;
  };
  const exportCodebook = () => call('comments/exportCodebook', { studyId, format: 'xlsx' });
  return {
    filters,
    update,
    offset,
    setOffset,
    list,
    codebook,
    themes,
    themesBy,
    setThemesBy,
    setCodes,
    accept,
    setQuote,
    importCodebook,
    setCodebook,
    exportCodebook,
  };
}
