/** Hash routes, so a reload (or a crash and restart) comes back to the same screen. */

export type Route =
  | { name: 'home' }
  | { name: 'exam'; attemptId: string }
  | { name: 'results'; attemptId: string }
  | { name: 'review'; attemptId: string }
  | { name: 'history' };

export function parseRoute(hash: string): Route {
  const [name, id] = hash.replace(/^#\/?/, '').split('/');
  const attemptId = id ? decodeURIComponent(id) : '';
  if ((name === 'exam' || name === 'results' || name === 'review') && attemptId) return { name, attemptId };
  if (name === 'history') return { name: 'history' };
  return { name: 'home' };
}

export function hrefOf(route: Route): string {
  return route.name === 'home' || route.name === 'history'
    ? `#/${route.name === 'home' ? '' : 'history'}`
    : `#/${route.name}/${encodeURIComponent(route.attemptId)}`;
}

class Router {
  route = $state<Route>(parseRoute(window.location.hash));

  constructor() {
    window.addEventListener('hashchange', () => {
      this.route = parseRoute(window.location.hash);
    });
  }

  go(route: Route, replace = false): void {
    const href = hrefOf(route);
    if (replace) history.replaceState(history.state, '', href);
    else history.pushState(history.state, '', href);
    this.route = route;
  }
}

export const router = new Router();
