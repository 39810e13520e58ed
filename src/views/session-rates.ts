import type { Messages } from '../i18n';
import { sparkline } from './sparkline';
import { rateText } from './summary';

/**
 * A rate per session as a sparkline and in numbers ("1: 75% · 2: 80%"): the sparkline for the eye, the numbers
 * for everyone (and screen readers). `inProgress` marks the last session as still under way.
 */
export function sessionRates(messages: Messages, rates: ReadonlyArray<number | null>, inProgress = false): { sparkline: string; rates: string } {
  const numbers = rates.map((rate, index) => {
    const text = `${index + 1}: ${rateText(messages, rate)}`;
    return inProgress && index === rates.length - 1 ? messages.sessionRateSoFar({ rate: text }) : text;
  });
  return { sparkline: sparkline(rates), rates: numbers.join(' · ') };
}
