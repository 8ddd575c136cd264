/** Checklist: "Use a custom protocol instead of file://". Serves dist/renderer under app://proctor/. */
import { protocol } from 'electron';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY, MIME_TYPES } from '../../src/node/transport/web-security.ts';
import { rendererDir } from './paths.ts';
import { APP_ORIGIN } from './trust.ts';

export { APP_ORIGIN };

export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

export function registerAppProtocol(): void {
  // Files are read directly rather than through net.fetch('file://…'): the session refuses every
  // request that is not app://, and the renderer never needs file:// at all.
  protocol.handle('app', async (request) => {
    const url = new URL(request.url);
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
