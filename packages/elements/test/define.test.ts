// Registration: the self-registering entry, prefixes, and two copies of Upward on one page.
import { expect, fixture, html } from '@open-wc/testing';
import { UpwardFeedbackForm } from '../src/components/feedback-form/feedback-form.component.js';
import { UpwardPairCard } from '../src/components/pair-card/pair-card.component.js';
import { UpwardProvider } from '../src/components/provider/provider.component.js';
import { UpwardReviewChecklist } from '../src/components/review-checklist/review-checklist.component.js';
import { UpwardSessionLog } from '../src/components/session-log/session-log.component.js';
import { defineUpwardElements, elements, VERSION } from '../src/index.js';
import { clientFor, freshPair } from './fixtures.js';
import { part, text, untilState } from './helpers.js';

// Compare element classes as booleans: chai's report of a failing comparison of two element
// classes never ends, and the whole file would time out instead of failing.
function isSubclass(tag: string, base: CustomElementConstructor): boolean {
  return customElements.get(tag)?.prototype instanceof base;
}

/** Replaces console.warn for the length of `run`, and returns what was warned. */
async function warnings(run: () => unknown): Promise<string[]> {
  const said: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => {
    said.push(args.map(String).join(' '));
  };
  try {
    await run();
  } finally {
    console.warn = original;
  }
  return said;
}

describe('defining the elements', () => {
  it('registers nothing on import of the main entry', () => {
    expect(customElements.get('upward-pair-card') === undefined).to.equal(true);
    expect(customElements.get('upward-provider') === undefined).to.equal(true);
    expect(Object.keys(elements)).to.deep.equal([
      'provider',
      'pair-card',
      'session-log',
      'feedback-form',
      'review-checklist',
    ]);
  });

  it('registers every upward-* tag from @upward/elements/define', async () => {
    const said = await warnings(() => import('../src/define.js'));
    expect(said).to.deep.equal([]);
    expect(isSubclass('upward-pair-card', UpwardPairCard)).to.equal(true);
    expect(isSubclass('upward-provider', UpwardProvider)).to.equal(true);
    expect(isSubclass('upward-session-log', UpwardSessionLog)).to.equal(true);
    expect(isSubclass('upward-feedback-form', UpwardFeedbackForm)).to.equal(true);
    expect(isSubclass('upward-review-checklist', UpwardReviewChecklist)).to.equal(true);
    expect(document.createElement('upward-pair-card') instanceof UpwardPairCard).to.equal(true);
  });

  it('defines prefixed tags that work: defineUpwardElements({ prefix: "acme" })', async () => {
    const tags = defineUpwardElements({ prefix: 'acme' });
    expect(tags).to.deep.equal([
      'acme-provider',
      'acme-pair-card',
      'acme-session-log',
      'acme-feedback-form',
      'acme-review-checklist',
    ]);
    expect(isSubclass('acme-pair-card', UpwardPairCard)).to.equal(true);
    // Each registration is its own class (a class can be defined only once per registry).
    expect(
      customElements.get('acme-pair-card') !== customElements.get('upward-pair-card'),
    ).to.equal(true);

    const pair = await freshPair({ mentorName: 'Hana Ito', menteeName: 'Ivor Banks' });
    const provider = await fixture(
      html`<acme-provider .client=${await clientFor({
        token: pair.mentor.token,
      })}><acme-pair-card pair-id=${pair.pairId}></acme-pair-card></acme-provider>`,
    );
    const card = provider.querySelector('acme-pair-card') as UpwardPairCard;
    await untilState(card, 'ready');
    expect(text(part(card, 'mentor').querySelector('[part~="name"]'))).to.equal('Hana Ito');
    await expect(provider).to.be.accessible();
  });

  it('defines upward-* tags by default, and redefining the same version is silent', async () => {
    const held = customElements.get('upward-pair-card');
    const said = await warnings(() => {
      expect(defineUpwardElements()).to.deep.equal([
        'upward-provider',
        'upward-pair-card',
        'upward-session-log',
        'upward-feedback-form',
        'upward-review-checklist',
      ]);
      defineUpwardElements({ prefix: 'acme' });
    });
    expect(said).to.deep.equal([]);
    expect(held !== undefined && customElements.get('upward-pair-card') === held).to.equal(true);
  });

  it('warns, and leaves the tag alone, when another version already holds it', async () => {
    class OlderCard extends HTMLElement {
      static version = '0.0.1';
    }
    class Unversioned extends HTMLElement {}
    customElements.define('older-pair-card', OlderCard);
    customElements.define('older-provider', Unversioned);
    const said = await warnings(() => defineUpwardElements({ prefix: 'older' }));
    expect(said).to.have.length(2);
    expect(said[0]).to.contain('<older-provider> is already defined by version unknown');
    expect(said[1]).to.contain('<older-pair-card> is already defined by version 0.0.1');
    expect(said[1]).to.contain(`so version ${VERSION} left it alone`);
    expect(said[1]).to.contain('defineUpwardElements({ prefix })');
    expect(customElements.get('older-pair-card') === OlderCard).to.equal(true);
    expect(customElements.get('older-provider') === Unversioned).to.equal(true);
    // The tags nobody held are defined.
    expect(isSubclass('older-session-log', UpwardSessionLog)).to.equal(true);
  });

  it('throws on a prefix that cannot start a tag', () => {
    for (const prefix of ['', 'Acme', '1acme', 'ac_me', 'acme-', '-acme', 'ac--me', 'ac me']) {
      expect(() => defineUpwardElements({ prefix }), JSON.stringify(prefix)).to.throw(
        TypeError,
        'is not a valid tag prefix',
      );
    }
    expect(customElements.get('acme1-pair-card') === undefined).to.equal(true);
    expect(defineUpwardElements({ prefix: 'my-org2' })).to.include('my-org2-pair-card');
  });

  it('registers in the registry it is given', () => {
    const defined = new Map<string, CustomElementConstructor>();
    const registry = {
      get: (tag: string) => defined.get(tag),
      define: (tag: string, element: CustomElementConstructor) => {
        defined.set(tag, element);
      },
    } as unknown as CustomElementRegistry;
    defineUpwardElements({ prefix: 'scoped', registry });
    expect([...defined.keys()]).to.deep.equal([
      'scoped-provider',
      'scoped-pair-card',
      'scoped-session-log',
      'scoped-feedback-form',
      'scoped-review-checklist',
    ]);
    expect(customElements.get('scoped-pair-card') === undefined).to.equal(true);
    expect(defined.get('scoped-pair-card')?.prototype instanceof UpwardPairCard).to.equal(true);
  });

  it('carries the version of package.json', async () => {
    const manifest = (await (await fetch('/package.json')).json()) as { version: string };
    expect(VERSION).to.equal(manifest.version);
    expect(UpwardPairCard.version).to.equal(VERSION);
    expect(UpwardProvider.version).to.equal(VERSION);
  });
});
