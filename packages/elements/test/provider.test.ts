// <upward-provider>: one client for every element inside, through context.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/components/pair-card/pair-card.js';
import '../src/components/provider/provider.js';
import type { UpwardPairCard } from '../src/components/pair-card/pair-card.component.js';
import type { UpwardProvider } from '../src/components/provider/provider.component.js';
import { apiUrl, clientFor, type FreshPair, freshPair, signedToken, tokenFor } from './fixtures.js';
import { part, recordStates, text, untilState } from './helpers.js';

const nameOf = (card: UpwardPairCard, side: 'mentor' | 'mentee') =>
  text(part(card, side).querySelector('[part~="name"]'));

describe('<upward-provider>', () => {
  let pair: FreshPair;
  before(async () => {
    pair = await freshPair({ mentorName: 'Femi Ade', menteeName: 'Gwen Ortiz' });
  });

  it('gives its client to the elements inside, however deep', async () => {
    const provider = await fixture<UpwardProvider>(html`<upward-provider
      base-url=${apiUrl}
      token=${pair.mentor.token}
    >
      <section><div><upward-pair-card pair-id=${pair.pairId}></upward-pair-card></div></section>
    </upward-provider>`);
    const card = provider.querySelector('upward-pair-card') as UpwardPairCard;
    await untilState(card, 'ready');
    expect(nameOf(card, 'mentor')).to.equal('Femi Ade');
    expect(provider.client).to.not.equal(undefined);
    expect(card.api).to.equal(provider.client);
    expect(getComputedStyle(provider).display).to.equal('contents');
    await expect(provider).to.be.accessible();
  });

  it('reaches elements added later, and through a shadow root', async () => {
    const provider = await fixture<UpwardProvider>(html`<upward-provider
      base-url=${apiUrl}
      token=${pair.mentee.token}
      ><div id="host"></div
    ></upward-provider>`);
    const host = provider.querySelector('#host') as HTMLElement;
    const root = host.attachShadow({ mode: 'open' });
    const card = document.createElement('upward-pair-card');
    card.pairId = pair.pairId;
    root.append(card);
    await untilState(card, 'ready');
    expect(nameOf(card, 'mentee')).to.equal('Gwen Ortiz');
  });

  it('gives no client without a token: the elements inside are idle and ask to sign in', async () => {
    const provider = await fixture<UpwardProvider>(html`<upward-provider base-url=${apiUrl}>
      <upward-pair-card pair-id=${pair.pairId}></upward-pair-card>
    </upward-provider>`);
    const card = provider.querySelector('upward-pair-card') as UpwardPairCard;
    await card.updateComplete;
    expect(provider.client).to.equal(undefined);
    expect(card.dataState).to.equal('idle');
    expect(text(part(card, 'status'))).to.equal('Sign in to see this.');
  });

  it('signs the elements inside in, over to someone else, and out', async () => {
    const provider = await fixture<UpwardProvider>(html`<upward-provider base-url=${apiUrl}>
      <upward-pair-card pair-id=${pair.pairId}></upward-pair-card>
    </upward-provider>`);
    const card = provider.querySelector('upward-pair-card') as UpwardPairCard;
    const states = recordStates(card);
    provider.token = pair.mentor.token;
    await untilState(card, 'ready');
    const first = provider.client;

    // Someone with no part in the pair: the card loads again, with the new client.
    provider.token = await tokenFor('amara');
    await untilState(card, 'error');
    expect(provider.client).to.not.equal(first);

    provider.token = undefined;
    await untilState(card, 'idle');
    states.stop();
    expect(provider.client).to.equal(undefined);
    expect(states.states).to.deep.equal(['loading', 'ready', 'loading', 'error', 'idle']);
    expect(text(part(card, 'status'))).to.equal('Sign in to see this.');
  });

  it('keeps its client, and the elements their view, when the same person’s token is refreshed', async () => {
    const provider = await fixture<UpwardProvider>(html`<upward-provider
      base-url=${apiUrl}
      token=${pair.mentor.token}
    >
      <upward-pair-card pair-id=${pair.pairId}></upward-pair-card>
    </upward-provider>`);
    const card = provider.querySelector('upward-pair-card') as UpwardPairCard;
    await untilState(card, 'ready');
    const client = provider.client;
    const states = recordStates(card);
    // A new token for the same person (as a host's refresh gives): another string, same `sub`.
    const refreshed = await signedToken({
      id: pair.mentor.id,
      email: pair.mentor.email,
      displayName: `${pair.mentor.displayName} `,
    });
    expect(refreshed).to.not.equal(pair.mentor.token);
    provider.token = refreshed;
    await provider.updateComplete;
    await card.updateComplete;
    expect(provider.client === client).to.equal(true);
    expect(states.states).to.deep.equal([]);
    // The refreshed token is used once the old one is refused; nothing to see for the reader.
    card.reload();
    await untilState(card, 'ready');
    states.stop();
  });

  it("lets an element's own base-url and token win over the provider's client", async () => {
    // The provider signs in someone who cannot see the pair; the card signs in its mentor.
    const provider = await fixture<UpwardProvider>(html`<upward-provider
      base-url=${apiUrl}
      token=${await tokenFor('amara')}
    >
      <upward-pair-card
        base-url=${apiUrl}
        token=${pair.mentor.token}
        pair-id=${pair.pairId}
      ></upward-pair-card>
    </upward-provider>`);
    const card = provider.querySelector('upward-pair-card') as UpwardPairCard;
    await untilState(card, 'ready');
    expect(card.api).to.not.equal(provider.client);

    // Without its own base-url, the card falls back to the provider's client.
    card.removeAttribute('base-url');
    await untilState(card, 'error');
    expect(card.api).to.equal(provider.client);
  });

  it("lets an element's own .client win over the provider's client", async () => {
    const own = await clientFor({ token: pair.mentee.token });
    const provider = await fixture<UpwardProvider>(html`<upward-provider
      base-url=${apiUrl}
      token=${await tokenFor('amara')}
    >
      <upward-pair-card .client=${own} pair-id=${pair.pairId}></upward-pair-card>
    </upward-provider>`);
    const card = provider.querySelector('upward-pair-card') as UpwardPairCard;
    await untilState(card, 'ready');
    expect(card.api).to.equal(own);
  });

  it('passes on a .client set from outside, in place of base-url and token', async () => {
    const given = await clientFor({ token: pair.mentor.token });
    const provider = await fixture<UpwardProvider>(html`<upward-provider
      base-url=${apiUrl}
      token=${await tokenFor('amara')}
      .client=${given}
    >
      <upward-pair-card pair-id=${pair.pairId}></upward-pair-card>
    </upward-provider>`);
    const card = provider.querySelector('upward-pair-card') as UpwardPairCard;
    await untilState(card, 'ready');
    expect(provider.client).to.equal(given);
    // A token change does not replace a client that was given.
    provider.token = await tokenFor('helen');
    await provider.updateComplete;
    expect(provider.client).to.equal(given);
    expect(card.dataState).to.equal('ready');
  });

  it('calls .getToken again after a 401, and the elements inside load', async () => {
    const tokens = ['expired.or.wrong', pair.mentee.token];
    let calls = 0;
    const getToken = async () => {
      calls += 1;
      return tokens[Math.min(calls, tokens.length) - 1] as string;
    };
    const provider = await fixture<UpwardProvider>(html`<upward-provider
      base-url=${apiUrl}
      .getToken=${getToken}
    >
      <upward-pair-card pair-id=${pair.pairId}></upward-pair-card>
    </upward-provider>`);
    const card = provider.querySelector('upward-pair-card') as UpwardPairCard;
    const states = recordStates(card);
    await untilState(card, 'ready');
    states.stop();
    expect(calls).to.equal(2);
    expect(nameOf(card, 'mentee')).to.equal('Gwen Ortiz');
    // The 401 stayed inside the client: the card never showed an error.
    expect(states.states).to.not.include('error');
    await expect(card).to.be.accessible();
  });
});
