// <upward-pair-card> against the reference server: what it shows, and every data state.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createUpwardClient, isUpwardError } from '@upward/sdk';
import '../src/components/pair-card/pair-card.js';
import type { UpwardPairCard } from '../src/components/pair-card/pair-card.component.js';
import {
  apiUrl,
  clientFor,
  closedUrl,
  completeReview,
  type FreshPair,
  freshPair,
  gatedFetch,
  logSessions,
  seededPair,
  setNextSession,
  tokenFor,
  unreachableClient,
} from './fixtures.js';
import { loadAfter, part, parts, recordStates, text, untilState } from './helpers.js';

const day = 24 * 3600 * 1000;

async function readyCard(template: ReturnType<typeof html>): Promise<UpwardPairCard> {
  const element = await fixture<UpwardPairCard>(template);
  await untilState(element, 'ready');
  return element;
}

describe('<upward-pair-card> content', () => {
  let pair: FreshPair;
  let nextSessionAt: Date;

  before(async () => {
    pair = await freshPair({
      mentorName: 'Zara Ncube',
      menteeName: 'Margaret Lowe',
      mentorDepartment: 'Customer Care',
      menteeDepartment: 'Executive Board',
      focusAreas: ['generative AI', 'team chat'],
    });
    nextSessionAt = new Date(Date.now() + 3 * day + 3_600_000);
    await setNextSession(pair.pairId, pair.mentor.token, nextSessionAt);
    await logSessions(pair.pairId, pair.mentor.token, 2);
    await completeReview(pair.pairId, pair.mentor.token, 'needs-attention');
  });

  const card = () =>
    readyCard(html`<upward-pair-card
      base-url=${apiUrl}
      token=${pair.mentee.token}
      pair-id=${pair.pairId}
    ></upward-pair-card>`);

  it('shows the junior as "Mentor" and the senior as "Learner", with names and initials', async () => {
    const element = await card();
    const mentor = part(element, 'mentor');
    const mentee = part(element, 'mentee');
    expect(text(mentor.querySelector('[part~="name"]'))).to.equal('Zara Ncube');
    expect(text(mentor.querySelector('[part~="role"]'))).to.equal('Mentor');
    expect(text(mentor.querySelector('[part~="avatar"]'))).to.equal('ZN');
    expect(text(mentee.querySelector('[part~="name"]'))).to.equal('Margaret Lowe');
    expect(text(mentee.querySelector('[part~="role"]'))).to.equal('Learner');
    expect(text(mentee.querySelector('[part~="avatar"]'))).to.equal('ML');
    expect(part(element, 'base').getAttribute('aria-label')).to.equal(
      'Zara Ncube mentors Margaret Lowe',
    );
    // The mentor comes first: the junior is not shown below the senior.
    const people = parts(element, 'person');
    expect(people.map((each) => each.part.contains('mentor'))).to.deep.equal([true, false]);
    expect(element.pair?.id).to.equal(pair.pairId);
  });

  it('lists the focus areas and the status', async () => {
    const element = await card();
    const chips = Array.from(part(element, 'focus-areas').querySelectorAll('li'), text);
    expect(chips).to.deep.equal(['generative AI', 'team chat']);
    expect(part(element, 'focus-areas').getAttribute('aria-label')).to.equal('Focus areas');
    const badge = part(element, 'status-badge');
    expect(text(badge)).to.equal('Active');
    expect(badge.dataset.status).to.equal('active');
  });

  it('shows the next session, the sessions so far, the last review and when the next is due', async () => {
    const element = await card();
    const facts = new Map(
      Array.from(part(element, 'details').querySelectorAll('div'), (row) => [
        text(row.querySelector('dt')),
        row.querySelector('dd') as HTMLElement,
      ]),
    );
    expect([...facts.keys()]).to.deep.equal([
      'Next session',
      'Sessions so far',
      'Last review',
      'Next review due',
    ]);
    const next = facts.get('Next session')?.querySelector('time');
    expect(next?.getAttribute('datetime')).to.equal(nextSessionAt.toISOString());
    const date = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium' }).format(nextSessionAt);
    expect(text(next)).to.equal(`${date} (in 3 days)`);
    expect(text(facts.get('Sessions so far'))).to.equal('2 sessions');
    expect(text(facts.get('Last review'))).to.equal('Needs attention');
    expect(
      facts.get('Last review')?.querySelector('.outcome')?.getAttribute('data-outcome'),
    ).to.equal('needs-attention');
    // Completing a review sets the next one a cadence (42 days by default) ahead: not overdue.
    const due = facts.get('Next review due') as HTMLElement;
    expect(text(due)).to.match(/ \(next month\)$/);
    expect(due.classList.contains('overdue')).to.equal(false);
    expect(due.querySelector('strong')).to.equal(null);
  });

  it('shows no job titles, levels or departments by default', async () => {
    const element = await card();
    const shown = text(element.shadowRoot);
    expect(shown).not.to.contain('Customer Care');
    expect(shown).not.to.contain('Executive Board');
    expect(shown).not.to.match(/level|title/i);
    expect(text(part(element, 'mentor').querySelector('[part~="role"]'))).to.equal('Mentor');
  });

  it('shows departments with show-departments', async () => {
    const element = await readyCard(html`<upward-pair-card
      show-departments
      base-url=${apiUrl}
      token=${pair.mentor.token}
      pair-id=${pair.pairId}
    ></upward-pair-card>`);
    expect(text(part(element, 'mentor').querySelector('[part~="role"]'))).to.equal(
      'Mentor · Customer Care',
    );
    expect(text(part(element, 'mentee').querySelector('[part~="role"]'))).to.equal(
      'Learner · Executive Board',
    );
    element.showDepartments = false;
    await element.updateComplete;
    expect(text(element.shadowRoot)).not.to.contain('Customer Care');
  });

  it('has a compact variant: one line of facts, for lists', async () => {
    const element = await readyCard(html`<upward-pair-card
      variant="compact"
      base-url=${apiUrl}
      token=${pair.mentor.token}
      pair-id=${pair.pairId}
    ></upward-pair-card>`);
    expect(element.getAttribute('variant')).to.equal('compact');
    expect(part(element, 'base').classList.contains('compact')).to.equal(true);
    const details = part(element, 'details');
    expect(details.localName).to.equal('p');
    const date = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium' }).format(nextSessionAt);
    expect(text(details)).to.equal(`2 sessions · Next session: ${date} (in 3 days)`);
    expect(element.shadowRoot?.querySelector('dl')).to.equal(null);
    expect(text(part(element, 'mentor').querySelector('[part~="name"]'))).to.equal('Zara Ncube');
    await expect(element).to.be.accessible();
  });

  it('puts the actions slot below the details, hidden while empty', async () => {
    const element = await readyCard(html`<upward-pair-card
      base-url=${apiUrl}
      token=${pair.mentor.token}
      pair-id=${pair.pairId}
      ><button slot="actions">Log a session</button></upward-pair-card
    >`);
    const actions = part(element, 'actions');
    const slot = actions.querySelector('slot[name="actions"]') as HTMLSlotElement;
    expect(slot.assignedElements().map(text)).to.deep.equal(['Log a session']);
    await element.updateComplete;
    expect(actions.classList.contains('filled')).to.equal(true);
    expect(getComputedStyle(actions).display).to.equal('flex');
    expect(
      part(element, 'details').compareDocumentPosition(actions) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).to.be.greaterThan(0);
    await expect(element).to.be.accessible();

    element.querySelector('button')?.remove();
    await untilClass(actions, 'filled', false);
    expect(getComputedStyle(actions).display).to.equal('none');
  });

  it('is accessible when ready', async () => {
    await expect(await card()).to.be.accessible();
  });
});

