/**
 * Which component shows each route. Each screen is its own chunk, loaded when first opened, so
 * the first screen does not carry the markdown renderer, the exam or the charts.
 */
import type { Component } from 'svelte';
import type { RouteName, RouteQuery } from './lib/routes.ts';

/** Every screen takes the same props: the route's attempt id ('' when it has none) and query. */
export interface ScreenProps {
  attemptId: string;
  query: RouteQuery;
}

type ScreenModule = { default: Component<ScreenProps> };

export const SCREENS: Record<RouteName, () => Promise<ScreenModule>> = {
  home: () => import('./features/home/Home.svelte'),
  history: () => import('./features/history/History.svelte'),
  progress: () => import('./features/progress/Progress.svelte'),
  import: () => import('./features/import/Import.svelte'),
  drill: () => import('./features/drill/Drill.svelte'),
  notes: () => import('./features/notes/Notes.svelte'),
  settings: () => import('./features/settings/Settings.svelte'),
  reports: () => import('./features/reports/Reports.svelte'),
  exam: () => import('./features/exam/Exam.svelte'),
  results: () => import('./features/results/Results.svelte'),
  review: () => import('./features/attempt-review/AttemptReview.svelte'),
};
