/**
 * chart.js, registered with only what our charts use, and loaded on demand so the first screen
 * does not pay for it. Every chart names its points (axis labels that tell attempts of one day
 * apart, tooltips with the title, kind, date and score) and opens an attempt's results on a click;
 * the screens put a table with the same figures and links beside each chart.
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
  type ChartDataset,
  type ChartEvent,
  type Plugin,
} from 'chart.js';
import { axisLabels, pointTitle, type NamedPoint } from '../../lib/chart-labels.ts';

Chart.register(LineController, LineElement, PointElement, LinearScale, CategoryScale, BarController, BarElement, Legend, Tooltip);

export const PALETTE = ['#2563eb', '#9333ea', '#ea580c', '#0d9488', '#ca8a04', '#db2777'];
const color = (name: string, fallback: string) => getComputedStyle(document.documentElement).getPropertyValue(name).trim() || fallback;

/** A horizontal dashed line across the whole plot with its label, visible even with one point. */
function levelLine(value: number, label: string): Plugin {
  return {
    id: 'levelLine',
    afterDatasetsDraw(chart) {
      const { ctx, chartArea, scales } = chart;
      const y = scales.y!.getPixelForValue(value);
      ctx.save();
      ctx.strokeStyle = ctx.fillStyle = color('--pass', '#16a34a');
      ctx.setLineDash([6, 4]);
      ctx.lineWidth = 2;
      ctx.beginPath();
      ctx.moveTo(chartArea.left, y);
      ctx.lineTo(chartArea.right, y);
      ctx.stroke();
      ctx.fillText(label, chartArea.left + 6, y - 6);
      ctx.restore();
    },
  };
}

/** Where each attempt's point is drawn (for tests and tools that click a point). */
const pointsAt: Plugin = {
  id: 'pointsAt',
  afterRender(chart) {
    const meta = chart.getDatasetMeta(0);
    chart.canvas.dataset.pointsAt = JSON.stringify(meta.data.map((e) => [Math.round(e.x), Math.round(e.y)]));
  },
};

interface Options {
  points: NamedPoint[];
  datasets: ChartDataset<'line' | 'bar', (number | null)[]>[];
  type: 'line' | 'bar';
  yMin: number;
  yMax: number;
  yTitle: string;
  level?: { value: number; label: string };
  /** The tooltip's value line for dataset `d` at point `i`. */
  valueText: (d: number, i: number) => string;
  onOpen: (attemptId: string) => void;
}

function draw(canvas: HTMLCanvasElement, o: Options): () => void {
  const chart = new Chart(canvas, {
    type: o.type,
    data: { labels: axisLabels(o.points), datasets: o.datasets as ChartDataset<'line', (number | null)[]>[] },
    plugins: [...(o.level ? [levelLine(o.level.value, o.level.label)] : []), pointsAt],
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      interaction: { mode: 'index', intersect: false },
      scales: { y: { min: o.yMin, max: o.yMax, title: { display: true, text: o.yTitle } } },
      onHover: (event: ChartEvent, elements) => {
        (event.native?.target as HTMLElement | undefined)?.style.setProperty('cursor', elements.length ? 'pointer' : 'default');
      },
      onClick: (_event, elements) => {
        const point = elements[0] ? o.points[elements[0].index] : undefined;
        if (point) o.onOpen(point.attemptId);
      },
      plugins: {
        legend: { display: o.datasets.length > 1 },
        tooltip: {
          callbacks: {
            title: (items) => (items[0] ? pointTitle(o.points[items[0].dataIndex]!) : ''),
            label: (item) => o.valueText(item.datasetIndex, item.dataIndex),
            footer: () => 'Click to open its results',
          },
        },
      },
    },
  });
  return () => chart.destroy();
}

export interface ScorePoint extends NamedPoint {
  scaledScore: number;
  percent: number;
  movingAverage: number;
}

/** Mock exams' scaled scores, their moving average and the pass line. */
export function drawScoreChart(canvas: HTMLCanvasElement, points: ScorePoint[], passMark: number, onOpen: (id: string) => void) {
  const accent = color('--accent', '#2563eb');
  return draw(canvas, {
    type: 'line',
    points,
    datasets: [
      {
        label: 'Scaled score (estimate)',
        data: points.map((p) => p.scaledScore),
        borderColor: accent,
        backgroundColor: accent,
        pointRadius: points.length > 200 ? 0 : 3,
      },
      {
        label: 'Moving average (3 mock exams)',
        data: points.map((p) => p.movingAverage),
        borderColor: '#9333ea',
        backgroundColor: '#9333ea',
        borderDash: [3, 3],
        pointRadius: 0,
      },
    ],
    yMin: 100,
    yMax: 1000,
    yTitle: 'Scaled score',
    level: { value: passMark, label: `pass ${passMark}` },
    valueText: (d, i) =>
      d === 0 ? `Score ${points[i]!.scaledScore} (${points[i]!.percent}% correct)` : `Moving average ${points[i]!.movingAverage}`,
    onOpen,
  });
}

export interface DomainSeries {
  label: string;
  /** Percent correct per point; null where the attempt had no question of the domain. */
  values: (number | null)[];
}

/** A line (or a bar group) per domain: percent correct in each attempt, with the pass-equivalent percent. */
export function drawDomainChart(
  canvas: HTMLCanvasElement,
  points: NamedPoint[],
  series: DomainSeries[],
  passPercent: number,
  onOpen: (id: string) => void,
  type: 'line' | 'bar' = 'line',
) {
  return draw(canvas, {
    type,
    points,
    datasets: series.map((s, i) => ({
      label: s.label,
      data: s.values,
      borderColor: PALETTE[i % PALETTE.length],
      backgroundColor: PALETTE[i % PALETTE.length],
      spanGaps: true,
    })),
    yMin: 0,
    yMax: 100,
    yTitle: '% correct',
    level: { value: passPercent, label: `pass-equivalent ${passPercent}%` },
    valueText: (d, i) => `${series[d]!.label}: ${series[d]!.values[i] ?? '—'}%`,
    onOpen,
  });
}
