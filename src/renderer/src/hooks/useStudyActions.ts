import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { StudyOverview } from '../../../shared/domain/study';
import { isDesktop } from '../api/client';
import { downloadBytes, fileToBytes } from '../api/files';
import { useNotices } from '../components/common/Notices';
import { useApi } from './useApi';

/** Opening and saving studies, shared by the start screen, the settings page and the desktop menu. */
export function useStudyActions(onOpened: (o: StudyOverview) => void) {
  const api = useApi();
  const notices = useNotices();
  const { t } = useTranslation();

  const openFromDialog = useCallback(async () => {
    const picked = await api('dialog/openStudy', {});
    if (!picked?.path) return;
    const o = await api('study/open', { path: picked.path });
    if (o) onOpened(o);
  }, [api, onOpened]);

  const openPath = useCallback(
    async (path: string) => {
      const o = await api('study/open', { path });
      if (o) onOpened(o);
    },
    [api, onOpened],
  );

  const upload = useCallback(
    async (file: File) => {
      const o = await api('study/upload', await fileToBytes(file));
      if (o) onOpened(o);
    },
    [api, onOpened],
  );

  const openSample = useCallback(async () => {
    const o = await api('study/openSample', {});
    if (o) onOpened(o);
  }, [api, onOpened]);

  const saveAs = useCallback(
    async (o: StudyOverview) => {
      if (isDesktop()) {
        const picked = await api('dialog/saveStudy', { defaultName: o.fileName });
        if (!picked?.path) return;
        const saved = await api('study/saveAs', { studyId: o.studyId, path: picked.path });
        if (saved) {
          onOpened(saved);
          notices.success(t('settings.saved'));
        }
        return;
      }
      const bytes = await api('study/download', { studyId: o.studyId });
      if (bytes) downloadBytes(bytes, 'application/x-sqlite3');
    },
    [api, notices, onOpened, t],
  );

  return { openFromDialog, openPath, upload, openSample, saveAs };
}
