// Theming from the host page: design tokens on any ancestor, the dark theme, and ::part().
import { expect, fixture, html } from '@open-wc/testing';
import '../src/components/pair-card/pair-card.js';
import type { UpwardClient } from '@upward/sdk';
import type { UpwardPairCard } from '../src/components/pair-card/pair-card.component.js';
import { clientFor, type FreshPair, freshPair, unreachableClient } from './fixtures.js';
import { part, untilState } from './helpers.js';

const style = (element: Element) => getComputedStyle(element);

describe('theming', () => {
  let pair: FreshPair;
  let client: UpwardClient;
  before(async () => {
    pair = await freshPair({ mentorName: 'Kemi Ola', menteeName: 'Lars Berg' });
    client = await clientFor({ token: pair.mentor.token });
  });

  async function cardIn(template: ReturnType<typeof html>): Promise<UpwardPairCard> {
    const root = await fixture<HTMLElement>(template);
    const card = (
      root.localName === 'upward-pair-card' ? root : root.querySelector('upward-pair-card')
    ) as UpwardPairCard;
    await untilState(card, 'ready');
    return card;
  }

  it('uses the light defaults', async () => {
    const card = await cardIn(
      html`<upward-pair-card .client=${client} pair-id=${pair.pairId}></upward-pair-card>`,
    );
    expect(style(part(card, 'base')).backgroundColor).to.equal('rgb(255, 255, 255)');
    const avatar = part(card, 'mentor').querySelector('[part~="avatar"]') as HTMLElement;
    expect(style(avatar).backgroundColor).to.equal('rgb(45, 91, 208)');
    expect(style(avatar).color).to.equal('rgb(255, 255, 255)');
  });

  it('takes --upward-color-accent from an ancestor, into the shadow root', async () => {
    const card = await cardIn(html`<section style="--upward-color-accent: rgb(200, 0, 90)">
      <div><upward-pair-card .client=${client} pair-id=${pair.pairId}></upward-pair-card></div>
    </section>`);
    const avatar = part(card, 'mentor').querySelector('[part~="avatar"]') as HTMLElement;
    expect(style(avatar).backgroundColor).to.equal('rgb(200, 0, 90)');
    // The learner's avatar does not use the accent.
    const learner = part(card, 'mentee').querySelector('[part~="avatar"]') as HTMLElement;
    expect(style(learner).backgroundColor).to.equal('rgb(244, 245, 247)');
  });

  it('switches the surface and text with theme="dark", and stays accessible', async () => {
    const card = await cardIn(
      html`<upward-pair-card
        theme="dark"
        .client=${client}
        pair-id=${pair.pairId}
      ></upward-pair-card>`,
    );
    const base = part(card, 'base');
    expect(style(base).backgroundColor).to.equal('rgb(24, 27, 33)');
    expect(style(card).color).to.equal('rgb(236, 238, 242)');
    expect(style(base).colorScheme).to.equal('dark');
    await expect(card).to.be.accessible();

    card.theme = 'light';
    await card.updateComplete;
    expect(card.getAttribute('theme')).to.equal('light');
    expect(style(base).backgroundColor).to.equal('rgb(255, 255, 255)');
  });

  it("lets the page's tokens win over the dark defaults", async () => {
    const card = await cardIn(html`<div
      style="--upward-color-surface: rgb(10, 20, 30); --upward-radius: 3px"
    >
      <upward-pair-card theme="dark" .client=${client} pair-id=${pair.pairId}></upward-pair-card>
    </div>`);
    const base = part(card, 'base');
    expect(style(base).backgroundColor).to.equal('rgb(10, 20, 30)');
    expect(style(base).borderTopLeftRadius).to.equal('3px');
  });

  it('applies ::part() styles from outside', async () => {
    const card = await cardIn(html`<div>
      <style>
        .branded::part(base) {
          border-top-width: 7px;
          background-color: rgb(1, 2, 3);
        }
        .branded::part(name) {
          text-transform: uppercase;
        }
      </style>
      <upward-pair-card class="branded" .client=${client} pair-id=${pair.pairId}></upward-pair-card>
    </div>`);
    const base = part(card, 'base');
    expect(style(base).borderTopWidth).to.equal('7px');
    expect(style(base).backgroundColor).to.equal('rgb(1, 2, 3)');
    for (const name of [
      part(card, 'mentor').querySelector('[part~="name"]'),
      part(card, 'mentee').querySelector('[part~="name"]'),
    ]) {
      expect(style(name as Element).textTransform).to.equal('uppercase');
    }
  });

  it('themes the status messages too', async () => {
    const card = await fixture<UpwardPairCard>(html`<div
      style="--upward-color-text-muted: rgb(90, 60, 30)"
    >
      <upward-pair-card .client=${unreachableClient()} pair-id=${pair.pairId}></upward-pair-card>
    </div>`);
    const element = card.querySelector('upward-pair-card') as UpwardPairCard;
    await untilState(element, 'offline');
    expect(style(part(element, 'status')).color).to.equal('rgb(90, 60, 30)');
    expect(style(part(element, 'base')).backgroundColor).to.equal('rgb(255, 255, 255)');
  });
});
