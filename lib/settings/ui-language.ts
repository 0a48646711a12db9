import { storage } from 'wxt/utils/storage';
import { pickLocale, type UiLocale } from '../i18n';

/** The interface language the user chose: follow the browser, or a fixed one. */
export type UiLanguage = 'auto' | 'en' | 'fr';
export const UI_LANGUAGES: readonly UiLanguage[] = ['auto', 'en', 'fr'];

/** Anything stored that is not a known choice reads as "auto" (never crash on bad storage). */
export function readUiLanguage(stored: unknown): UiLanguage {
  return UI_LANGUAGES.includes(stored as UiLanguage) ? (stored as UiLanguage) : 'auto';
}

/** The locale to show: the fixed choice, or the browser language for "auto". */
export function resolveUiLocale(language: UiLanguage, browserLanguage: string | undefined): UiLocale {
  return language === 'auto' ? pickLocale(browserLanguage) : language;
}

const uiLanguageItem = storage.defineItem<UiLanguage>('local:uiLanguage', {
  fallback: 'auto',
  version: 1,
});

export async function loadUiLanguage(): Promise<UiLanguage> {
  return readUiLanguage(await uiLanguageItem.getValue());
}

export async function saveUiLanguage(language: UiLanguage): Promise<void> {
  await uiLanguageItem.setValue(readUiLanguage(language));
}

export function watchUiLanguage(callback: (language: UiLanguage) => void): () => void {
  return uiLanguageItem.watch((value) => callback(readUiLanguage(value)));
}
