/**
 * The per-run token of `proctor serve`: in the Authorization header (what the app sends) or in a
 * cookie set when the printed URL is opened, so a new tab or a bookmark of the same browser stays
 * connected. The cookie is HttpOnly (page scripts cannot read it) and SameSite=Strict (no other
 * site's page can send it); the Host and Origin checks still apply to every call.
 */
import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** Cookies are shared by every port of 127.0.0.1: the port in the name keeps two servers apart. */
export const cookieName = (port: number) => `proctor-${port}`;

export function tokenCookie(port: number, token: string): string {
  return `${cookieName(port)}=${token}; HttpOnly; SameSite=Strict; Path=/`;
}

function same(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function cookieValue(request: IncomingMessage, name: string): string | undefined {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return undefined;
}

export function hasToken(request: IncomingMessage, token: string, port: number): boolean {
  const header = request.headers.authorization ?? '';
  if (header.startsWith('Bearer ') && same(header.slice(7), token)) return true;
  const cookie = cookieValue(request, cookieName(port));
  return cookie !== undefined && same(cookie, token);
}

/** The token in a URL the user opened (`/?token=…`), when it is the right one. */
export function tokenInUrl(url: URL, token: string): boolean {
  const given = url.searchParams.get('token');
  return given !== null && same(given, token);
}

export const NOT_CONNECTED =
  'This page is not connected to Proctor. Open the address that proctor serve printed in its terminal (it ends with ?token=); ' +
  'this browser then stays connected, in every tab, until Proctor stops.';
