/**
 * The answers of Electron's app:// protocol, as Fetch API Responses: files of the built renderer
 * only (no path outside its folder, no other host), each with its MIME type and the app's
 * security headers; and the pack images under /pack-images/, by the same rules as `proctor serve`
 * (readPackImage). Electron's handler in electron/main/app-protocol.ts only calls this.
 */
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { PACK_IMAGES_SEGMENT, readPackImage } from '../packs/pack-images.ts';
import type { PackRegistry } from '../packs/pack-registry.ts';
import { MIME_TYPES, SECURITY_HEADERS } from './web-security.ts';

export const APP_SCHEME = 'app';
export const APP_HOST = 'proctor';

const plain = (status: number, text: string) =>
  new Response(text, { status, headers: { ...SECURITY_HEADERS, 'content-type': 'text/plain; charset=utf-8' } });

/** `packs` is undefined until the service has opened them: images answer 404 until then. */
export async function appFileResponse(request: { url: string; method: string }, root: string, packs?: PackRegistry): Promise<Response> {
  let url: URL;
  try {
    url = new URL(request.url);
  } catch {
    return plain(400, 'Bad request.');
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return plain(404, 'Not found.');
  if (url.pathname.startsWith(`/${PACK_IMAGES_SEGMENT}/`)) {
    const image = packs && request.method === 'GET' ? await readPackImage(packs, url.pathname) : undefined;
    if (!image) return plain(404, 'Not found.');
    return new Response(new Uint8Array(image.bytes), { status: 200, headers: { ...SECURITY_HEADERS, 'content-type': image.contentType } });
  }
  let relativePath: string;
  try {
    relativePath = decodeURIComponent(url.pathname);
  } catch {
    return plain(400, 'Bad path.');
  }
  if (relativePath === '/' || relativePath === '') relativePath = '/index.html';
  const file = normalize(join(root, relativePath));
  // No realpath: inside a packaged app's asar archive there are no links, and Electron's asar
  // support does not cover every fs call. The renderer folder is built by Vite, without links.
  if (!file.startsWith(normalize(root) + sep)) return plain(404, 'Not found.');
  let body: Buffer;
  try {
    if (!(await stat(file)).isFile()) return plain(404, 'Not found.');
    body = await readFile(file);
  } catch {
    return plain(404, 'Not found.');
  }
  return new Response(new Uint8Array(body), {
    status: 200,
    headers: { ...SECURITY_HEADERS, 'content-type': MIME_TYPES[extname(file)] ?? 'application/octet-stream' },
  });
}
