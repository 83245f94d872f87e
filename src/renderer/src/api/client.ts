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

/**
 * Requests in flight at once: the host's MAX_CONCURRENT (src/main/host/server.ts), so the cards of a
 * dashboard that all follow one filter change queue here instead of being answered BUSY.
 */
const IN_FLIGHT = 4;

function httpClient(): ApiClient {
  const token = takeToken();
  let active = 0;
  const waiting: (() => void)[] = [];
  const slot = async () => {
    while (active >= IN_FLIGHT) await new Promise<void>((r) => waiting.push(r));
    active++;
  };
  const release = () => {
    active--;
    waiting.shift()?.();
  };
  return {
    async invoke<N extends OperationName>(name: N, input: InputOf<N>): Promise<Result<OutputOf<N>>> {
      await slot();
      try {
        const body = JSON.stringify(input);
        // Should the host still be busy (another tab), it answers 503 with Retry-After: wait and retry.
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
      } finally {
        release();
      }
    },
  };
}

/** One client for whichever transport the page runs under; callers cannot tell them apart. */
export function createClient(): ApiClient {
  return window.api ? { invoke: window.api.invoke } : httpClient();
}

export const isDesktop = (): boolean => window.api !== undefined;
