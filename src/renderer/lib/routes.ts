/**
 * The one route table: every screen's hash path, read by the router (parse and build links) and
 * by App (which screen to show, which get the navigation bar). Hash routes, so a reload (or a
 * crash and restart) comes back to the same screen.
 */

interface RouteSpec {
  /** First path segment: `#/history`, `#/exam/<attemptId>`. */
  segment: string;
  /** The screen needs an attempt id as the second segment. */
  needsAttempt?: true;
  /** Shown in the main navigation with this label. */
  nav?: string;
  /** Shown alone, without the app's header (the exam, like the real test centre's screen). */
  bare?: true;
}

export const ROUTES = {
  home: { segment: '', nav: 'Home' },
  history: { segment: 'history', nav: 'History' },
  progress: { segment: 'progress', nav: 'Progress' },
  import: { segment: 'import', nav: 'Import questions' },
  /**
   * The custom drill builder, filled from its query so any screen can link to it:
   * `#/drill?pack=dva-c02&domains=2,3&tasks=1.1&topics=lambda,sqs&source=missed&count=10`
   * `&timing=none|exam-pace|fixed&minutes=15&feedback=practice|exam&reveal=on-check|at-once`.
   * source: all, unseen, missed, flagged, due, weakest. Every key is optional.
   */
  drill: { segment: 'drill', nav: 'Custom drill' },
  notes: { segment: 'notes', nav: 'Notes' },
  settings: { segment: 'settings', nav: 'Settings' },
  reports: { segment: 'reports' },
  exam: { segment: 'exam', needsAttempt: true, bare: true },
  results: { segment: 'results', needsAttempt: true },
  review: { segment: 'review', needsAttempt: true },
} as const satisfies Record<string, RouteSpec>;

export type RouteName = keyof typeof ROUTES;
type NeedsAttempt = { [K in RouteName]: (typeof ROUTES)[K] extends { needsAttempt: true } ? K : never }[RouteName];

/** Query parameters after the path (`#/review/a1?filter=incorrect`): screen state worth a link. */
export type RouteQuery = Readonly<Record<string, string>>;

export type Route =
  { name: Exclude<RouteName, NeedsAttempt>; query?: RouteQuery } | { name: NeedsAttempt; attemptId: string; query?: RouteQuery };

const NAMES = Object.keys(ROUTES) as RouteName[];

export function parseRoute(hash: string): Route {
  const [path = '', search = ''] = hash.replace(/^#\/?/, '').split('?');
  const [segment = '', id] = path.split('/');
  const query = Object.fromEntries(new URLSearchParams(search));
  const withQuery = Object.keys(query).length > 0 ? { query } : {};
  const name = NAMES.find((n) => ROUTES[n].segment === segment);
  if (!name) return { name: 'home' };
  if ('needsAttempt' in ROUTES[name]) {
    const attemptId = id ? safeDecode(id) : '';
    return attemptId ? { name: name as NeedsAttempt, attemptId, ...withQuery } : { name: 'home' };
  }
  return { name: name as Exclude<RouteName, NeedsAttempt>, ...withQuery };
}

export function hrefOf(route: Route): string {
  const spec = ROUTES[route.name];
  const path = 'attemptId' in route ? `${spec.segment}/${encodeURIComponent(route.attemptId)}` : spec.segment;
  const search = route.query && Object.keys(route.query).length > 0 ? `?${new URLSearchParams(route.query).toString()}` : '';
  return `#/${path}${search}`;
}

export function isBare(route: Route): boolean {
  return 'bare' in ROUTES[route.name];
}

export const NAV_ROUTES = NAMES.flatMap((name) => {
  const spec: RouteSpec = ROUTES[name];
  return spec.nav ? [{ name, label: spec.nav }] : [];
}) as { name: Exclude<RouteName, NeedsAttempt>; label: string }[];

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return '';
  }
}
