/** A chart as an attachment: chart.js loads with the first chart drawn, not with the app. */
import type { Attachment } from 'svelte/attachments';
import type * as ChartsModule from './charts.ts';

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
