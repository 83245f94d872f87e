import type { ApiClient, InputOf, OperationName, OutputOf } from '../../../shared/api/contract';
import type { Result } from '../../../shared/api/errors';

const TOKEN_KEY = 'touchpoint-token';
/** Retries of a request the host answered BUSY (about half a minute in all). */
const BUSY_RETRIES = 40;

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
        const body = JSON.stringify(input);
        // The host serves a few requests at once and answers more with 503 BUSY and Retry-After: a
        // dashboard whose cards all follow one filter change asks more than that, so wait and retry.
        for (let attempt = 0; ; attempt++) {
          const res = await fetch(`/api/${name}`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token ?? ''}` },
            body,
          });
          if (res.status === 503 && attempt < BUSY_RETRIES) {
            await res.body?.cancel();
            await new Promise((r) => setTimeout(r, Math.min(1000, 100 * (attempt + 1))));
            continue;
          }
          return (await res.json()) as Result<OutputOf<N>>;
        }
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
