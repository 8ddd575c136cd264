/**
 * A pack's images over `proctor serve`: the same token as the API (a Bearer header, or the cookie
 * the browser gets when it opens the printed URL), only raster files under that pack's images/
 * folder, never SVG, never a path or a link out of it; a deleted pack's images still serve.
 */
import { request } from 'node:http';
import { mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPackImage } from '../../src/node/packs/pack-images.ts';
import { startHttpTransport, type RunningServer } from '../../src/node/transport/http-transport.ts';
import { HOSTILE_SVG, PNG_4X3 } from '../fixtures/images.ts';
import { makeService } from '../fixtures/service.ts';
import { useTempDirs } from '../fixtures/temp.ts';

const tempDir = useTempDirs();

/** Raw paths: fetch() would normalize the `..` away before it left the test. */
function get(server: RunningServer, path: string, headers: Record<string, string> = {}, method = 'GET') {
  return new Promise<{ status: number; body: Buffer; headers: Record<string, string | string[] | undefined> }>((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: server.port, path, method, headers: { host: `127.0.0.1:${server.port}`, ...headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode!, body: Buffer.concat(chunks), headers: res.headers }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

async function setUp() {
  const dir = await tempDir();
  const { service } = await makeService(dir);
  const md = await readFile('tests/fixtures/import/dva-notes.md');
  const imported = await service.dispatch('importBank', {
    fileName: 'dva-notes.md',
    data: md.toString('base64'),
    images: [{ fileName: 'fanout.png', data: PNG_4X3.toString('base64') }],
    title: 'DVA notes',
    mapping: {},
  });
  expect(imported).toMatchObject({ ok: true, value: { pack: { id: 'dva-notes' } } });
  const images = join(dir, 'data', 'packs', 'dva-notes', 'images');
  await writeFile(join(images, 'evil.svg'), HOSTILE_SVG);
  await writeFile(join(images, 'disguised.png'), HOSTILE_SVG);
  await writeFile(join(dir, 'outside.png'), PNG_4X3);
  await symlink(join(dir, 'outside.png'), join(images, 'linked.png'));
  await mkdir(join(images, 'folder.png'));
  const staticDir = join(dir, 'static');
  await mkdir(staticDir);
  await writeFile(join(staticDir, 'index.html'), '<!doctype html><title>t</title>');
  const server = await startHttpTransport({ service, staticDir, token: 'image-token' });
  return { dir, service, server };
}

const bearer = { authorization: 'Bearer image-token' };

describe('pack images over proctor serve', () => {
  it('serves an imported image with the token, as image/png, and nothing without it', async () => {
    const { server } = await setUp();
    try {
      const ok = await get(server, '/pack-images/dva-notes/fanout.png', bearer);
      expect(ok.status).toBe(200);
      expect(ok.headers['content-type']).toBe('image/png');
      expect(ok.headers['x-content-type-options']).toBe('nosniff');
      expect(ok.body.equals(PNG_4X3)).toBe(true);
      expect((await get(server, '/pack-images/dva-notes/fanout.png', bearer, 'HEAD')).status).toBe(200);
      expect((await get(server, '/pack-images/dva-notes/fanout.png')).status).toBe(401);
      expect((await get(server, '/pack-images/dva-notes/fanout.png', { authorization: 'Bearer image-tokeN' })).status).toBe(401);
      expect((await get(server, '/pack-images/dva-notes/fanout.png', { cookie: `proctor-${server.port}=nope` })).status).toBe(401);
    } finally {
      await server.close();
    }
  });

  it('loads images with the cookie the browser gets from the printed URL, as an <img> needs', async () => {
    const { server } = await setUp();
    try {
      expect((await get(server, '/?token=wrong')).headers['set-cookie']).toBeUndefined();
      const [cookie] = (await get(server, '/?token=image-token')).headers['set-cookie'] as string[];
      const sent = cookie!.split(';')[0]!;
      expect(sent).toBe(`proctor-${server.port}=image-token`);
      expect((await get(server, '/pack-images/dva-notes/fanout.png', { cookie: `other=1; ${sent}` })).status).toBe(200);
      // Another port's cookie is another server's.
      expect((await get(server, '/pack-images/dva-notes/fanout.png', { cookie: `proctor-1=image-token` })).status).toBe(401);
    } finally {
      await server.close();
    }
  });

  it('refuses traversal, links out of images/, folders, SVG and files that are not what they claim', async () => {
    const { server } = await setUp();
    try {
      for (const path of [
        '/pack-images/dva-notes/../pack.yaml',
        '/pack-images/dva-notes/..%2fpack.yaml',
        '/pack-images/dva-notes/%2e%2e%2f%2e%2e%2fexams%2ftest-pack%2fpack.yaml',
        '/pack-images/dva-notes/%2e%2e%2fquestions%2fimported.png',
        '/pack-images/..%2f..%2fdata/fanout.png',
        '/pack-images/dva-notes/images%2ffanout.png',
        '/pack-images/dva-notes/evil.svg',
        '/pack-images/dva-notes/disguised.png',
        '/pack-images/dva-notes/linked.png',
        '/pack-images/dva-notes/folder.png',
        '/pack-images/dva-notes/missing.png',
        '/pack-images/test-pack/fanout.png',
        '/pack-images/nope/fanout.png',
        '/pack-images/dva-notes/%E0%A4%A.png',
      ]) {
        const response = await get(server, path, bearer);
        expect(response.status, path).toBe(404);
        expect(response.body.includes('svg'), path).toBe(false);
      }
      expect((await get(server, '/pack-images/dva-notes/fanout.png', bearer, 'POST')).status).toBe(405);
    } finally {
      await server.close();
    }
  });

  it('still serves the images of a deleted pack, for the reviews of its attempts', async () => {
    const { service, server } = await setUp();
    try {
      expect(await service.dispatch('deletePack', { packId: 'dva-notes' })).toMatchObject({ ok: true });
      const image = await readPackImage(service.packs, '/pack-images/dva-notes/fanout.png');
      expect(image?.bytes.equals(PNG_4X3)).toBe(true);
      expect((await get(server, '/pack-images/dva-notes/fanout.png', bearer)).status).toBe(200);
      expect((await get(server, '/pack-images/dva-notes/evil.svg', bearer)).status).toBe(404);
    } finally {
      await server.close();
    }
  });
});
