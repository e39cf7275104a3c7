// Opt-in languages: without `locales/de` or `locales/ar` an element speaks English; importing one
// at run time re-renders the elements already on the page; a page can register its own language;
// two copies of the package on one page share the registered languages.
//
// The order matters: the first tests run before any translation is registered in this page.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/components/pair-card/pair-card.js';
import type { UpwardPairCard } from '../src/components/pair-card/pair-card.component.js';
import { matchLocale } from '../src/i18n/locale.js';
import {
  registerTranslation,
  translationFor,
  type UpwardTranslation,
} from '../src/i18n/translation.js';
import { clientFor, type FreshPair, freshPair } from './fixtures.js';
import { part, text, untilState } from './helpers.js';

type Registry = { translations: Map<string, UpwardTranslation>; listeners: Set<() => void> };
const registryKey = Symbol.for('@upward/elements/translations@0');

describe('opt-in languages', () => {
  let pair: FreshPair;
  before(async () => {
    pair = await freshPair({ mentorName: 'Jonas Kerr', menteeName: 'Layla Nasser' });
  });

  async function card(lang: string) {
    const element = await fixture<UpwardPairCard>(html`<upward-pair-card
      lang=${lang}
      .client=${await clientFor({ token: pair.mentor.token })}
      pair-id=${pair.pairId}
    ></upward-pair-card>`);
    await untilState(element, 'ready');
    return element;
  }
  const badge = (element: UpwardPairCard) => text(part(element, 'status-badge'));
  const base = (element: UpwardPairCard) => part(element, 'base');

  it('speaks English for lang="de" and lang="ar" until their modules are loaded', async () => {
    expect(translationFor('de') === undefined).to.equal(true);
    expect(translationFor('ar') === undefined).to.equal(true);
    expect(matchLocale('de')).to.equal(undefined);
    expect(matchLocale('ar-EG')).to.equal(undefined);
    expect(matchLocale('en-GB')).to.equal('en');

    const german = await card('de');
    expect(badge(german)).to.equal('Active');
    expect(base(german).getAttribute('lang')).to.equal('en');
    await expect(german).to.be.accessible();

    const arabic = await card('ar');
    expect(badge(arabic)).to.equal('Active');
    expect(base(arabic).getAttribute('lang')).to.equal('en');
    expect(base(arabic).getAttribute('dir')).to.equal('ltr');
    expect(getComputedStyle(base(arabic)).direction).to.equal('ltr');
    await expect(arabic).to.be.accessible();
  });

  it('re-renders elements already on the page when a language module is imported', async () => {
    const german = await card('de');
    const arabic = await card('ar');
    expect(badge(german)).to.equal('Active');

    await import('../src/locales/de.js');
    await waitUntil(() => badge(german) === 'Aktiv', 'the card never switched to German');
    expect(base(german).getAttribute('lang')).to.equal('de');
    expect(base(german).getAttribute('dir')).to.equal('ltr');
    expect(matchLocale('de-CH')).to.equal('de');
    // Arabic is still not there.
    expect(badge(arabic)).to.equal('Active');

    await import('../src/locales/ar.js');
    await waitUntil(() => badge(arabic) === 'نشط', 'the card never switched to Arabic');
    expect(base(arabic).getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle(base(arabic)).direction).to.equal('rtl');
    await expect(german).to.be.accessible();
    await expect(arabic).to.be.accessible();
  });

  it('speaks a language the page registers, and prefers a regional one', async () => {
    const { de } = await import('../src/locales/de.js');
    const french = await card('fr-FR');
    expect(badge(french)).to.equal('Active');
    const fr: UpwardTranslation = {
      ...de,
      pairCard: { ...de.pairCard, status: { ...de.pairCard.status, active: 'Actif' } },
    };
    registerTranslation('fr', fr);
    await waitUntil(() => badge(french) === 'Actif', 'the card never switched to French');
    expect(base(french).getAttribute('lang')).to.equal('fr-FR');

    const swiss = await card('de-CH');
    expect(badge(swiss)).to.equal('Aktiv');
    registerTranslation('de_CH', {
      ...de,
      pairCard: { ...de.pairCard, status: { ...de.pairCard.status, active: 'Aktiv (CH)' } },
    });
    await waitUntil(() => badge(swiss) === 'Aktiv (CH)', 'the card never took the Swiss strings');
    expect(matchLocale('de-ch')).to.equal('de-ch');
    expect(matchLocale('de-AT')).to.equal('de');
  });

  it('shares the registered languages with another copy of the package', async () => {
    const registry = (globalThis as unknown as Record<symbol, Registry>)[registryKey] as Registry;
    expect(registry.translations.get('de') === translationFor('de')).to.equal(true);

    // Another copy of the registry module, as a second bundle on the page would have.
    const url = new URL('../src/i18n/translation.ts?copy=2', import.meta.url).href;
    const copy = (await import(
      /* @vite-ignore */ url
    )) as typeof import('../src/i18n/translation.js');
    expect(copy.registerTranslation === registerTranslation).to.equal(false);
    expect(copy.translationFor('ar') === translationFor('ar')).to.equal(true);

    const { de } = await import('../src/locales/de.js');
    const dutch = await card('nl');
    expect(badge(dutch)).to.equal('Active');
    copy.registerTranslation('nl', {
      ...de,
      pairCard: { ...de.pairCard, status: { ...de.pairCard.status, active: 'Actief' } },
    });
    await waitUntil(() => badge(dutch) === 'Actief', 'the card never heard of the other copy');
    expect(translationFor('nl') === registry.translations.get('nl')).to.equal(true);
  });
});
