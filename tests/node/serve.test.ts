import { request } from 'node:http';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startHttpTransport, type RunningServer } from '../../src/node/transport/http-transport.ts';
import { makeService } from '../fixtures/service.ts';
import { useTempDirs } from '../fixtures/temp.ts';

const tempDir = useTempDirs();

async function serve(): Promise<RunningServer> {
  const dir = await tempDir();
  const { service } = await makeService(dir);
  const staticDir = join(dir, 'static');
  await mkdir(staticDir);
  await writeFile(join(staticDir, 'index.html'), '<!doctype html><title>t</title>');
  await writeFile(join(dir, 'secret.txt'), 'secret');
  return startHttpTransport({ service, staticDir, token: 'test-token-123' });
}

function call(server: RunningServer, path: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  return new Promise<{ status: number; body: string; headers: Record<string, unknown> }>((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: server.port,
        path,
        method: init.method ?? 'GET',
        headers: { host: `127.0.0.1:${server.port}`, ...init.headers },
      },
      (res) => {
        let body = '';
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode!, body, headers: res.headers }));
      },
    );
    req.on('error', reject);
    if (init.body) req.write(init.body);
    req.end();
  });
}

const auth = { authorization: 'Bearer test-token-123', 'content-type': 'application/json' };

describe('proctor serve transport', () => {
  it('listens on 127.0.0.1 only and serves the app with a CSP', async () => {
    const server = await serve();
    try {
      expect((server.server.address() as { address: string }).address).toBe('127.0.0.1');
      const page = await call(server, '/');
      expect(page.status).toBe(200);
      expect(String(page.headers['content-security-policy'])).toContain("script-src 'self'");
      expect(server.url).toBe(`http://127.0.0.1:${server.port}/?token=test-token-123`);
    } finally {
      await server.close();
    }
  });

  it('answers API calls only with the token', async () => {
    const server = await serve();
    try {
      expect((await call(server, '/api/listPacks', { method: 'POST', headers: auth, body: '{}' })).status).toBe(200);
      expect((await call(server, '/api/listPacks', { method: 'POST', body: '{}' })).status).toBe(401);
      expect(
        (await call(server, '/api/listPacks', { method: 'POST', headers: { authorization: 'Bearer test-token-124' }, body: '{}' })).status,
      ).toBe(401);
      expect((await call(server, '/api/listPacks', { method: 'GET', headers: auth })).status).toBe(405);
    } finally {
      await server.close();
    }
  });

  it('keeps a browser session usable across tabs with an HttpOnly, SameSite=Strict cookie set by the token URL', async () => {
    const server = await serve();
    try {
      const withoutToken = await call(server, '/');
      expect(withoutToken.headers['set-cookie']).toBeUndefined();
      const opened = await call(server, '/?token=test-token-123');
      const cookie = String(opened.headers['set-cookie']);
      expect(cookie).toMatch(new RegExp(`^proctor-${server.port}=test-token-123;`));
      expect(cookie).toMatch(/HttpOnly/);
      expect(cookie).toMatch(/SameSite=Strict/);
      expect(cookie).toMatch(/Path=\//);
      expect((await call(server, '/?token=wrong')).headers['set-cookie']).toBeUndefined();
      // A new tab or a bookmark carries the cookie, not the token.
      const session = { cookie: `proctor-${server.port}=test-token-123`, 'content-type': 'application/json' };
      expect((await call(server, '/api/listPacks', { method: 'POST', headers: session, body: '{}' })).status).toBe(200);
      const forged = { cookie: `proctor-${server.port}=test-token-124`, 'content-type': 'application/json' };
      expect((await call(server, '/api/listPacks', { method: 'POST', headers: forged, body: '{}' })).status).toBe(401);
      // The cookie does not lift the Origin check.
      const crossSite = { ...session, origin: 'http://evil.example' };
      expect((await call(server, '/api/listPacks', { method: 'POST', headers: crossSite, body: '{}' })).status).toBe(403);
    } finally {
      await server.close();
    }
  });

  it('says in plain words what to do when a call has no token', async () => {
    const server = await serve();
    try {
      const refused = JSON.parse((await call(server, '/api/listPacks', { method: 'POST', body: '{}' })).body) as {
        error: { message: string };
      };
      expect(refused.error.message).toMatch(/Open the address that proctor serve printed/);
      expect(refused.error.message).not.toMatch(/`/);
    } finally {
      await server.close();
    }
  });

  it('refuses a foreign Host or Origin (DNS rebinding, cross-site requests)', async () => {
    const server = await serve();
    try {
      expect((await call(server, '/', { headers: { host: `evil.example:${server.port}` } })).status).toBe(421);
      expect(
        (await call(server, '/api/listPacks', { method: 'POST', headers: { ...auth, host: `attacker.test:${server.port}` }, body: '{}' }))
          .status,
      ).toBe(421);
      expect(
        (await call(server, '/api/listPacks', { method: 'POST', headers: { ...auth, origin: 'http://evil.example' }, body: '{}' })).status,
      ).toBe(403);
      expect(
        (
          await call(server, '/api/listPacks', {
            method: 'POST',
            headers: { ...auth, origin: `http://127.0.0.1:${server.port}` },
            body: '{}',
          })
        ).status,
      ).toBe(200);
    } finally {
      await server.close();
    }
  });

  it('refuses oversized and malformed bodies, unknown channels and paths outside the app', async () => {
    const server = await serve();
    try {
      expect((await call(server, '/api/listPacks', { method: 'POST', headers: auth, body: 'x'.repeat(300 * 1024) })).status).toBe(413);
      expect((await call(server, '/api/listPacks', { method: 'POST', headers: auth, body: '{not json' })).status).toBe(400);
      const unknown = await call(server, '/api/deleteEverything', { method: 'POST', headers: auth, body: '{}' });
      expect(unknown.status).toBe(404);
      expect(JSON.parse(unknown.body).error.code).toBe('unknown-channel');
      expect((await call(server, '/../secret.txt')).status).toBe(404);
      expect((await call(server, '/%2e%2e/secret.txt')).status).toBe(404);
    } finally {
      await server.close();
    }
  });
});
