// Charts (uPlot, canvas): lines over blocks, bars over named things or bins, and stacked bars.
// Each plot is made once and redrawn with `setData` (and `setSize` when its width changes).
// Each chart is a <figure> with a `data-testid`, `data-points` (how many x positions it drew,
// 0 for its empty state), `data-x` and `data-values` (JSON: the positions and each series'
// values as drawn), so tests can compare a chart with the chain.
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import './charts.css';
import { h } from './ui';

/** One series of values, one per x position. */
export interface ChartSeries {
  label: string;
  values: number[];
  color: string;
  /** Drawn as bars (else as a line). */
  bars?: boolean;
}

/** What a chart shows. */
export interface ChartSpec {
  testId: string;
  title: string;
  /** The x positions: block numbers, bins, or indexes of `categories`. */
  x: number[];
  /** Names of the x positions (bars over providers); omitted for numbers. */
  categories?: string[];
  series: ChartSeries[];
  /** Stacks the series' bars (the first at the bottom); the legend keeps each one's own value. */
  stacked?: boolean;
  xLabel: string;
  yLabel: string;
  /** Shown instead of the chart when there is nothing to draw; null to draw. */
  empty: string | null;
}

/** Colours of the series, in order of use across the charts. */
export const PALETTE = { blue: '#2f6fdb', green: '#2e9b4f', red: '#d1453b', orange: '#e08a1e', grey: '#6b7280' };

const HEIGHT = 220;

/** A chart on screen: its figure, its plot (null while it shows its empty state) and the spec last drawn. */
interface Chart {
  figure: HTMLElement;
  plot: uPlot | null;
  /** What the plot's options were made from: a new one is made only when this changes. */
  shape: string;
  spec: ChartSpec;
}

/** The charts on screen, by `testId`: each plot is made once and then given new data (`setData`). */
const onScreen = new Map<string, Chart>();

/** The width of each chart in `container`: two side by side, as wide as it allows. */
const widthIn = (container: HTMLElement): number => Math.max(320, Math.floor((container.clientWidth || 1200) / 2) - 48);

/** What a plot's options depend on besides the data (the closures read the chart's current spec). */
const shapeOf = (spec: ChartSpec): string => JSON.stringify([spec.xLabel, spec.yLabel, spec.stacked === true, spec.categories !== undefined,
  spec.series.map((s) => [s.label, s.color, s.bars === true])]);

/**
 * Shows the charts of `specs` in `container`, side by side as wide as it allows: a chart already
 * there gets the new data (and width) without being made again; the others are made, and the
 * ones no longer shown are destroyed.
 */
export function drawCharts(container: HTMLElement, specs: ChartSpec[]): void {
  const width = widthIn(container);
  const wanted = new Set(specs.map((s) => s.testId));
  for (const [id, chart] of onScreen) {
    // Gone with its view (another tab), or no longer asked for.
    if (!wanted.has(id) || chart.figure.parentElement !== container) {
      chart.plot?.destroy();
      onScreen.delete(id);
    }
  }
  const figures = specs.map((spec) => drawChart(spec, width).figure);
  if (figures.some((f, i) => container.children[i] !== f) || container.children.length !== figures.length) container.replaceChildren(...figures);
}

/** Draws `spec` into its chart (made if it is not on screen) at `width` pixels. */
function drawChart(spec: ChartSpec, width: number): Chart {
  let chart = onScreen.get(spec.testId);
  if (!chart) {
    chart = { figure: h('figure', { class: 'chart', 'data-testid': spec.testId }, h('figcaption', {}, spec.title)), plot: null, shape: '', spec };
    onScreen.set(spec.testId, chart);
  }
  const { figure } = chart;
  chart.spec = spec;
  const caption = figure.querySelector('figcaption');
  if (caption && caption.textContent !== spec.title) caption.textContent = spec.title;
  figure.dataset.points = String(spec.empty === null ? spec.x.length : 0);
  figure.dataset.x = JSON.stringify(spec.x);
  figure.dataset.values = JSON.stringify(Object.fromEntries(spec.series.map((s) => [s.label, s.values])));
  const emptyLine = figure.querySelector<HTMLElement>('.chart-empty');
  if (spec.empty !== null) {
    chart.plot?.destroy();
    chart.plot = null;
    if (emptyLine) emptyLine.textContent = spec.empty; else figure.append(h('p', { class: 'chart-empty' }, spec.empty));
    return chart;
  }
  emptyLine?.remove();
  const shape = shapeOf(spec);
  if (chart.plot && chart.shape === shape) {
    if (chart.plot.width !== width) chart.plot.setSize({ width, height: HEIGHT });
    chart.plot.setData(plotData(spec));
  } else {
    chart.plot?.destroy();
    const current = chart;
    chart.plot = new uPlot(plotOptions(() => current.spec, width), plotData(spec), figure);
    chart.shape = shape;
  }
  return chart;
}

