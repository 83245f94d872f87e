import { useCallback, useEffect, useRef, useState } from 'react';
import type { InputOf } from '../../../shared/api/contract';
import type { ImportJobState } from '../../../shared/api/import';
import { useApi } from './useApi';

const POLL_MS = 150;

export type ImportJob = {
  job: ImportJobState | null;
  start(input: InputOf<'import/start'>): Promise<boolean>;
  cancel(): Promise<void>;
  reset(): void;
};

/** An import running as a job in the backend's worker: started, polled for progress, cancellable. */
export function useImportJob(): ImportJob {
  const api = useApi();
  const [job, setJob] = useState<ImportJobState | null>(null);
  const jobId = job?.jobId ?? null;
  const running = job?.state === 'running';
  const alive = useRef(true);

  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
    };
  }, []);

  useEffect(() => {
    if (!jobId || !running) return;
    let stop = false;
    const tick = async () => {
      const s = await api('import/progress', { jobId });
      if (stop || !alive.current) return;
      if (s) setJob(s);
      if (!s || s.state === 'running') timer = setTimeout(() => void tick(), POLL_MS);
    };
    let timer = setTimeout(() => void tick(), POLL_MS);
    return () => {
      stop = true;
      clearTimeout(timer);
    };
  }, [api, jobId, running]);

  const start = useCallback(
    async (input: InputOf<'import/start'>) => {
      const r = await api('import/start', input);
      if (!r) return false;
      setJob({
        jobId: r.jobId,
        state: 'running',
        phase: 'reading',
        rowsDone: 0,
        rowsTotal: 0,
        percent: 0,
        etaSeconds: null,
        result: null,
        error: null,
      });
      return true;
    },
    [api],
  );

  const cancel = useCallback(async () => {
    if (!jobId) return;
    const s = await api('import/cancel', { jobId });
    if (s && alive.current) setJob(s);
  }, [api, jobId]);

  const reset = useCallback(() => setJob(null), []);
  return { job, start, cancel, reset };
}
