import type { PathPolicy } from '../study/path-policy';
import type { StudySessions } from '../study/sessions';

/** Native file dialogs: present in the desktop app only. */
export type Dialogs = {
  openStudy(): Promise<string | null>;
  saveStudy(defaultName?: string): Promise<string | null>;
};

/** What every handler receives besides its validated input. */
export type ServiceContext = {
  sessions: StudySessions;
  /** The user's data folder: recent list, uploaded copies, new studies without a chosen path. */
  dataDir: string;
  /** The app's bundled resources (sample study, fonts, icon). */
  resourcesDir: string;
  version: string;
  transport: 'ipc' | 'http';
  dialogs: Dialogs | null;
  /**
   * Checks every file path an operation receives before its handler runs. The desktop app sets it
   * (paths come only from its native dialogs, the OS or the recent list); the browser host and the
   * CLI leave it out.
   */
  pathPolicy?: PathPolicy;
};
