import { describe, expect, it } from 'vitest';
import { hrefOf, parseRoute, type Route } from '../../src/renderer/lib/routes.ts';

describe('the route table', () => {
  it.each<Route>([
    { name: 'home' },
    { name: 'history' },
    { name: 'import' },
    { name: 'exam', attemptId: 'mh3k-9f2a' },
    { name: 'review', attemptId: 'a/b c', query: { filter: 'incorrect', q: '12' } },
  ])('builds a link that parses back to the same route: %o', (route) => {
    expect(parseRoute(hrefOf(route))).toEqual(route);
  });

  it('sends unknown or incomplete paths home', () => {
    expect(parseRoute('#/nowhere')).toEqual({ name: 'home' });
    expect(parseRoute('#/exam/')).toEqual({ name: 'home' });
    expect(parseRoute('#/results/%E0%A4%A')).toEqual({ name: 'home' });
  });
});
