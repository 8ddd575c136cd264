/** A chart as an attachment: chart.js loads with the first chart drawn, not with the app. */
import type { Attachment } from 'svelte/attachments';
import type { NamedPoint } from '../../lib/chart-labels.ts';
import { router } from '../../lib/router.svelte.ts';
import type * as ChartsModule from './charts.ts';
import type { DomainSeries, ScorePoint } from './charts.ts';

export type Charts = typeof ChartsModule;

export function lazyChart(
  draw: (charts: Charts, canvas: HTMLCanvasElement) => () => void,
  onDrawn = () => {},
): Attachment<HTMLCanvasElement> {
  return (canvas) => {
    let cleanup: (() => void) | undefined;
    let cancelled = false;
    void import('./charts.ts').then((charts) => {
      if (cancelled) return;
      cleanup = draw(charts, canvas);
      onDrawn();
    });
    return () => {
      cancelled = true;
      cleanup?.();
    };
  };
}

/** What the two mock-exam charts show: the scores over time, and percent correct per domain. */
export interface MockChartData {
  scores: ScorePoint[];
  passMark: number;
  domainPoints: NamedPoint[];
  domains: DomainSeries[];
  passPercent: number;
}

/** The score chart and the per-domain chart of History and Progress; a point opens its results. */
export function mockExamCharts(data: () => MockChartData, onDrawn: () => void) {
  const open = (attemptId: string) => router.go({ name: 'results', attemptId });
  return {
    scoreChart: lazyChart((charts, canvas) => {
      const { scores, passMark } = data();
      return charts.drawScoreChart(canvas, scores, passMark, open);
    }, onDrawn),
    domainChart: lazyChart((charts, canvas) => {
      const { domainPoints, domains, passPercent } = data();
      return charts.drawDomainChart(canvas, domainPoints, domains, passPercent, open);
    }, onDrawn),
  };
}
