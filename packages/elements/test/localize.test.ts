// Languages: German and Arabic strings, Arabic plural forms, right-to-left, and `lang` changes
// at run time.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/components/pair-card/pair-card.js';
import type { UpwardPairCard } from '../src/components/pair-card/pair-card.component.js';
import { commonStrings } from '../src/i18n/common.strings.js';
import { directionOf, languageOf, matchLocale, plural } from '../src/i18n/locale.js';
import { LocalizeController } from '../src/i18n/localize-controller.js';
import '../src/locales/ar.js';
import '../src/locales/de.js';
import {
  clientFor,
  completeReview,
  type FreshPair,
  freshPair,
  logSessions,
  unreachableClient,
} from './fixtures.js';
import { loadAfter, part, text, untilState } from './helpers.js';

const facts = (card: UpwardPairCard) =>
  Array.from(part(card, 'details').querySelectorAll('dt'), text);
const sessionCount = (card: UpwardPairCard) =>
  text(part(card, 'details').querySelectorAll('dd')[1]);

const reloaded = (card: UpwardPairCard) => loadAfter(card, () => card.reload());

describe('languages', () => {
  let pair: FreshPair;
  before(async () => {
    pair = await freshPair({ mentorName: 'Jonas Kerr', menteeName: 'Layla Nasser' });
    await logSessions(pair.pairId, pair.mentor.token, 2);
    await completeReview(pair.pairId, pair.mentor.token, 'on-track');
  });

  async function card(lang: string | undefined) {
    const element = await fixture<UpwardPairCard>(html`<upward-pair-card
      lang=${lang ?? ''}
      .client=${await clientFor({ token: pair.mentor.token })}
      pair-id=${pair.pairId}
    ></upward-pair-card>`);
    if (!lang) element.removeAttribute('lang');
    await untilState(element, 'ready');
    return element;
  }

  it('speaks German with lang="de"', async () => {
    const element = await card('de');
    expect(text(part(element, 'mentor').querySelector('[part~="role"]'))).to.equal('Mentor:in');
    expect(text(part(element, 'mentee').querySelector('[part~="role"]'))).to.equal('Lernende:r');
    expect(text(part(element, 'status-badge'))).to.equal('Aktiv');
    expect(facts(element)).to.deep.equal([
      'Nächstes Treffen',
      'Bisherige Treffen',
      'Letzte Überprüfung',
      'Nächste Überprüfung fällig',
    ]);
    expect(sessionCount(element)).to.equal('2 Treffen');
    expect(text(part(element, 'details'))).to.contain('Noch nicht geplant');
    expect(text(part(element, 'details'))).to.contain('Auf Kurs');
    // Dates and distances in German too.
    expect(text(part(element, 'details'))).to.contain('(nächsten Monat)');
    expect(part(element, 'base').getAttribute('aria-label')).to.equal(
      'Jonas Kerr ist Mentor:in von Layla Nasser',
    );
    expect(part(element, 'base').getAttribute('lang')).to.equal('de');
    expect(part(element, 'base').getAttribute('dir')).to.equal('ltr');
    await expect(element).to.be.accessible();
  });

  it('follows the lang of an ancestor, and matches regional tags (de-CH)', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="de-CH">
      <upward-pair-card
        .client=${await clientFor({ token: pair.mentor.token })}
        pair-id=${pair.pairId}
      ></upward-pair-card>
    </div>`);
    const element = wrapper.querySelector('upward-pair-card') as UpwardPairCard;
    await untilState(element, 'ready');
    expect(text(part(element, 'status-badge'))).to.equal('Aktiv');
    expect(part(element, 'base').getAttribute('lang')).to.equal('de-CH');
  });

  it('speaks German in the error and offline states', async () => {
    const element = await fixture<UpwardPairCard>(html`<upward-pair-card
      lang="de"
      .client=${await clientFor({ token: pair.mentor.token })}
      pair-id=${crypto.randomUUID()}
    ></upward-pair-card>`);
    await untilState(element, 'error');
    expect(text(part(element, 'status').querySelector('span'))).to.equal(
      'Das wurde nicht gefunden. Vielleicht wurde es entfernt.',
    );
    expect(text(part(element, 'retry'))).to.equal('Erneut versuchen');
    expect(text(part(element, 'status').querySelector('small'))).to.match(/^Referenz: /);
    await expect(element).to.be.accessible();

    element.client = unreachableClient();
    await untilState(element, 'offline');
    expect(text(part(element, 'status').querySelector('span'))).to.contain(
      'Sie scheinen offline zu sein.',
    );
    element.client = undefined;
    await untilState(element, 'idle');
    expect(text(part(element, 'status'))).to.equal('Melden Sie sich an, um dies zu sehen.');
  });

  it('speaks Arabic with lang="ar", right to left', async () => {
    const element = await card('ar');
    const base = part(element, 'base');
    expect(base.getAttribute('dir')).to.equal('rtl');
    expect(base.getAttribute('lang')).to.equal('ar');
    expect(getComputedStyle(base).direction).to.equal('rtl');
    expect(text(part(element, 'mentor').querySelector('[part~="role"]'))).to.equal('المرشد');
    expect(text(part(element, 'mentee').querySelector('[part~="role"]'))).to.equal('المتعلّم');
    expect(text(part(element, 'status-badge'))).to.equal('نشط');
    expect(facts(element)[0]).to.equal('الجلسة التالية');
    expect(sessionCount(element)).to.equal('جلستان');
    expect(base.getAttribute('aria-label')).to.equal('Jonas Kerr يرشد Layla Nasser');
    // The mentor is still first, in reading order: on the right.
    const mentor = part(element, 'mentor').getBoundingClientRect();
    const mentee = part(element, 'mentee').getBoundingClientRect();
    expect(mentor.left).to.be.greaterThan(mentee.left);
    await expect(element).to.be.accessible();
  });

  it('speaks Arabic in the error state', async () => {
    const element = await fixture<UpwardPairCard>(html`<upward-pair-card
      lang="ar"
      .client=${await clientFor({ token: pair.mentor.token })}
      pair-id=${crypto.randomUUID()}
    ></upward-pair-card>`);
    await untilState(element, 'error');
    expect(part(element, 'base').getAttribute('dir')).to.equal('rtl');
    expect(text(part(element, 'status').querySelector('span'))).to.equal(
      'تعذّر العثور على هذا. ربما تمت إزالته.',
    );
    expect(text(part(element, 'retry'))).to.equal('حاول مرة أخرى');
    expect(text(part(element, 'status').querySelector('small'))).to.match(/^المرجع: \S+$/);
    await expect(element).to.be.accessible();
  });

  it('uses the Arabic plural forms for 0, 1, 2, 3 and 11 sessions', async () => {
    const fresh = await freshPair();
    const element = await fixture<UpwardPairCard>(html`<upward-pair-card
      lang="ar"
      .client=${await clientFor({ token: fresh.mentee.token })}
      pair-id=${fresh.pairId}
    ></upward-pair-card>`);
    await untilState(element, 'ready');
    const number = new Intl.NumberFormat('ar');
    const seen: string[] = [sessionCount(element)];
    for (const [add, total] of [
      [1, 1],
      [1, 2],
      [1, 3],
      [8, 11],
    ] as const) {
      await logSessions(fresh.pairId, fresh.mentor.token, add);
      await reloaded(element);
      expect(element.pair?.stats.sessions).to.equal(total);
      seen.push(sessionCount(element));
    }
    expect(seen).to.deep.equal([
      'لا جلسات بعد', // zero
      'جلسة واحدة', // one
      'جلستان', // two
      `${number.format(3)} جلسات`, // few (3 to 10)
      `${number.format(11)} جلسة`, // many (11 to 99)
    ]);
  });

  it('follows a run-time change of <html lang> and of its own lang', async () => {
    const html_ = document.documentElement;
    const before = html_.getAttribute('lang');
    try {
      html_.setAttribute('lang', 'en');
      const element = await card(undefined);
      expect(text(part(element, 'status-badge'))).to.equal('Active');

      html_.setAttribute('lang', 'de');
      await until(() => text(part(element, 'status-badge')) === 'Aktiv');
      expect(part(element, 'base').getAttribute('lang')).to.equal('de');

      html_.setAttribute('lang', 'ar');
      await until(() => part(element, 'base').getAttribute('dir') === 'rtl');
      expect(text(part(element, 'status-badge'))).to.equal('نشط');

      // Its own lang wins over the page's.
      element.setAttribute('lang', 'en-GB');
      await until(() => text(part(element, 'status-badge')) === 'Active');
      expect(part(element, 'base').getAttribute('dir')).to.equal('ltr');
      expect(part(element, 'base').getAttribute('lang')).to.equal('en-GB');
    } finally {
      if (before === null) html_.removeAttribute('lang');
      else html_.setAttribute('lang', before);
    }
  });

  it("follows the browser's language when the page sets none", async () => {
    const html_ = document.documentElement;
    const before = html_.getAttribute('lang');
    html_.removeAttribute('lang');
    try {
      const element = await card(undefined);
      expect(text(part(element, 'status-badge'))).to.equal(
        navigator.language.startsWith('de') ? 'Aktiv' : 'Active',
      );
      Object.defineProperty(navigator, 'language', { configurable: true, get: () => 'de-AT' });
      window.dispatchEvent(new Event('languagechange'));
      await until(() => text(part(element, 'status-badge')) === 'Aktiv');
      expect(part(element, 'base').getAttribute('lang')).to.equal('de-AT');
    } finally {
      delete (navigator as { language?: string }).language;
      if (before !== null) html_.setAttribute('lang', before);
    }
  });

  it('falls back to English for a language it does not ship', async () => {
    const element = await card('fr');
    expect(text(part(element, 'status-badge'))).to.equal('Active');
    expect(sessionCount(element)).to.equal('2 sessions');
    expect(part(element, 'base').getAttribute('lang')).to.equal('en');
  });

  it('stops following lang changes once removed from the page', async () => {
    const element = await card('en');
    element.remove();
    let updates = 0;
    const original = element.requestUpdate.bind(element);
    element.requestUpdate = (...args: Parameters<typeof original>) => {
      updates += 1;
      return original(...args);
    };
    const before = document.documentElement.getAttribute('lang');
    try {
      document.documentElement.setAttribute('lang', 'de');
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(updates).to.equal(0);
      // Back in the page, it follows again.
      document.body.append(element);
      await element.updateComplete;
      await untilState(element, 'ready');
      updates = 0;
      document.documentElement.setAttribute('lang', 'ar');
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(updates).to.be.greaterThan(0);
    } finally {
      element.remove();
      if (before === null) document.documentElement.removeAttribute('lang');
      else document.documentElement.setAttribute('lang', before);
    }
  });
});

describe('locale helpers', () => {
  it('match a BCP 47 tag to a shipped locale', () => {
    expect(matchLocale('de-CH')).to.equal('de');
    expect(matchLocale('AR_eg')).to.equal('ar');
    expect(matchLocale(' en ')).to.equal('en');
    expect(matchLocale('fr')).to.equal(undefined);
    expect(matchLocale(undefined)).to.equal(undefined);
    expect(matchLocale(null)).to.equal(undefined);
  });

  it('know right-to-left languages', () => {
    expect(directionOf('ar')).to.equal('rtl');
    expect(directionOf('he-IL')).to.equal('rtl');
    expect(directionOf('fa')).to.equal('rtl');
    expect(directionOf('de')).to.equal('ltr');
    expect(directionOf('en-US')).to.equal('ltr');
  });

  it('find the language across shadow roots, then <html lang>', async () => {
    const outer = await fixture<HTMLDivElement>(html`<div lang="ar"><span></span></div>`);
    const root = (outer.querySelector('span') as HTMLElement).attachShadow({ mode: 'open' });
    const inner = document.createElement('p');
    root.append(inner);
    expect(languageOf(inner)).to.equal('ar');
    const loose = document.createElement('p');
    expect(languageOf(loose)).to.equal(document.documentElement.lang || navigator.language);
  });

  it('pick plural forms, with "zero" for 0 in every language', () => {
    const forms = { zero: 'none', one: '{n} item', other: '{n} items' };
    expect(plural('en', 0, forms)).to.equal('none');
    expect(plural('en', 1, forms)).to.equal('1 item');
    expect(plural('en', 1234, forms)).to.equal('1,234 items');
    expect(plural('de', 1234, forms)).to.equal('1.234 items');
    expect(plural('en', 0, { other: '{n} items' })).to.equal('0 items');
    // A language form that is missing falls back to "other".
    expect(plural('ar', 2, { other: '{n} x' })).to.equal(
      `${new Intl.NumberFormat('ar').format(2)} x`,
    );
  });

  it('say how far a date is, in the nearest whole unit', () => {
    const host = Object.assign(document.createElement('div'), {
      addController() {},
      requestUpdate() {},
    }) as unknown as HTMLElement & { addController(): void; requestUpdate(): void };
    const localize = new LocalizeController(host as never, 'common', commonStrings);
    const now = Date.parse('2026-11-20T12:00:00Z');
    const at = (ms: number) => new Date(now + ms);
    expect(localize.relative(at(3 * 86_400_000), now)).to.equal('in 3 days');
    expect(localize.relative(at(-86_400_000), now)).to.equal('yesterday');
    expect(localize.relative(at(-14 * 86_400_000), now)).to.equal('2 weeks ago');
    expect(localize.relative(at(400 * 86_400_000), now)).to.equal('next year');
    expect(localize.relative(at(2 * 3_600_000), now)).to.equal('in 2 hours');
    expect(localize.relative(at(5 * 60_000), now)).to.equal('in 5 minutes');
    expect(localize.relative(at(10_000), now)).to.equal('this minute');
    expect(localize.number(1234.5)).to.equal('1,234.5');
    expect(localize.date('2026-11-20T12:00:00Z', { dateStyle: 'long', timeZone: 'UTC' })).to.equal(
      'November 20, 2026',
    );
  });
});

async function until(condition: () => boolean, timeout = 5000) {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeout) throw new Error('the element never followed the change');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
