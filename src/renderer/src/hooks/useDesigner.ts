import { useCallback, useState } from 'react';
import type { InputOf, OperationName } from '../../../shared/api/contract';
import type { StudyOverview } from '../../../shared/domain/study';
import { useClient } from '../api/ApiProvider';
import { useNotices } from '../components/common/Notices';
import { useStudy } from './useStudy';

type UpdateInput = InputOf<'questionnaire/update'>;

/**
 * Runs a questionnaire operation and puts the fresh overview on screen. A text change refused because
 * a wave already holds answers (QUESTION_WORDING_CHANGED) is parked in `wordingConflict` until the user
 * says whether it is the same question or a new one; `resolveWording` retries with that answer.
 */
export function useDesigner() {
  const client = useClient();
  const notices = useNotices();
  const { overview, update } = useStudy();
  const [wordingConflict, setWordingConflict] = useState<UpdateInput | null>(null);
  const [busy, setBusy] = useState(false);

  const run = useCallback(
    async <N extends OperationName>(name: N, input: InputOf<N>): Promise<boolean> => {
      setBusy(true);
      try {
        const r = await client.invoke(name, input);
        if (r.ok) {
          const v = r.value as unknown;
          if (v && typeof v === 'object' && 'questionnaire' in v) update(v as StudyOverview);
          return true;
        }
        if (r.error.code === 'QUESTION_WORDING_CHANGED' && name === 'questionnaire/update') {
          setWordingConflict(input as UpdateInput);
          return false;
        }
        notices.error(r.error);
        return false;
      } finally {
        setBusy(false);
      }
    },
    [client, notices, update],
  );

  const resolveWording = useCallback(
    async (wording: 'comparable' | 'new' | null) => {
      const pending = wordingConflict;
      setWordingConflict(null);
      if (pending && wording) await run('questionnaire/update', { ...pending, wording });
    },
    [run, wordingConflict],
  );

  return { overview, studyId: overview.studyId, run, busy, wordingConflict, resolveWording };
}

export type Designer = ReturnType<typeof useDesigner>;
