import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { directionOf, languageOf, matchLocale } from './locale.js';
import { onTranslationRegistered, translationFor, type UpwardTranslation } from './translation.js';

type Host = ReactiveControllerHost & HTMLElement;

type Part = keyof UpwardTranslation;

// One observer for the whole page: a change of any `lang` attribute, of the browser's language
// or of the registered translations re-renders every element.
const hosts = new Set<Host>();
let observer: MutationObserver | undefined;

function watchLanguages(host: Host) {
  hosts.add(host);
  if (observer) return;
  const renderAll = () => {
    for (const each of hosts) each.requestUpdate();
  };
  observer = new MutationObserver(renderAll);
  observer.observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['lang'],
    subtree: true,
  });
  window.addEventListener('languagechange', renderAll);
  onTranslationRegistered(renderAll);
}

/**
 * Gives an element its strings, language and direction, following `lang` changes and newly
 * registered translations at run time. Read `t` (the strings of `part`), `lang` (for Intl) and
 * `dir` while rendering. A language speaks only once its translation is registered; until then
 * the element speaks English, left to right.
 */
export class LocalizeController<P extends Part = 'common'> implements ReactiveController {
  /** The language resolved at the last update. */
  lang = 'en';
  dir: 'ltr' | 'rtl' = 'ltr';
  t: UpwardTranslation[P];
  /** The registered locale whose strings are in use (`en` for the built-in English). */
  locale = 'en';
  #translation: UpwardTranslation | undefined;

  constructor(
    private readonly host: Host,
    private readonly part: P,
    private readonly english: UpwardTranslation[P],
  ) {
    this.t = english;
    host.addController(this);
  }

  hostConnected() {
    watchLanguages(this.host);
  }

  hostDisconnected() {
    hosts.delete(this.host);
  }

  hostUpdate() {
    const wanted = languageOf(this.host);
    const locale = matchLocale(wanted);
    this.lang = locale ? canonical(wanted, locale) : 'en';
    this.dir = directionOf(this.lang);
    this.locale = locale ?? 'en';
    this.#translation = translationFor(this.locale);
    this.t = this.pick(this.part, this.english);
  }

  /** Another part of the strings (an element's own) in the same locale, `english` if none. */
  pick<Other extends Part>(
    part: Other,
    english: UpwardTranslation[Other],
  ): UpwardTranslation[Other] {
    return this.#translation?.[part] ?? english;
  }

  date(value: string | Date, options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' }) {
    return new Intl.DateTimeFormat(this.lang, options).format(new Date(value));
  }

  number(value: number, options?: Intl.NumberFormatOptions) {
    return new Intl.NumberFormat(this.lang, options).format(value);
  }

  /** "in 3 days", "2 weeks ago": the nearest whole unit. */
  relative(value: string | Date, now = Date.now()) {
    const seconds = (new Date(value).getTime() - now) / 1000;
    const format = new Intl.RelativeTimeFormat(this.lang, { numeric: 'auto' });
    const units: [Intl.RelativeTimeFormatUnit, number][] = [
      ['year', 31_536_000],
      ['month', 2_592_000],
      ['week', 604_800],
      ['day', 86_400],
      ['hour', 3_600],
      ['minute', 60],
    ];
    for (const [unit, size] of units) {
      if (Math.abs(seconds) >= size) return format.format(Math.round(seconds / size), unit);
    }
    return format.format(Math.round(seconds / 60), 'minute');
  }
}

/** A tag Intl accepts (`en_US` → `en-US`); the locale itself when the page's tag is malformed. */
function canonical(tag: string, fallback: string): string {
  try {
    return Intl.getCanonicalLocales(tag.trim().replaceAll('_', '-'))[0] ?? fallback;
  } catch {
    return fallback;
  }
}
