/** Serves the built renderer: only regular files under its folder, never a path outside it. */
import { readFile, realpath, stat } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { MIME_TYPES, SECURITY_HEADERS } from './web-security.ts';

export function sendText(response: ServerResponse, status: number, text: string, extra: Record<string, string> = {}): void {
  response.writeHead(status, { ...SECURITY_HEADERS, 'content-type': 'text/plain; charset=utf-8', ...extra });
  response.end(text);
}

export async function serveStatic(
  root: string,
  pathname: string,
  response: ServerResponse,
  extra: Record<string, string> = {},
): Promise<void> {
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
    ...SECURITY_HEADERS,
    'content-type': MIME_TYPES[extname(fileReal)] ?? 'application/octet-stream',
    'cache-control': relativePath.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    'content-length': body.length,
    ...extra,
  });
  response.end(body);
}
