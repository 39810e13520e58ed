import type { Plugin } from 'chart.js';
import type { Messages } from '../i18n';
import type { CycleRates } from '../services/summaries';
import { percentText } from './summary';

/**
 * The summary's chart (PRODUCT.md §8): meeting and reflection rates per cycle as a PNG, drawn on the server with
 * Chart.js on @napi-rs/canvas (Skia; prebuilt binaries ship inside npm packages, so nothing is compiled or
 * downloaded at install, and no browser is involved). The font ships with the app (Inter, from the
 * @expo-google-fonts/inter package) and is registered by path, so labels render the same on a slim container
 * with no system fonts at all. The chart carries labels and numbers only.
 */

export const CHART_FONT_FAMILY = 'Reverse Mentor Inter';
/** Okabe–Ito blue and vermillion: told apart with every common colour-vision deficiency, and by line style too. */
export const CHART_COLOURS = { meeting: '#0072B2', reflection: '#D55E00' } as const;
const WIDTH = 960;
const HEIGHT = 540;
/** Drawn at twice the size, so it stays sharp on high-density screens where Slack shows it. */
const PIXEL_RATIO = 2;

type CanvasModule = typeof import('@napi-rs/canvas');
type ChartModule = typeof import('chart.js');
let libraries: { canvas: CanvasModule; chart: ChartModule } | undefined;

/**
 * Skia and Chart.js, loaded on first use: together they add some 20 MiB to a process, and most scheduler passes
 * (and the sandbox's and tests' processes) never draw a chart.
 */
function chartLibraries(): { canvas: CanvasModule; chart: ChartModule } {
  if (!libraries) {
    const canvas = require('@napi-rs/canvas') as CanvasModule;
    const chart = require('chart.js') as ChartModule;
    chart.Chart.register(chart.LineController, chart.LineElement, chart.PointElement, chart.LinearScale, chart.CategoryScale, chart.Legend, chart.Title);
    libraries = { canvas, chart };
  }
  return libraries;
}

let fontsRegistered = false;

/** Registers the bundled font once; throws when it cannot (the caller posts the summary without its chart). */
export function registerChartFont(): void {
  if (fontsRegistered) return;
  const { GlobalFonts } = chartLibraries().canvas;
  const regular = GlobalFonts.registerFromPath(require.resolve('@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf'), CHART_FONT_FAMILY);
  const bold = GlobalFonts.registerFromPath(require.resolve('@expo-google-fonts/inter/700Bold/Inter_700Bold.ttf'), CHART_FONT_FAMILY);
  if (!regular || !bold) throw new Error('the chart font could not be registered');
  fontsRegistered = true;
}

/** A transparent PNG would show dark labels on Slack's dark theme: paint the background white first. */
const whiteBackground: Plugin<'line'> = {
  id: 'rm_white_background',
  beforeDraw(chart) {
    const { ctx } = chart;
    ctx.save();
    ctx.globalCompositeOperation = 'destination-over';
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, chart.width, chart.height);
    ctx.restore();
  },
};

export interface RatesChart {
  /** The chart's title (in the summary's language). */
  title: string;
  perCycle: readonly CycleRates[];
}

/** Percent (0–100, one decimal at most) of a rate, or null for a cycle with no prompt. */
function percentOf(rate: number | null): number | null {
  return rate === null ? null : Math.round(rate * 1000) / 10;
}

/** The PNG: both rates per cycle, 0–100 % on the y axis, "Session 1…" on the x axis, a title and a legend. */
export async function renderRatesChart(messages: Messages, chart: RatesChart): Promise<Buffer> {
  registerChartFont();
  const { canvas: skia, chart: chartJs } = chartLibraries();
  const canvas = skia.createCanvas(WIDTH, HEIGHT);
  const font = { family: CHART_FONT_FAMILY, size: 14 };
  const instance = new chartJs.Chart(canvas.getContext('2d'), {
    type: 'line',
    data: {
      // A session still under way has no rate yet: its point is left out and its label says so.
      labels: chart.perCycle.map((row) =>
        row.inProgress ? messages.summaryChartSessionInProgress({ cycle: row.cycle }) : messages.summaryChartSession({ cycle: row.cycle }),
      ),
      datasets: [
        {
          label: messages.summaryChartMeetingRate,
          data: chart.perCycle.map((row) => percentOf(row.meetingRate)),
          borderColor: CHART_COLOURS.meeting,
          backgroundColor: CHART_COLOURS.meeting,
          borderWidth: 3,
          pointRadius: 5,
          pointStyle: 'circle',
          clip: false,
        },
        {
          label: messages.summaryChartReflectionRate,
          data: chart.perCycle.map((row) => percentOf(row.responseRate)),
          borderColor: CHART_COLOURS.reflection,
          backgroundColor: CHART_COLOURS.reflection,
          borderWidth: 3,
          borderDash: [10, 6],
          pointRadius: 6,
          pointStyle: 'rectRot',
          clip: false,
        },
      ],
    },
    options: {
      responsive: false,
      animation: false,
      devicePixelRatio: PIXEL_RATIO,
      layout: { padding: { top: 8, right: 16, bottom: 8, left: 8 } },
      plugins: {
        title: { display: true, text: chart.title, font: { ...font, size: 20, weight: 'bold' }, color: '#1d1c1d', padding: { bottom: 12 } },
        legend: { position: 'bottom', labels: { font, color: '#1d1c1d', usePointStyle: true, boxHeight: 9, padding: 24 } },
      },
      scales: {
        // `offset`: half a week of room either side, so the first and last labels and points are never cut.
        x: { offset: true, ticks: { font, color: '#1d1c1d' }, grid: { display: false } },
        y: {
          min: 0,
          max: 100,
          ticks: { font, color: '#1d1c1d', stepSize: 20, callback: (value) => percentText(messages, Number(value)) },
          title: { display: true, text: messages.summaryChartAxis, font, color: '#1d1c1d' },
          grid: { color: '#e8e8e8' },
        },
      },
    },
    plugins: [whiteBackground],
  });
  try {
    return await canvas.encode('png');
  } finally {
    instance.destroy();
  }
}
