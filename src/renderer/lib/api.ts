/**
 * The renderer's typed Api. In Electron the preload exposes one function per channel; in a
 * browser (`proctor serve`) the same calls go over loopback HTTP with the per-run token.
 */
import { CHANNEL_NAMES, type ChannelName } from '../../shared/contract/channels.ts';
import { createApi, type Api, type Envelope } from '../../shared/contract/client.ts';

type PreloadBridge = Record<ChannelName, (request: unknown) => Promise<Envelope<unknown>>>;

declare global {
  interface Window {
    proctor?: PreloadBridge;
  }
}

const TOKEN_KEY = 'proctor.token';

/** Takes the token from the URL once, keeps it for reloads, and removes it from the address bar. */
function takeToken(): string {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    history.replaceState(history.state, '', url.pathname + url.search + url.hash);
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

function httpApi(): Api {
  const token = takeToken();
  return createApi(async (channel, request) => {
    let response: Response;
    try {
      response = await fetch(`./api/${channel}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(request ?? {}),
      });
    } catch {
      return { ok: false, error: { code: 'internal', message: 'Proctor is not reachable. Is `proctor serve` still running?' } };
    }
    try {
      return (await response.json()) as Envelope<unknown>;
    } catch {
      return { ok: false, error: { code: 'internal', message: `unexpected answer from Proctor (HTTP ${response.status})` } };
    }
  });
}

function electronApi(bridge: PreloadBridge): Api {
  return createApi((channel, request) => bridge[channel](request));
}

export const api: Api =
  window.proctor && CHANNEL_NAMES.every((c) => typeof window.proctor![c] === 'function') ? electronApi(window.proctor) : httpApi();
