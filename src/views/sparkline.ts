/**
 * A compact text sparkline of rates (0–1), one character per session: ▁ for 0 % up to █ for 100 %, and · for a
 * session with nothing behind it (no prompt went out). Text, not an image: an image block needs a file Slack lets
 * every viewer see, and the Home tab and the channel can show this as it is. Always shown beside the numbers,
 * which are what a screen reader reads.
 */
const BARS = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'] as const;
export const SPARK_NONE = '·';

export function sparkline(rates: ReadonlyArray<number | null>): string {
  return rates
    .map((rate) => (rate === null ? SPARK_NONE : BARS[Math.max(0, Math.min(BARS.length - 1, Math.round(rate * (BARS.length - 1))))]))
    .join('');
}
