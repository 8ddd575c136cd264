/**
 * Checklist: "Use a custom protocol instead of file://". Serves dist/renderer under app://proctor/,
 * and the images of the packs under app://proctor/pack-images/ by the same rules as `proctor serve`.
 */
import { protocol } from 'electron';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { PACK_IMAGES_SEGMENT, readPackImage } from '../../src/node/packs/pack-images.ts';
import type { PackRegistry } from '../../src/node/packs/pack-registry.ts';
import { CONTENT_SECURITY_POLICY, MIME_TYPES } from '../../src/node/transport/web-security.ts';
import { rendererDir } from './paths.ts';
import { APP_ORIGIN } from './trust.ts';

export { APP_ORIGIN };

export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

/** `packs` is read on each request: the service (and its packs) is ready only after the window's protocol. */
export function registerAppProtocol(packs: () => PackRegistry | undefined): void {
  // Files are read directly rather than through net.fetch('file://…'): the session refuses every
  // request that is not app://, and the renderer never needs file:// at all.
  protocol.handle('app', async (request) => {
    const url = new URL(request.url);
    if (url.host === 'proctor' && url.pathname.startsWith(`/${PACK_IMAGES_SEGMENT}/`)) {
      const registry = packs();
      const image = registry && request.method === 'GET' ? await readPackImage(registry, url.pathname) : undefined;
      if (!image) return new Response('Not found', { status: 404 });
      return new Response(new Uint8Array(image.bytes), {
        headers: {
          'content-type': image.contentType,
          'content-security-policy': CONTENT_SECURITY_POLICY,
          'x-content-type-options': 'nosniff',
        },
      });
    }
    const root = rendererDir();
    let file: string;
    try {
      file = normalize(join(root, decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname)));
    } catch {
      return new Response('Bad request', { status: 400 });
    }
    if (url.host !== 'proctor' || !file.startsWith(root + sep)) return new Response('Not found', { status: 404 });
    try {
      return new Response(await readFile(file), {
        headers: {
          'content-type': MIME_TYPES[extname(file)] ?? 'application/octet-stream',
          'content-security-policy': CONTENT_SECURITY_POLICY,
          'x-content-type-options': 'nosniff',
        },
      });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });
}