/** Fits the charts on screen to their container's width when the window is resized. */
window.addEventListener('resize', () => {
  for (const { figure, plot } of onScreen.values()) {
    const container = figure.parentElement;
    if (!plot || !container) continue;
    const width = widthIn(container);
    if (plot.width !== width) plot.setSize({ width, height: HEIGHT });
  }
});

/**
 * The data uPlot draws: x, then each series (cumulative when stacked, the tallest first so that
 * it lies below); a bar of 0 is left out (null) rather than drawn as a line on the axis.
 */
function plotData(spec: ChartSpec): uPlot.AlignedData {
  const noZeroBars = (values: number[], bars: boolean) => (bars ? values.map((v) => (v === 0 ? null : v)) : values);
  if (!spec.stacked) return [spec.x, ...spec.series.map((s) => noZeroBars(s.values, s.bars === true))];
  const totals = spec.series.map((_, i) => spec.x.map((_x, j) => spec.series.slice(0, i + 1).reduce((sum, s) => sum + s.values[j], 0)));
  return [spec.x, ...totals.reverse().map((values) => noZeroBars(values, true))];
}

/**
 * uPlot's options for the chart whose current spec `specNow` gives, at `width` pixels. The parts
 * that follow the data (category names, points shown, a stacked series' own values) read the
 * current spec, so `setData` alone redraws them.
 */
function plotOptions(specNow: () => ChartSpec, width: number): uPlot.Options {
  const spec = specNow();
  const ordered = spec.stacked ? [...spec.series].reverse() : spec.series;
  const barWidth = spec.categories ? 0.6 : 0.8;
  const anyBars = spec.stacked || spec.series.some((s) => s.bars);
  const categoryOf = (i: number): string => specNow().categories?.[i] ?? '';
  return {
    width,
    height: HEIGHT,
    legend: { show: true },
    scales: {
      x: {
        time: false,
        range: (_u, min, max) => (anyBars ? [min - 0.5, max + 0.5] : min === max ? [min - 1, max + 1] : [min, max]),
      },
      y: { range: (_u, _min, max) => [0, max > 0 ? max * 1.1 : 1] },
    },
    axes: [
      {
        label: spec.xLabel,
        incrs: [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000],
        ...(spec.categories ? { splits: () => specNow().x, values: (_u: uPlot, splits: number[]) => splits.map(categoryOf) } : {}),
      },
      { label: spec.yLabel, size: 60 },
    ],
    series: [
      { label: spec.xLabel, value: (_u, v) => (v === null ? '' : spec.categories ? categoryOf(v) : String(v)) },
      ...ordered.map((s): uPlot.Series => {
        const index = spec.series.indexOf(s);
        return {
          label: s.label,
          stroke: s.color,
          fill: s.bars || spec.stacked ? s.color : undefined,
          width: 2,
          points: { show: () => !s.bars && !spec.stacked && specNow().x.length < 40 },
          paths: s.bars || spec.stacked ? uPlot.paths.bars!({ size: [barWidth, 40] }) : undefined,
          // Stacked: the legend tells the series' own value, not the running total.
          value: spec.stacked ? (_u, _v, _si, idx) => (idx === null ? '' : String(specNow().series[index]?.values[idx] ?? '')) : undefined,
        };
      }),
    ],
  };
}
