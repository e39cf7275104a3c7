/** The locales Upward ships strings for. Any other language falls back to English. */
export const locales = ['en', 'de', 'ar'] as const;
export type Locale = (typeof locales)[number];

/** Strings of one element in every locale; each locale must give every string English has. */
export type Translations<Strings> = Record<Locale, Strings>;

const rightToLeft = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'sd', 'yi']);

/** The locale Upward uses for a BCP 47 tag (`de-CH` → `de`), or undefined when none matches. */
export function matchLocale(tag: string | null | undefined): Locale | undefined {
  const language = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return locales.find((locale) => locale === language);
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
