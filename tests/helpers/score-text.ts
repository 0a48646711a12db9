import { createFormatters, createTranslator } from '@/lib/i18n';
import { explanationText, reasonText, signalText } from '@/lib/i18n/score-text';
import type { Explanation, Reason, RiskSignal } from '@/lib/model';

/** The scoring model's codes as the card words them, in English and in French. */
const UI = {
  en: { t: createTranslator('en'), fmt: createFormatters('en') },
  fr: { t: createTranslator('fr'), fmt: createFormatters('fr') },
};

export function reasonSays(reason: Reason | undefined, locale: 'en' | 'fr' = 'en'): string | undefined {
  return reason && reasonText(reason, UI[locale].t, UI[locale].fmt);
}

export function signalSays(signal: RiskSignal | undefined, locale: 'en' | 'fr' = 'en'): string | undefined {
  return signal && signalText(signal, UI[locale].t, UI[locale].fmt);
}

export function explanationSays(
  explanation: Explanation | undefined,
  locale: 'en' | 'fr' = 'en',
): string | undefined {
  return explanation && explanationText(explanation, UI[locale].t, UI[locale].fmt);
}
