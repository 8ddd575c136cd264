/**
 * The per-run token of `proctor serve`. API calls carry it as a Bearer header (a web page cannot
 * add one to a cross-site request). An `<img>` cannot send a header, so the page that opened with
 * the right token in its URL also gets it as a cookie scoped to the pack images: HttpOnly (no
 * script reads it), SameSite=Strict (no other site's page sends it), named by port (two servers
 * on one machine keep their own).
 */
import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { PACK_IMAGES_SEGMENT } from '../packs/pack-images.ts';

export function sameToken(given: string, token: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function hasBearerToken(request: IncomingMessage, token: string): boolean {
  const header = request.headers.authorization ?? '';
  return header.startsWith('Bearer ') && sameToken(header.slice(7), token);
}

const cookieName = (port: number) => `proctor-token-${port}`;

/** The Set-Cookie header for a page opened with the token. */
export function tokenCookie(port: number, token: string): string {
  return `${cookieName(port)}=${token}; Path=/${PACK_IMAGES_SEGMENT}/; HttpOnly; SameSite=Strict`;
}

export function hasTokenCookie(request: IncomingMessage, port: number, token: string): boolean {
  const name = cookieName(port);
  return (request.headers.cookie ?? '')
    .split(';')
    .map((part) => part.trim())
    .some((part) => part.startsWith(`${name}=`) && sameToken(part.slice(name.length + 1), token));
}
