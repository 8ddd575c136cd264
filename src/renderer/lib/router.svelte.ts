/** The current route as state: follows the address bar, and moves it when the app navigates. */
import { hrefOf, parseRoute, type Route } from './routes.ts';

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

  /** Changes the query of the current screen (a filter, a question number) without a new entry. */
  setQuery(query: Record<string, string>): void {
    const clean = Object.fromEntries(Object.entries(query).filter(([, value]) => value !== ''));
    this.go({ ...this.route, query: clean }, true);
  }
}

export const router = new Router();
export { hrefOf };
