import type { ApiClient, InputOf, OperationName, OutputOf } from '../../../shared/api/contract';
import type { Result } from '../../../shared/api/errors';

const TOKEN_KEY = 'touchpoint-token';

/**
 * Browser mode: the token arrives once in the address (`?token=…`), is kept for this tab only, and is
 * removed from the address bar so it does not linger in history or screenshots.
 */
function takeToken(): string | null {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(null, '', url.pathname + url.search + url.hash);
    return fromUrl;
  }
  return sessionStorage.getItem(TOKEN_KEY);
}

function httpClient(): ApiClient {
  const token = takeToken();
  return {
    async invoke<N extends OperationName>(name: N, input: InputOf<N>): Promise<Result<OutputOf<N>>> {
      try {
        const res = await fetch(`/api/${name}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token ?? ''}` },
          body: JSON.stringify(input),
        });
        return (await res.json()) as Result<OutputOf<N>>;
      } catch (e) {
        return { ok: false, error: { code: 'INTERNAL', message: `no answer from the app: ${String(e)}` } };
      }
    },
  };
}

/** One client for whichever transport the page runs under; callers cannot tell them apart. */
export function createClient(): ApiClient {
  return window.api ? { invoke: window.api.invoke } : httpClient();
}

export const isDesktop = (): boolean => window.api !== undefined;
