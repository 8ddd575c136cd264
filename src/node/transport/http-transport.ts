/**
 * `proctor serve`: the app and its IPC handlers over loopback HTTP. Loopback only, a per-run
 * token on every API call, and Host/Origin checks so a web page cannot reach it through DNS
 * rebinding or a cross-site request.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ErrorCode } from '../../core/index.ts';
import {
  CHANNEL_NAMES,
  contract,
  DEFAULT_MAX_REQUEST_BYTES,
  type ChannelDefinition,
  type ChannelName,
} from '../../shared/contract/index.ts';
import { PACK_IMAGES_SEGMENT, readPackImage } from '../packs/pack-images.ts';
import type { ProctorService } from '../service.ts';
import { readBody } from './read-body.ts';
import { hasToken, NOT_CONNECTED, tokenCookie, tokenInUrl } from './session-token.ts';
import { sendText, serveStatic } from './static-files.ts';
import { SECURITY_HEADERS } from './web-security.ts';

export const MAX_BODY_BYTES = DEFAULT_MAX_REQUEST_BYTES;
export const LOOPBACK_HOST = '127.0.0.1';
export { CONTENT_SECURITY_POLICY, MIME_TYPES } from './web-security.ts';

export interface ServeOptions {
  service: ProctorService;
  staticDir: string;
  port?: number;
  token?: string;
  /** Test-only clock control (PROCTOR_TEST_HOOKS=1): lets browser tests reach a deadline. */
  testHooks?: { advanceClock: (ms: number) => void };
}

export interface RunningServer {
  server: Server;
  port: number;
  token: string;
  url: string;
  close: () => Promise<void>;
}

const STATUS_OF: Record<ErrorCode, number> = {
  'not-found': 404,
  'unknown-channel': 404,
  'invalid-request': 400,
  conflict: 409,
  forbidden: 403,
  internal: 500,
};

/** Each channel declares its own body limit with its schema (an import carries a whole file). */
function bodyLimitOf(channel: string): number {
  const known = (CHANNEL_NAMES as readonly string[]).includes(channel);
  const definition: ChannelDefinition | undefined = known ? contract[channel as ChannelName] : undefined;
  return definition?.maxRequestBytes ?? DEFAULT_MAX_REQUEST_BYTES;
}

export function startHttpTransport(options: ServeOptions): Promise<RunningServer> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      console.error('[proctor] request failed:', error);
      if (!response.headersSent) send(response, 500, { ok: false, error: { code: 'internal', message: 'internal error' } });
      else response.end();
    });
  });
  let port = 0;

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const allowedHosts = [`${LOOPBACK_HOST}:${port}`, `localhost:${port}`];
    if (!allowedHosts.includes(request.headers.host ?? '')) {
      return sendText(response, 421, 'Misdirected request: Proctor answers only on its own loopback address.');
    }
    const origin = request.headers.origin;
    if (origin !== undefined && !allowedHosts.map((h) => `http://${h}`).includes(origin))
      return sendText(response, 403, 'Forbidden origin.');
    const url = new URL(request.url ?? '/', `http://${allowedHosts[0]}`);
    if (url.pathname.startsWith('/api/') || url.pathname.startsWith('/__test/')) return handleCall(request, response, url);
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return sendText(response, 405, 'Method not allowed.', { allow: 'GET, HEAD' });
    if (url.pathname.startsWith(`/${PACK_IMAGES_SEGMENT}/`)) return handleImage(request, response, url);
    // Opening the printed URL connects this browser: a cookie carries the token to its other tabs.
    const cookie: Record<string, string> = tokenInUrl(url, token) ? { 'set-cookie': tokenCookie(port, token) } : {};
    return serveStatic(options.staticDir, url.pathname, response, cookie);
  }

  /** A pack's image: the same token as the API (an `<img>` sends the cookie), then only what readPackImage allows. */
  async function handleImage(request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> {
    if (!hasToken(request, token, port)) return sendText(response, 401, NOT_CONNECTED);
    const image = await readPackImage(options.service.packs, url.pathname);
    if (!image) return sendText(response, 404, 'Not found.');
    response.writeHead(200, {
      ...SECURITY_HEADERS,
      'content-type': image.contentType,
      'content-disposition': 'inline',
      'cache-control': 'private, no-cache',
      'content-length': image.bytes.length,
    });
    response.end(request.method === 'HEAD' ? undefined : image.bytes);
  }

  async function handleCall(request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> {
    if (request.method !== 'POST') return sendText(response, 405, 'Use POST.', { allow: 'POST' });
    if (!hasToken(request, token, port)) return send(response, 401, { ok: false, error: { code: 'forbidden', message: NOT_CONNECTED } });
    const channel = url.pathname.slice('/api/'.length);
    const limit = bodyLimitOf(channel);
    const body = await readBody(request, limit);
    if (body === 'too-large')
      return send(response, 413, { ok: false, error: { code: 'invalid-request', message: `request body over ${limit} bytes` } });
    let payload: unknown;
    try {
      payload = body.length === 0 ? {} : JSON.parse(body);
    } catch {
      return send(response, 400, { ok: false, error: { code: 'invalid-request', message: 'request body is not valid JSON' } });
    }
    if (url.pathname === '/__test/advance-clock' && options.testHooks) {
      options.testHooks.advanceClock(Number((payload as { ms?: unknown }).ms) || 0);
      return send(response, 200, { ok: true, value: null });
    }
    const envelope = await options.service.dispatch(channel, payload);
    return send(response, envelope.ok ? 200 : STATUS_OF[envelope.error.code], envelope);
  }

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, LOOPBACK_HOST, () => {
      port = (server.address() as AddressInfo).port;
      resolve({
        server,
        port,
        token,
        url: `http://${LOOPBACK_HOST}:${port}/?token=${token}`,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}

function send(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    ...SECURITY_HEADERS,
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'content-length': Buffer.byteLength(text),
  });
  response.end(text);
}
