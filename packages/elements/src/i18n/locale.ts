import { translationFor } from './translation.js';

/**
 * The locales Upward ships strings for: English built in, German and Arabic as opt-in modules
 * (`@upward/elements/locales/de`, `/ar`). Any language not registered falls back to English.
 */
export const locales = ['en', 'de', 'ar'] as const;
export type Locale = (typeof locales)[number];

const rightToLeft = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'sd', 'yi']);

/**
 * The registered locale to use for a BCP 47 tag: the tag itself (`de-ch`), else its language
 * (`de-CH` → `de`), else undefined. English is always there.
 */
export function matchLocale(tag: string | null | undefined): string | undefined {
  const wanted = tag?.trim().toLowerCase().replaceAll('_', '-');
  if (!wanted) return undefined;
  const language = wanted.split('-')[0] as string;
  return [wanted, language].find((each) => each === 'en' || translationFor(each));
}

export function directionOf(tag: string): 'ltr' | 'rtl' {
  return rightToLeft.has(tag.toLowerCase().split(/[-_]/)[0] ?? '') ? 'rtl' : 'ltr';
}

/**
 * The language an element should speak: its own `lang`, then its ancestors' (crossing shadow
 * roots), then `<html lang>`, then the browser's.
 */
export function languageOf(element: Element): string {
  let node: Element | null = element;
  while (node) {
    const lang = node.getAttribute('lang');
    if (lang) return lang;
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);
  }
  return document.documentElement.lang || navigator.language || 'en';
}

/**
 * Picks the plural form for `count` in `lang` and fills in `{n}` with the formatted number.
 * `other` is required; each language adds the forms it has (`one`, `two`, `few`, `many`).
 * `zero`, when given, is used for 0 in every language (like ICU's `=0`).
 */
export function plural(
  lang: string,
  count: number,
  forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string },
): string {
  const form =
    (count === 0 ? forms.zero : undefined) ??
    forms[new Intl.PluralRules(lang).select(count)] ??
    forms.other;
  return form.replaceAll('{n}', new Intl.NumberFormat(lang).format(count));
}

export function formatNumber(lang: string, value: number): string {
  return new Intl.NumberFormat(lang).format(value);
}

/** "A, B and C"; `more` (e.g. "2 others") goes last. */
export function formatList(lang: string, names: readonly string[], more: string | undefined) {
  const all = more ? [...names, more] : [...names];
  return new Intl.ListFormat(lang, { type: 'conjunction' }).format(all);
}
