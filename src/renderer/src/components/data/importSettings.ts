export type OnError = 'missing' | 'skip-row' | 'abort';
export type IfDuplicate = 'replace' | 'skip';

/** What the consultant decides at the end of the wizard, besides the mapping. */
export type CommitSettings = {
  waveYear: number;
  onError: OnError;
  ifDuplicate: IfDuplicate;
  /** Name to save the mapping and recodes under; empty for none. */
  saveProfile: string;
};

export function defaultSettings(): CommitSettings {
  return { waveYear: new Date().getFullYear(), onError: 'missing', ifDuplicate: 'replace', saveProfile: '' };
}

/** The stored file being re-mapped: its wave is fixed and its respondents are what finishing replaces. */
export type RemapTarget = { fileId: number; name: string; waveYear: number; respondents: number };
