// Charts (uPlot, canvas): lines over blocks, bars over named things or bins, and stacked bars.
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
/** The plots last drawn, destroyed when the charts are drawn again (each listens to the window). */
let onScreen: uPlot[] = [];

/** Replaces the charts in `container` with charts of `specs`, side by side as wide as it allows. */
export function drawCharts(container: HTMLElement, specs: ChartSpec[]): void {
  for (const plot of onScreen) plot.destroy();
  const width = Math.max(320, Math.floor((container.clientWidth || 1200) / 2) - 48);
  const drawn: uPlot[] = [];
  container.replaceChildren(...specs.map((spec) => {
    const figure = h('figure', {
      class: 'chart',
      'data-testid': spec.testId,
      'data-points': spec.empty === null ? spec.x.length : 0,
      'data-x': JSON.stringify(spec.x),
      'data-values': JSON.stringify(Object.fromEntries(spec.series.map((s) => [s.label, s.values]))),
    }, h('figcaption', {}, spec.title));
    if (spec.empty !== null) figure.append(h('p', { class: 'chart-empty' }, spec.empty));
    else drawn.push(new uPlot(plotOptions(spec, width), plotData(spec), figure));
    return figure;
  }));
  onScreen = drawn;
}

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

/** uPlot's options for `spec` at `width` pixels. */
function plotOptions(spec: ChartSpec, width: number): uPlot.Options {
  const ordered = spec.stacked ? [...spec.series].reverse() : spec.series;
  const barWidth = spec.categories ? 0.6 : 0.8;
  const anyBars = spec.stacked || spec.series.some((s) => s.bars);
  const { categories } = spec;
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
        ...(categories ? { splits: () => spec.x, values: (_u: uPlot, splits: number[]) => splits.map((i) => categories[i] ?? '') } : {}),
      },
      { label: spec.yLabel, size: 60 },
    ],
    series: [
      { label: spec.xLabel, value: (_u, v) => (v === null ? '' : categories ? categories[v] ?? '' : String(v)) },
      ...ordered.map((s): uPlot.Series => ({
        label: s.label,
        stroke: s.color,
        fill: s.bars || spec.stacked ? s.color : undefined,
        width: 2,
        points: { show: !s.bars && !spec.stacked && spec.x.length < 40 },
        paths: s.bars || spec.stacked ? uPlot.paths.bars!({ size: [barWidth, 40] }) : undefined,
        // Stacked: the legend tells the series' own value, not the running total.
        value: spec.stacked ? (_u, _v, _si, idx) => (idx === null ? '' : String(s.values[idx])) : undefined,
      })),
    ],
  };
}
