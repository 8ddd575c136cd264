/**
 * `proctor serve`: the app and its IPC handlers over loopback HTTP. Loopback only, a per-run
 * token on every API call, and Host/Origin checks so a web page cannot reach it through DNS
 * rebinding or a cross-site request.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile, realpath, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import type { ProctorService } from './service.ts';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export const MAX_BODY_BYTES = 256 * 1024;
export const LOOPBACK_HOST = '127.0.0.1';

export const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

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

export function startHttpTransport(options: ServeOptions): Promise<RunningServer> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const server = createServer((request, response) => {
    handle(request, response).catch((error) => {
      console.error('[proctor] request failed:', error);
      if (!response.headersSent) send(response, 500, { ok: false, error: { code: 'internal', message: 'internal error' } });
      else response.end();
    });
  });
  let port = 0;

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const allowedHosts = [`${LOOPBACK_HOST}:${port}`, `localhost:${port}`];
    if (!allowedHosts.includes(request.headers.host ?? ''))
      return sendText(response, 421, 'Misdirected request: Proctor answers only on its own loopback address.');
    const origin = request.headers.origin;
    if (origin !== undefined && !allowedHosts.map((h) => `http://${h}`).includes(origin))
      return sendText(response, 403, 'Forbidden origin.');
    const url = new URL(request.url ?? '/', `http://${allowedHosts[0]}`);
    if (url.pathname.startsWith('/api/') || url.pathname.startsWith('/__test/')) {
      if (request.method !== 'POST') return sendText(response, 405, 'Use POST.', { allow: 'POST' });
      if (!hasToken(request, token))
        return send(response, 401, {
          ok: false,
          error: { code: 'forbidden', message: 'missing or wrong token: open the URL that `proctor serve` printed' },
        });
      const body = await readBody(request);
      if (body === 'too-large')
        return send(response, 413, { ok: false, error: { code: 'invalid-request', message: `request body over ${MAX_BODY_BYTES} bytes` } });
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
      const envelope = await options.service.dispatch(url.pathname.slice('/api/'.length), payload);
      const status = envelope.ok
        ? 200
        : { 'not-found': 404, 'unknown-channel': 404, 'invalid-request': 400, conflict: 409, forbidden: 403, internal: 500 }[
            envelope.error.code
          ];
      return send(response, status, envelope);
    }
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return sendText(response, 405, 'Method not allowed.', { allow: 'GET, HEAD' });
    return serveStatic(options.staticDir, url.pathname, response);
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

function hasToken(request: IncomingMessage, token: string): boolean {
  const header = request.headers.authorization ?? '';
  const given = Buffer.from(header.startsWith('Bearer ') ? header.slice(7) : '');
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

function readBody(request: IncomingMessage): Promise<string | 'too-large'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const declared = Number(request.headers['content-length'] ?? 0);
    if (declared > MAX_BODY_BYTES) {
      request.resume();
      resolve('too-large');
      return;
    }
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        request.removeAllListeners('data');
        request.resume();
        resolve('too-large');
      } else chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

const securityHeaders = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};

function send(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    ...securityHeaders,
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'content-length': Buffer.byteLength(text),
  });
  response.end(text);
}

function sendText(response: ServerResponse, status: number, text: string, extra: Record<string, string> = {}): void {
  response.writeHead(status, { ...securityHeaders, 'content-type': 'text/plain; charset=utf-8', ...extra });
  response.end(text);
}

async function serveStatic(root: string, pathname: string, response: ServerResponse): Promise<void> {
  let relativePath: string;
  try {
    relativePath = decodeURIComponent(pathname);
  } catch {
    return sendText(response, 400, 'Bad path.');
  }
  if (relativePath.endsWith('/')) relativePath += 'index.html';
  const candidate = normalize(join(root, relativePath));
  const rootReal = await realpath(root);
  let fileReal: string;
  try {
    fileReal = await realpath(candidate);
    if (!(await stat(fileReal)).isFile()) throw new Error('not a file');
  } catch {
    return sendText(response, 404, 'Not found.');
  }
  if (fileReal !== rootReal && !fileReal.startsWith(rootReal + sep)) return sendText(response, 404, 'Not found.');
  const body = await readFile(fileReal);
  response.writeHead(200, {
    ...securityHeaders,
    'content-type': MIME_TYPES[extname(fileReal)] ?? 'application/octet-stream',
    'cache-control': relativePath.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    'content-length': body.length,
  });
  response.end(body);
}
