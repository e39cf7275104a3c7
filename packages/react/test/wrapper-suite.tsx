// The tests of the @lit/react wrappers, run twice: in React 19 (wrappers.test.tsx) and in
// React 18 (wrappers.react18.test.tsx, bundled with React 18 in place of `react`).
import { expect, waitUntil } from '@open-wc/testing';
import {
  elements,
  type UpwardPairCard as UpwardPairCardElement,
  type UpwardProvider as UpwardProviderElement,
  type UpwardSessionLoggedEvent,
  UpwardStateChangedEvent,
} from '@upward/elements';
import { createUpwardClient } from '@upward/sdk';
import { type ComponentType, createElement, createRef, version } from 'react';
import {
  type DataState,
  UpwardFeedbackForm,
  UpwardPairCard,
  UpwardProvider,
  UpwardReviewChecklist,
  UpwardSessionLog,
} from '../src/index.js';
import {
  amaraSuite,
  apiUrl,
  documentedEvents,
  render,
  shadowText,
  untilState,
} from './fixtures.js';

/** `upward-session-logged` -> `onUpwardSessionLogged`, `change` -> `onChange`. */
function propOf(event: string): string {
  return `on${event.replace(/(^|-)([a-z])/g, (_, _dash, letter: string) => letter.toUpperCase())}`;
}

