// React 19 with the tags themselves, typed by @upward/react/jsx: React 19 sets properties where
// the element has them, attributes otherwise, and listens to `on<event>` props.
import '@upward/elements/define';
import { expect, waitUntil } from '@open-wc/testing';
import type {
  DataState,
  UpwardFeedbackForm,
  UpwardPairCard,
  UpwardProvider,
  UpwardSessionLoggedEvent,
  UpwardStateChangedEvent,
} from '@upward/elements';
import { createUpwardClient } from '@upward/sdk';
import { createElement, createRef, version } from 'react';
import { renderToString } from 'react-dom/server';
import type {} from '../src/jsx.js';
import {
  amaraSuite,
  apiUrl,
  documentedEvents,
  render,
  shadowText,
  untilState,
} from './fixtures.js';

describe('React 19 with the upward-* tags (@upward/react/jsx)', () => {
  const amara = amaraSuite();

  it('runs React 19', () => {
    expect(version.split('.')[0]).to.equal('19');
  });

  it("shows Amara's pair: attributes, a getToken property and an onupward-state-changed listener", async () => {
    const states: DataState[] = [];
    const getToken = () => Promise.resolve(amara.token);
    const cardRef = createRef<UpwardPairCard>();
    const { element: provider, unmount } = await render<UpwardProvider>(
      <upward-provider base-url={apiUrl} getToken={getToken}>
        <upward-pair-card
          ref={cardRef}
          pair-id={amara.pairId}
          theme="dark"
          variant="compact"
          class="team-card"
          onupward-state-changed={(event) => states.push(event.state)}
        />
      </upward-provider>,
      'upward-provider',
    );
    amara.cleanup = unmount;
    const card = cardRef.current;
    if (!card) throw new Error('the ref was not set');
    await untilState(card, 'ready');
    expect(shadowText(card)).to.contain('Amara Okafor').and.to.contain('Helen Marsh');
    expect(provider.baseUrl).to.equal(apiUrl);
    expect(provider.getToken).to.equal(getToken);
    expect(provider.getAttributeNames()).to.not.include('gettoken');
    expect(card.pairId).to.equal(amara.pairId);
    expect(card.theme).to.equal('dark');
    expect(card.variant).to.equal('compact');
    expect(card.getAttribute('class')).to.equal('team-card');
    expect(states).to.include('loading');
    expect(states.at(-1)).to.equal('ready');
    expect(amara.consoleErrors.errors).to.deep.equal([]);
  });

  it('hands a client object to the provider as a property', async () => {
    const client = createUpwardClient({ baseUrl: apiUrl, token: amara.token });
    const { element: provider, unmount } = await render<UpwardProvider>(
      <upward-provider client={client}>
        <upward-pair-card pair-id={amara.pairId} />
      </upward-provider>,
      'upward-provider',
    );
    amara.cleanup = unmount;
    const card = provider.querySelector('upward-pair-card') as UpwardPairCard;
    await untilState(card, 'ready');
    expect(provider.client).to.equal(client);
    expect(card.api).to.equal(client);
  });

  it('passes booleans and numbers as the element reads them', async () => {
    const rendered = await render<UpwardPairCard>(
      <upward-pair-card show-departments />,
      'upward-pair-card',
    );
    amara.cleanup = rendered.unmount;
    await rendered.element.updateComplete;
    expect(rendered.element.showDepartments).to.equal(true);
    rendered.root.render(<upward-pair-card show-departments={false} />);
    await waitUntil(() => !rendered.element.showDepartments, 'show-departments stayed on');

    rendered.root.render(<upward-feedback-form retry-delay={5000} name="feedback" disabled />);
    await waitUntil(() => rendered.container.querySelector('upward-feedback-form'), 'no form');
    const form = rendered.container.querySelector('upward-feedback-form') as UpwardFeedbackForm;
    expect(form.retryDelay).to.equal(5000);
    expect(form.name).to.equal('feedback');
    expect(form.disabled).to.equal(true);
  });

  it('renders text props into server HTML under their attribute names, and drops the rest', () => {
    const html = renderToString(
      <upward-provider base-url={apiUrl} getToken={() => amara.token}>
        <upward-pair-card pair-id="p1" theme="dark" onupward-state-changed={() => {}} />
      </upward-provider>,
    );
    expect(html).to.equal(
      `<upward-provider base-url="${apiUrl}"><upward-pair-card pair-id="p1" theme="dark"></upward-pair-card></upward-provider>`,
    );
  });

  for (const [tag, names] of documentedEvents()) {
    for (const name of names) {
      it(`<${tag}>: on${name} receives "${name}"`, async () => {
        const received: Event[] = [];
        const { element, unmount } = await render<HTMLElement>(
          createElement(tag, { [`on${name}`]: (event: Event) => received.push(event) }),
          tag,
        );
        amara.cleanup = unmount;
        const event = new Event(name, { bubbles: true, composed: true });
        element.dispatchEvent(event);
        await waitUntil(() => received.length > 0, `on${name} was not called`);
        expect(received).to.deep.equal([event]);
      });
    }
  }
});

// Checked by `pnpm typecheck`, never rendered: the types take the elements' real props and
// refuse wrong ones (each @ts-expect-error fails the check if its line compiles).
export function typeChecks(onState: (event: UpwardStateChangedEvent) => void) {
  const getToken = async () => 'token';
  return (
    <upward-provider base-url="https://upward.example.com" getToken={getToken}>
      <upward-pair-card
        pair-id="p"
        theme="auto"
        variant="compact"
        onupward-state-changed={onState}
      />
      <upward-session-log pair-id="p" onupward-session-logged={(event) => event.session.id} />
      <upward-feedback-form pair-id="p" retry-delay={100} onchange={(event) => event.type} />
      <upward-review-checklist pair-id="p" onupward-review-completed={(e) => e.review.id} />
      {/* @ts-expect-error: a theme is light, dark or auto */}
      <upward-pair-card theme="purple" />
      {/* @ts-expect-error: a variant is default or compact */}
      <upward-pair-card variant="huge" />
      {/* @ts-expect-error: retry-delay is a number of ms */}
      <upward-feedback-form retry-delay="soon" />
      {/* @ts-expect-error: getToken is a function, not a token */}
      <upward-provider getToken="eyJ" />
      {/* @ts-expect-error: the state listener gets an UpwardStateChangedEvent */}
      <upward-pair-card onupward-state-changed={(event: UpwardSessionLoggedEvent) => event} />
      {/* @ts-expect-error: pairId is not a prop of the tag (pair-id is) */}
      <upward-pair-card pairId="p" />
    </upward-provider>
  );
}
