import type { Locale } from '../config';
import { en, type Messages } from './en';
import { sv } from './sv';

export type { Messages };

export const CATALOGS: Record<Locale, Messages> = { en, sv };

/** Slack locales look like `sv-SE` or `en-GB`; anything we do not speak falls back to the default. */
export function resolveLocale(slackLocale: string | null | undefined, fallback: Locale): Locale {
  const language = slackLocale?.slice(0, 2).toLowerCase();
  return language === 'sv' || language === 'en' ? language : fallback;
}

export function messagesFor(locale: Locale): Messages {
  return CATALOGS[locale];
}