export function describeWrappers(reactMajor: string) {
  describe(`@upward/react wrappers in React ${reactMajor}`, () => {
    const amara = amaraSuite();

    it(`runs React ${reactMajor}`, () => {
      expect(version.split('.')[0]).to.equal(reactMajor);
    });

    it('registers the upward-* tags when imported', () => {
      for (const [name, elementClass] of Object.entries(elements)) {
        // Each tag holds its own subclass of the element class (see defineElement).
        const defined = customElements.get(`upward-${name}`);
        expect(defined?.prototype, `upward-${name}`).to.be.instanceOf(elementClass);
      }
    });

    it("shows Amara's pair inside the provider and calls onUpwardStateChanged", async () => {
      const events: UpwardStateChangedEvent[] = [];
      const { element: card, unmount } = await render<UpwardPairCardElement>(
        <UpwardProvider baseUrl={apiUrl} token={amara.token}>
          <UpwardPairCard
            pairId={amara.pairId}
            theme="dark"
            className="team-card"
            onUpwardStateChanged={(event) => events.push(event)}
          />
        </UpwardProvider>,
        'upward-pair-card',
      );
      amara.cleanup = unmount;
      await untilState(card, 'ready');
      expect(shadowText(card)).to.contain('Amara Okafor').and.to.contain('Helen Marsh');
      expect(card.pairId).to.equal(amara.pairId);
      expect(card.getAttribute('theme')).to.equal('dark');
      expect(card.classList.contains('team-card')).to.equal(true);
      expect(events.every((event) => event instanceof UpwardStateChangedEvent)).to.equal(true);
      expect(events.map((event) => event.state)).to.include('loading');
      expect(events.at(-1)?.state).to.equal('ready');
      expect(amara.consoleErrors.errors).to.deep.equal([]);
    });

    it('sets getToken on the provider as a property, and the card loads with it', async () => {
      let calls = 0;
      const getToken = () => {
        calls += 1;
        return Promise.resolve(amara.token);
      };
      const { element: provider, unmount } = await render<UpwardProviderElement>(
        <UpwardProvider baseUrl={apiUrl} getToken={getToken}>
          <UpwardPairCard pairId={amara.pairId} />
        </UpwardProvider>,
        'upward-provider',
      );
      amara.cleanup = unmount;
      const card = provider.querySelector('upward-pair-card') as UpwardPairCardElement;
      await untilState(card, 'ready');
      expect(provider.getToken).to.equal(getToken);
      expect(provider.getAttributeNames()).to.not.include('gettoken');
      expect(calls).to.be.greaterThan(0);
      expect(shadowText(card)).to.contain('Amara Okafor');
    });

    it('hands a client object to the provider as a property, and on to the card', async () => {
      const client = createUpwardClient({ baseUrl: apiUrl, token: amara.token });
      const cardRef = createRef<UpwardPairCardElement>();
      const { element: provider, unmount } = await render<UpwardProviderElement>(
        <UpwardProvider client={client}>
          <UpwardPairCard ref={cardRef} pairId={amara.pairId} />
        </UpwardProvider>,
        'upward-provider',
      );
      amara.cleanup = unmount;
      const card = cardRef.current;
      if (!card) throw new Error('the ref was not set');
      await untilState(card, 'ready');
      expect(provider.client).to.equal(client);
      expect(provider.getAttributeNames()).to.not.include('client');
      expect(card.api).to.equal(client);
    });

    it('follows new props: a new handler replaces the old one, no pairId clears the card', async () => {
      const first: DataState[] = [];
      const second: DataState[] = [];
      const tree = (id: string | undefined, onState: (state: DataState) => void) => (
        <UpwardProvider baseUrl={apiUrl} token={amara.token}>
          <UpwardPairCard pairId={id} onUpwardStateChanged={(event) => onState(event.state)} />
        </UpwardProvider>
      );
      const rendered = await render<UpwardPairCardElement>(
        tree(amara.pairId, (state) => first.push(state)),
        'upward-pair-card',
      );
      amara.cleanup = rendered.unmount;
      await untilState(rendered.element, 'ready');
      rendered.root.render(tree(undefined, (state) => second.push(state)));
      await untilState(rendered.element, 'idle');
      expect(first.at(-1)).to.equal('ready');
      expect(second).to.deep.equal(['idle']);
      expect(rendered.element.pairId).to.equal(undefined);
    });

    const wrappers: Record<string, ComponentType<Record<string, unknown>>> = {
      'upward-provider': UpwardProvider as ComponentType<Record<string, unknown>>,
      'upward-pair-card': UpwardPairCard as ComponentType<Record<string, unknown>>,
      'upward-session-log': UpwardSessionLog as ComponentType<Record<string, unknown>>,
      'upward-feedback-form': UpwardFeedbackForm as ComponentType<Record<string, unknown>>,
      'upward-review-checklist': UpwardReviewChecklist as ComponentType<Record<string, unknown>>,
    };

    it('has a wrapper for every tag of the manifest', () => {
      expect(Object.keys(wrappers).sort()).to.deep.equal([...documentedEvents().keys()].sort());
    });

    for (const [tag, names] of documentedEvents()) {
      for (const name of names) {
        it(`<${tag}>: ${propOf(name)} receives "${name}"`, async () => {
          const Wrapper = wrappers[tag];
          if (!Wrapper) throw new Error(`no wrapper for <${tag}>`);
          const received: Event[] = [];
          const { element, unmount } = await render<HTMLElement>(
            createElement(Wrapper, { [propOf(name)]: (event: Event) => received.push(event) }),
            tag,
          );
          amara.cleanup = unmount;
          // Without a client the element stays idle: only the event below reaches the handler.
          const event = new Event(name, { bubbles: true, composed: true });
          element.dispatchEvent(event);
          await waitUntil(() => received.length > 0, `${propOf(name)} was not called`);
          expect(received).to.deep.equal([event]);
        });
      }
    }
  });
}

// Checked by `pnpm typecheck`, never rendered: the wrappers' props are the elements' properties
// and their events (each @ts-expect-error fails the check if its line compiles).
export function wrapperTypeChecks(onLogged: (event: UpwardSessionLoggedEvent) => void) {
  return (
    <UpwardProvider baseUrl="https://upward.example.com" getToken={async () => 'token'}>
      <UpwardPairCard pairId="p" variant="compact" onUpwardStateChanged={(e) => e.state} />
      <UpwardSessionLog pairId="p" onUpwardSessionLogged={onLogged} />
      <UpwardFeedbackForm
        pairId="p"
        retryDelay={100}
        onUpwardFeedbackSubmitted={(e) => e.feedback}
      />
      <UpwardReviewChecklist pairId="p" onUpwardReviewCompleted={(e) => e.review.id} />
      {/* @ts-expect-error: a variant is default or compact */}
      <UpwardPairCard variant="huge" />
      {/* @ts-expect-error: the state handler gets an UpwardStateChangedEvent */}
      <UpwardPairCard onUpwardStateChanged={onLogged} />
      {/* @ts-expect-error: the pair card fires no session events */}
      <UpwardPairCard onUpwardSessionLogged={onLogged} />
    </UpwardProvider>
  );
}