async function untilClass(element: Element, name: string, present: boolean) {
  const start = Date.now();
  while (element.classList.contains(name) !== present) {
    if (Date.now() - start > 5000) throw new Error(`class ${name} never became ${present}`);
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

describe('<upward-pair-card> counts and statuses', () => {
  it('counts sessions in words: none, one, many', async () => {
    const pair = await freshPair();
    const element = await readyCard(html`<upward-pair-card
      .client=${await clientFor({ token: pair.mentor.token })}
      pair-id=${pair.pairId}
    ></upward-pair-card>`);
    const sessions = () => text(part(element, 'details').querySelectorAll('dd')[1]);
    expect(sessions()).to.equal('None yet');
    expect(text(part(element, 'details').querySelectorAll('dd')[0])).to.equal('Not planned yet');
    expect(text(part(element, 'details').querySelectorAll('dd')[2])).to.equal('No review yet');

    await logSessions(pair.pairId, pair.mentor.token, 1);
    await loadAfter(element, () => element.reload());
    expect(sessions()).to.equal('1 session');

    await logSessions(pair.pairId, pair.mentor.token, 1);
    await loadAfter(element, () => element.reload());
    expect(sessions()).to.equal('2 sessions');
  });

  it('copes with a one-word name, no focus areas and no next session (compact too)', async () => {
    const pair = await freshPair({
      mentorName: 'Cher',
      menteeName: 'Ngozi  Ama  Obi',
      focusAreas: [],
    });
    const element = await readyCard(html`<upward-pair-card
      variant="compact"
      .client=${await clientFor({ token: pair.mentee.token })}
      pair-id=${pair.pairId}
    ></upward-pair-card>`);
    expect(text(part(element, 'mentor').querySelector('[part~="avatar"]'))).to.equal('C');
    expect(text(part(element, 'mentee').querySelector('[part~="avatar"]'))).to.equal('NO');
    expect(parts(element, 'focus-areas')).to.deep.equal([]);
    expect(text(part(element, 'details'))).to.equal('None yet');
    await expect(element).to.be.accessible();
  });

  it('shows an overdue review and a paused pair', async () => {
    // Seeded: Ravi and Karl are paused, and their review was due 3 days ago.
    const seeded = await seededPair('ravi', 'Karl Brandt');
    const element = await readyCard(html`<upward-pair-card
      base-url=${apiUrl}
      token=${await tokenFor('ravi')}
      pair-id=${seeded.id}
    ></upward-pair-card>`);
    expect(text(part(element, 'status-badge'))).to.equal('Paused');
    const due = part(element, 'details').querySelector('dd.overdue') as HTMLElement;
    expect(text(due)).to.match(/\(3 days ago\) \(overdue\)$/);
    expect(text(due.querySelector('strong'))).to.equal('(overdue)');
    expect(text(part(element, 'details'))).to.contain('Not planned yet');
    await expect(element).to.be.accessible();
  });

  it('shows an ended pair without a review due, and the outcome of its last review', async () => {
    const ended = await seededPair('leo', 'Grace Whitfield');
    const element = await readyCard(html`<upward-pair-card
      base-url=${apiUrl}
      token=${await tokenFor('leo')}
      pair-id=${ended.id}
    ></upward-pair-card>`);
    expect(text(part(element, 'status-badge'))).to.equal('Ended');
    expect(text(part(element, 'details'))).not.to.contain('Next review due');

    const atRisk = await seededPair('sofia', 'Grace Whitfield');
    const sofia = await tokenFor('sofia');
    await loadAfter(element, () => {
      element.token = sofia;
      element.pairId = atRisk.id;
    });
    expect(text(part(element, 'details').querySelector('.outcome'))).to.equal('At risk');
    expect(text(part(element, 'focus-areas'))).to.contain('inclusive language');
  });
});

describe('<upward-pair-card> states', () => {
  let pair: FreshPair;
  before(async () => {
    pair = await freshPair({ mentorName: 'Ada Quist', menteeName: 'Bernard Hale' });
  });

  it('is idle and asks to sign in without any client', async () => {
    const states = recordStates(document);
    const element = await fixture<UpwardPairCard>(
      html`<upward-pair-card pair-id=${pair.pairId}></upward-pair-card>`,
    );
    expect(element.dataState).to.equal('idle');
    expect(element.getAttribute('state')).to.equal('idle');
    expect(element.api).to.equal(undefined);
    expect(text(part(element, 'status'))).to.equal('Sign in to see this.');
    expect(states.states).to.deep.equal([]);
    states.stop();
    await expect(element).to.be.accessible();
  });

  it('is idle and shows its empty slot with a client but no pair-id', async () => {
    const element = await fixture<UpwardPairCard>(
      html`<upward-pair-card .client=${await clientFor({ token: pair.mentor.token })}
        ><p slot="empty">Choose a pair</p></upward-pair-card
      >`,
    );
    expect(element.dataState).to.equal('idle');
    const slot = element.shadowRoot?.querySelector('slot[name="empty"]') as HTMLSlotElement;
    expect(slot.assignedElements().map(text)).to.deep.equal(['Choose a pair']);
    expect(element.shadowRoot?.querySelector('[part~="base"]')).to.equal(null);
    await expect(element).to.be.accessible();
  });

  it('shows an accessible loading state, then fires loading and ready, bubbling and composed', async () => {
    const gate = gatedFetch();
    const client = createUpwardClient({
      baseUrl: apiUrl,
      token: pair.mentor.token,
      fetch: gate.fetch,
    });
    // Listening on the document proves the events bubble out of the fixture and are composed.
    const states = recordStates(document);
    const element = await fixture<UpwardPairCard>(
      html`<upward-pair-card .client=${client} pair-id=${pair.pairId}></upward-pair-card>`,
    );
    expect(element.dataState).to.equal('loading');
    expect(element.getAttribute('state')).to.equal('loading');
    const status = part(element, 'status');
    expect(status.getAttribute('role')).to.equal('status');
    expect(text(status)).to.equal('Loading…');
    expect(status.querySelector('.skeletons')?.getAttribute('aria-hidden')).to.equal('true');
    await expect(element).to.be.accessible();

    gate.release();
    await untilState(element, 'ready');
    states.stop();
    expect(states.states).to.deep.equal(['loading', 'ready']);
    for (const event of states.events) {
      expect(event.type).to.equal('upward-state-changed');
      expect(event.bubbles).to.equal(true);
      expect(event.composed).to.equal(true);
      expect(event.target).to.equal(element);
      expect(event.error).to.equal(undefined);
    }
    expect(gate.calls).to.have.length(1);
    expect(gate.calls[0]).to.equal(`${apiUrl}/v1/pairs/${pair.pairId}`);
  });

  it('state events cross a shadow root', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    const states = recordStates(host);
    const element = document.createElement('upward-pair-card');
    element.client = await clientFor({ token: pair.mentor.token });
    element.pairId = pair.pairId;
    root.append(element);
    await untilState(element, 'ready');
    states.stop();
    expect(states.states).to.deep.equal(['loading', 'ready']);
    // Retargeted to the host outside the shadow root.
    expect(states.events[0]?.target).to.equal(host);
  });

  it('shows "not found" for a pair that does not exist (404), with the reference and a retry', async () => {
    const states = recordStates(document);
    const element = await fixture<UpwardPairCard>(
      html`<upward-pair-card
        .client=${await clientFor({ token: pair.mentor.token })}
        pair-id=${crypto.randomUUID()}
      ></upward-pair-card>`,
    );
    await untilState(element, 'error');
    states.stop();
    expect(states.states).to.deep.equal(['loading', 'error']);
    const error = states.events[1]?.error;
    expect(isUpwardError(error) && error.status).to.equal(404);
    const status = part(element, 'status');
    expect(status.getAttribute('role')).to.equal('alert');
    expect(status.dataset.kind).to.equal('error');
    expect(text(status.querySelector('span'))).to.equal(
      'This could not be found. It may have been removed.',
    );
    const requestId = isUpwardError(error) ? error.requestId : undefined;
    expect(requestId).to.be.a('string');
    expect(text(status.querySelector('small'))).to.equal(`Reference: ${requestId}`);
    expect(text(part(element, 'retry'))).to.equal('Try again');
    await expect(element).to.be.accessible();
  });

  it('answers "not found" for a pair of another organisation, and for one the caller has no part in', async () => {
    const contosoPair = await seededPair('nia', 'Ian Cole');
    const element = await fixture<UpwardPairCard>(
      html`<upward-pair-card
        base-url=${apiUrl}
        token=${await tokenFor('amara')}
        pair-id=${contosoPair.id}
      ></upward-pair-card>`,
    );
    await untilState(element, 'error');
    expect(text(part(element, 'status').querySelector('span'))).to.equal(
      'This could not be found. It may have been removed.',
    );
    // A pair of the same organisation that Amara is not in: no access either.
    await loadAfter(element, () => (element.pairId = pair.pairId), 'error');
    expect(text(part(element, 'status').querySelector('span'))).to.contain('could not be found');
    await expect(element).to.be.accessible();
  });

  it('says the sign-in expired for a refused token (401)', async () => {
    const element = await fixture<UpwardPairCard>(
      html`<upward-pair-card
        base-url=${apiUrl}
        token="not.a.token"
        pair-id=${pair.pairId}
      ></upward-pair-card>`,
    );
    await untilState(element, 'error');
    expect(text(part(element, 'status').querySelector('span'))).to.equal(
      'Your sign-in has expired. Sign in again to see this.',
    );
    await expect(element).to.be.accessible();
  });

  it('says something went wrong for any other failure (a malformed pair-id: 400)', async () => {
    const element = await fixture<UpwardPairCard>(
      html`<upward-pair-card
        .client=${await clientFor({ token: pair.mentor.token })}
        pair-id="not-a-uuid"
      ></upward-pair-card>`,
    );
    await untilState(element, 'error');
    expect(text(part(element, 'status').querySelector('span'))).to.equal(
      'Something went wrong while loading this.',
    );
  });

  it('tries again from the error state with its retry button', async () => {
    const client = await clientFor({ token: pair.mentor.token });
    const element = await fixture<UpwardPairCard>(
      html`<upward-pair-card .client=${client} pair-id=${crypto.randomUUID()}></upward-pair-card>`,
    );
    await untilState(element, 'error');
    const states = recordStates(element);
    part(element, 'retry').click();
    await untilState(element, 'error');
    await waitForStates(states, 2);
    states.stop();
    expect(states.states).to.deep.equal(['loading', 'error']);
  });

  it('is offline when the server cannot be reached, and accessible', async () => {
    const states = recordStates(document);
    const element = await fixture<UpwardPairCard>(
      html`<upward-pair-card .client=${unreachableClient()} pair-id=${pair.pairId}></upward-pair-card>`,
    );
    await untilState(element, 'offline');
    states.stop();
    expect(states.states).to.deep.equal(['loading', 'offline']);
    const error = states.events[1]?.error;
    expect(isUpwardError(error) && error.status).to.equal(0);
    const status = part(element, 'status');
    expect(status.dataset.kind).to.equal('offline');
    expect(status.getAttribute('role')).to.equal('status');
    expect(text(status.querySelector('span'))).to.equal(
      'You seem to be offline. This will load again when the connection is back.',
    );
    expect(text(part(element, 'retry'))).to.equal('Try again');
    await expect(element).to.be.accessible();
  });

  it('is offline with its own base-url pointing at a closed port', async () => {
    const element = await fixture<UpwardPairCard>(
      html`<upward-pair-card
        base-url=${closedUrl}
        token="unused"
        pair-id=${pair.pairId}
      ></upward-pair-card>`,
    );
    // The element's own client retries network failures (3 times, backing off) first.
    await untilState(element, 'offline', 25_000);
    expect(element.getAttribute('state')).to.equal('offline');
  });

  it('loads again when the browser comes back online', async () => {
    const element = await fixture<UpwardPairCard>(
      html`<upward-pair-card .client=${unreachableClient()} pair-id=${pair.pairId}></upward-pair-card>`,
    );
    await untilState(element, 'offline');
    const states = recordStates(element);
    window.dispatchEvent(new Event('online'));
    await waitForStates(states, 2);
    states.stop();
    expect(states.states).to.deep.equal(['loading', 'offline']);

    // Not offline: an "online" event changes nothing.
    element.client = await clientFor({ token: pair.mentor.token });
    await untilState(element, 'ready');
    const quiet = recordStates(element);
    window.dispatchEvent(new Event('online'));
    await new Promise((resolve) => setTimeout(resolve, 100));
    quiet.stop();
    expect(quiet.states).to.deep.equal([]);
  });

  it('counts as offline while the browser says it is offline, whatever the error', async () => {
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    try {
      const element = await fixture<UpwardPairCard>(
        html`<upward-pair-card
          .client=${await clientFor({ token: pair.mentor.token })}
          pair-id=${crypto.randomUUID()}
        ></upward-pair-card>`,
      );
      await untilState(element, 'offline');
    } finally {
      delete (navigator as { onLine?: boolean }).onLine;
    }
    expect(navigator.onLine).to.equal(true);
  });

  it('loads again when pair-id changes, and keeps only the latest answer', async () => {
    const other = await freshPair({ mentorName: 'Cleo Ward', menteeName: 'Dmitri Lane' });
    const client = await clientFor('jordan'); // the admin sees both pairs
    const element = await readyCard(
      html`<upward-pair-card .client=${client} pair-id=${pair.pairId}></upward-pair-card>`,
    );
    expect(text(part(element, 'mentor').querySelector('[part~="name"]'))).to.equal('Ada Quist');

    const states = recordStates(element);
    await loadAfter(element, () => element.setAttribute('pair-id', other.pairId));
    expect(text(part(element, 'mentor').querySelector('[part~="name"]'))).to.equal('Cleo Ward');

    // Two changes in a row: the first load is dropped, whenever it answers.
    const gate = gatedFetch();
    element.client = createUpwardClient({
      baseUrl: apiUrl,
      token: await tokenFor('jordan'),
      fetch: gate.fetch,
    });
    await element.updateComplete;
    element.pairId = pair.pairId;
    await waitUntil(() => gate.calls.length === 2, 'both loads should be under way');
    gate.release();
    await untilState(element, 'ready');
    await new Promise((resolve) => setTimeout(resolve, 200));
    states.stop();
    expect(states.states).to.deep.equal(['loading', 'ready', 'loading', 'loading', 'ready']);
    expect(element.pair?.id).to.equal(pair.pairId);
    expect(text(part(element, 'mentor').querySelector('[part~="name"]'))).to.equal('Ada Quist');
  });

  it('loads again when the client changes, and is idle when it is removed', async () => {
    const element = await readyCard(
      html`<upward-pair-card
        .client=${await clientFor({ token: pair.mentor.token })}
        pair-id=${pair.pairId}
      ></upward-pair-card>`,
    );
    const states = recordStates(element);
    // Someone else signs in: Amara has no part in this pair.
    element.client = await clientFor('amara');
    await untilState(element, 'error');
    expect(text(part(element, 'status').querySelector('span'))).to.contain('could not be found');

    element.client = await clientFor({ token: pair.mentee.token });
    await untilState(element, 'ready');

    // Signed out: the data goes with the client.
    element.client = undefined;
    await untilState(element, 'idle');
    states.stop();
    expect(states.states).to.deep.equal(['loading', 'error', 'loading', 'ready', 'idle']);
    expect(element.pair).to.equal(undefined);
    expect(text(part(element, 'status'))).to.equal('Sign in to see this.');
    expect(text(element.shadowRoot)).not.to.contain('Ada Quist');
    await expect(element).to.be.accessible();
  });

  it('is idle when pair-id is removed, loads again when it is back, and keeps its data when moved', async () => {
    const element = await readyCard(
      html`<upward-pair-card
        .client=${await clientFor({ token: pair.mentor.token })}
        pair-id=${pair.pairId}
      ></upward-pair-card>`,
    );
    const states = recordStates(element);
    element.removeAttribute('pair-id');
    await untilState(element, 'idle');
    await loadAfter(element, () => (element.pairId = pair.pairId));
    // Moved in the page (a re-layout): what was loaded stays, nothing is fetched again.
    const parent = element.parentElement as HTMLElement;
    element.remove();
    parent.append(element);
    await element.updateComplete;
    states.stop();
    expect(states.states).to.deep.equal(['idle', 'loading', 'ready']);
    expect(element.dataState).to.equal('ready');
    expect(text(part(element, 'people'))).to.contain(pair.mentor.displayName);
  });

  it('makes its own client from base-url with .getToken', async () => {
    let calls = 0;
    const element = await readyCard(html`<upward-pair-card
      base-url=${apiUrl}
      .getToken=${() => {
        calls += 1;
        return pair.mentee.token;
      }}
      pair-id=${pair.pairId}
    ></upward-pair-card>`);
    expect(calls).to.equal(1);
    expect(element.api).to.not.equal(undefined);
    // Removing base-url drops its own client: nothing is left to load with.
    element.baseUrl = undefined;
    await untilState(element, 'idle');
    expect(element.api).to.equal(undefined);
  });
});

async function waitForStates(states: { states: string[] }, count: number) {
  const start = Date.now();
  while (states.states.length < count) {
    if (Date.now() - start > 10_000)
      throw new Error(`only ${states.states.length} state events: ${states.states.join(', ')}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
