import { useEffect, useRef } from 'react';
import type { RefObject } from 'react';
import type { StudyOverview } from '../../../shared/domain/study';
import { changeLanguage } from '../i18n/setup';
import type { useStudyActions } from './useStudyActions';

type Deps = {
  actions: ReturnType<typeof useStudyActions>;
  close(): Promise<void>;
  current: RefObject<StudyOverview | null>;
};

/** Desktop menu commands and files opened from the OS (only when running in Electron). */
export function useShellEvents(deps: Deps): void {
  const ref = useRef(deps);
  ref.current = deps;
  useEffect(() => {
    if (!window.api) return;
    return window.api.on((event) => {
      const { actions, close, current } = ref.current;
      if (event.type === 'openPath') {
        void actions.openPath(event.path);
        return;
      }
      switch (event.command) {
        case 'new':
        case 'close':
          void close();
          break;
        case 'open':
          void actions.openFromDialog();
          break;
        case 'openSample':
          void actions.openSample();
          break;
        case 'saveAs':
          if (current.current) void actions.saveAs(current.current);
          break;
        case 'language':
          if (event.arg) changeLanguage(event.arg);
          break;
      }
    });
  }, []);
}
