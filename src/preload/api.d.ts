import type { OperationName, InputOf, OutputOf } from '../shared/api/contract';
import type { Result } from '../shared/api/errors';

/** Events the desktop shell sends to the page (menu commands, a study opened from the OS). */
export type ShellEvent =
  | { type: 'menu'; command: 'new' | 'open' | 'openSample' | 'saveAs' | 'close' | 'language'; arg?: string }
  | { type: 'openPath'; path: string };

/** The one object the preload exposes as `window.api`. */
export type PreloadApi = {
  invoke<N extends OperationName>(name: N, input: InputOf<N>): Promise<Result<OutputOf<N>>>;
  on(listener: (event: ShellEvent) => void): () => void;
};

declare global {
  interface Window {
    api?: PreloadApi;
  }
}
