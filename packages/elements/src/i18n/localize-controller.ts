import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { directionOf, type Locale, languageOf, matchLocale, type Translations } from './locale.js';

type Host = ReactiveControllerHost & HTMLElement;

// One observer for the whole page: a change of any `lang` attribute re-renders every element.
const hosts = new Set<Host>();
let observer: MutationObserver | undefined;

function watchLanguages(host: Host) {
  hosts.add(host);
  if (observer) return;
  observer = new MutationObserver(() => {
    for (const each of hosts) each.requestUpdate();
  });
  observer.observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['lang'],
    subtree: true,
  });
  window.addEventListener('languagechange', () => {
    for (const each of hosts) each.requestUpdate();
  });
}

/**
 * Gives an element its strings, language and direction, following `lang` changes at run time.
 * Read `t` (the strings), `lang` (for Intl) and `dir` while rendering.
 */
export class LocalizeController<Strings> implements ReactiveController {
  /** The language resolved at the last update. */
  lang = 'en';
  dir: 'ltr' | 'rtl' = 'ltr';
  t: Strings;
  /** The locale whose strings are in use. */
  locale: Locale = 'en';

  constructor(
    private readonly host: Host,
    private readonly translations: Translations<Strings>,
  ) {
    this.t = translations.en;
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
    this.lang = locale ? wanted : 'en';
    this.dir = directionOf(this.lang);
    this.locale = locale ?? 'en';
    this.t = this.translations[this.locale];
  }

  /** Another set of strings (an element's own) in the same locale. */
  pick<Other>(translations: Translations<Other>): Other {
    return translations[this.locale];
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
