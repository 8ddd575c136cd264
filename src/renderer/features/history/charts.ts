/**
 * chart.js, registered with only what our two charts use, and loaded on demand so the first
 * screen does not pay for it.
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  Decimation,
} from 'chart.js';
import type { DomainTrend, ScorePoint } from '../../../core/index.ts';

Chart.register(
  LineController,
  LineElement,
  PointElement,
  LinearScale,
  CategoryScale,
  BarController,
  BarElement,
  Legend,
  Tooltip,
  Decimation,
);

const styles = () => getComputedStyle(document.documentElement);
const color = (name: string, fallback: string) => styles().getPropertyValue(name).trim() || fallback;

/** A horizontal pass line across the whole plot, visible even with a single attempt. */
function passLinePlugin(passMark: number) {
  return {
    id: 'passLine',
    afterDatasetsDraw(chart: Chart) {
      const { ctx, chartArea, scales } = chart;
      const y = scales.y!.getPixelForValue(passMark);
      ctx.save();
      ctx.strokeStyle = color('--pass', '#16a34a');
      ctx.setLineDash([6, 4]);
      ctx.lineWidth = 2;
      ctx.beginPath();
      ctx.moveTo(chartArea.left, y);
      ctx.lineTo(chartArea.right, y);
      ctx.stroke();
      ctx.fillStyle = color('--pass', '#16a34a');
      ctx.fillText(`pass ${passMark}`, chartArea.left + 6, y - 6);
      ctx.restore();
    },
  };
}

export function drawScoreChart(canvas: HTMLCanvasElement, points: ScorePoint[], passMark: number): () => void {
  const labels = points.map((p) => new Date(p.submittedAt).toLocaleDateString());
  const chart = new Chart(canvas, {
    type: 'line',
    data: {
      labels,
      datasets: [
        {
          label: 'Scaled score (estimate)',
          data: points.map((p) => p.scaledScore),
          borderColor: color('--accent', '#2563eb'),
          backgroundColor: color('--accent', '#2563eb'),
          pointRadius: points.length > 200 ? 0 : 3,
        },
      ],
    },
    plugins: [passLinePlugin(passMark)],
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      scales: { y: { min: 100, max: 1000, title: { display: true, text: 'Scaled score' } } },
      plugins: { decimation: { enabled: points.length > 500, algorithm: 'lttb', samples: 500 } },
    },
  });
  return () => chart.destroy();
}

export function drawDomainChart(
  canvas: HTMLCanvasElement,
  domains: DomainTrend[],
  titles: Map<number, string>,
  attemptLabels: string[],
): () => void {
  const palette = ['#2563eb', '#9333ea', '#ea580c', '#0d9488', '#ca8a04', '#db2777'];
  const chart = new Chart(canvas, {
    type: 'bar',
    data: {
      labels: domains.map((d) => `D${d.domain} ${titles.get(d.domain) ?? ''}`.trim()),
      datasets: attemptLabels.map((label, i) => ({
        label,
        data: domains.map((d) => d.recent[i] ?? null),
        backgroundColor: palette[i % palette.length],
      })),
    },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      scales: { y: { min: 0, max: 100, title: { display: true, text: '% correct' } } },
    },
  });
  return () => chart.destroy();
}
