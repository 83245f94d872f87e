import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useState } from 'react';

/**
 * The analysis answers of one open study (the cache behind ./useAnalysis.ts): created with the study
 * shell and dropped with it, so closing a study forgets its numbers. Old answers are kept for a few
 * minutes after no page shows them (going back to a filter is instant).
 */
export function AnalysisQueries({ children }: { children: ReactNode }) {
  const [client] = useState(
    () => new QueryClient({ defaultOptions: { queries: { gcTime: 5 * 60_000, retry: false } } }),
  );
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}
