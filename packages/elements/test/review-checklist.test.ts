import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { type components, createUpwardClient, unwrap } from '@upward/sdk';
import { sendKeys } from '@web/test-runner-commands';
import '../src/components/review-checklist/review-checklist.js';
import type { UpwardReviewChecklist } from '../src/components/review-checklist/review-checklist.component.js';
import { reviewChecklistStrings } from '../src/components/review-checklist/review-checklist.strings.js';
import {
  changedItems,
  draftOf,
  mergeDrafts,
  outcomeKey,
  resolve,
  toUpdate,
} from '../src/components/review-checklist/review-merge.js';
import {
  describeSignal,
  readSignal,
  suggest,
} from '../src/components/review-checklist/review-suggestion.js';
import { ar as arabic } from '../src/locales/ar.js';
import { de as german } from '../src/locales/de.js';
import {
  apiUrl,
  clientFor,
  completeReview,
  type FreshPair,
  gatedFetch,
  logSessions,
  reviewPair,
  reviewsOf,
  seededPair,
  sessionBody,
  sourceChecklist,
  startReview,
  tokenFor,
  unreachableClient,
  updateReviewAs,
} from './fixtures.js';
import { loadAfter, part, parts, text, untilState } from './helpers.js';

type Review = components['schemas']['Review'];

/** The next event of that type, typed by its event map entry. */
function nextEvent<K extends keyof GlobalEventHandlersEventMap>(target: EventTarget, type: K) {
  return oneEvent(target, type) as unknown as Promise<GlobalEventHandlersEventMap[K]>;
}

async function checklistFor(pair: FreshPair, who: 'mentor' | 'mentee' = 'mentor', lang = 'en') {
  return fixture<UpwardReviewChecklist>(html`<upward-review-checklist
    lang=${lang}
    base-url=${apiUrl}
    token=${pair[who].token}
    pair-id=${pair.pairId}
  ></upward-review-checklist>`);
}

function control<T extends HTMLElement = HTMLInputElement>(
  element: UpwardReviewChecklist,
  selector: string,
): T {
  const found = element.shadowRoot?.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
}

function check(element: UpwardReviewChecklist, id: string) {
  control(element, `#i-${id}`).click();
}

function note(element: UpwardReviewChecklist, id: string, value: string) {
  const area = control<HTMLTextAreaElement>(element, `#n-${id}`);
  area.value = value;
  area.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

function outcome(element: UpwardReviewChecklist, value: string) {
  control(element, `input[name="outcome"][value="${value}"]`).click();
}

async function serverReview(pair: FreshPair): Promise<Review> {
  const [latest] = await reviewsOf(pair.pairId, pair.mentor.token);
  if (!latest) throw new Error('no review');
  return latest;
}

const answerOf = (review: Review, id: string) => {
  const item = review.items.find((each) => each.id === id);
  return { checked: item?.checked, note: item?.note };
};

function activeId(element: UpwardReviewChecklist) {
  const active = element.shadowRoot?.activeElement as HTMLElement | null | undefined;
  return active?.id || active?.getAttribute('part') || active?.getAttribute('value') || '';
}

/** Presses Tab until `done` holds for the focused element inside the checklist. */
async function tabTo(element: UpwardReviewChecklist, done: (active: Element) => boolean) {
  for (let presses = 0; presses < 40; presses++) {
    await sendKeys({ press: 'Tab' });
    const active = element.shadowRoot?.activeElement;
    if (active && done(active)) return;
  }
  throw new Error('Tab never reached the control');
}

/** Sessions whose agendas the senior set (4 of 5), held `daysAgo` days ago and before. */
function seniorAgendas(daysAgo: number) {
  return (index: number) => ({
    ...sessionBody(index),
    heldAt: new Date(Date.now() - (daysAgo * 24 + index + 1) * 3_600_000).toISOString(),
    agendaSetBy: index < 4 ? ('mentee' as const) : ('mentor' as const),
  });
}

/**
 * A fetch for one test's client that reaches the real server, except where a rule says: `fail`
 * (the network drops that request) or `before` (something happens first, e.g. the partner acts).
 * Each rule applies once, to the first request it matches.
 */
function scriptedFetch() {
  type Rule = {
    method: string;
    path: RegExp;
    fail?: boolean;
    before?: () => Promise<unknown>;
  };
  const rules: Rule[] = [];
  const fetchImpl: typeof fetch = async (input, init) => {
    const request = input instanceof Request ? input : new Request(input, init);
    const url = new URL(request.url);
    const at = rules.findIndex(
      (rule) => rule.method === request.method && rule.path.test(url.pathname),
    );
    const rule = at >= 0 ? rules.splice(at, 1)[0] : undefined;
    if (rule?.before) await rule.before();
    if (rule?.fail) throw new TypeError('Failed to fetch');
    return fetch(input, init);
  };
  return {
    fetch: fetchImpl,
    when: (method: string, path: RegExp, rule: Omit<Rule, 'method' | 'path'>) =>
      rules.push({ method, path, ...rule }),
  };
}

async function scriptedChecklist(pair: FreshPair, who: 'mentor' | 'mentee' = 'mentor') {
  const script = scriptedFetch();
  const client = createUpwardClient({
    baseUrl: apiUrl,
    token: pair[who].token,
    retry: false,
    fetch: script.fetch,
  });
  const element = await fixture<UpwardReviewChecklist>(html`<upward-review-checklist
    .client=${client}
    pair-id=${pair.pairId}
  ></upward-review-checklist>`);
  return { element, script };
}

const reviewPath = /\/reviews\/[^/]+$/;
const pairPath = /\/pairs\/[^/]+$/;
const reviewsPath = /\/reviews$/;

describe('<upward-review-checklist>', () => {
  describe('states', () => {
    it('is idle and asks to sign in without a client, accessibly', async () => {
      const element = await fixture<UpwardReviewChecklist>(
        html`<upward-review-checklist pair-id=${crypto.randomUUID()}></upward-review-checklist>`,
      );
      await element.updateComplete;
      expect(element.dataState).to.equal('idle');
      expect(text(part(element, 'status'))).to.contain('Sign in to see this');
      expect(element.shadowRoot?.querySelector('[part~="start"]')).to.equal(null);
      await expect(element).to.be.accessible();
    });

    it('shows loading until the server answers, accessibly', async () => {
      const pair = await reviewPair();
      const gate = gatedFetch();
      const element = await fixture<UpwardReviewChecklist>(html`<upward-review-checklist
        .client=${createUpwardClient({ baseUrl: apiUrl, token: pair.mentor.token, fetch: gate.fetch })}
        pair-id=${pair.pairId}
      ></upward-review-checklist>`);
      await untilState(element, 'loading');
      expect(text(part(element, 'status'))).to.contain('Loading');
      await expect(element).to.be.accessible();
      gate.release();
      await untilState(element, 'empty');
    });

    it('is empty before the first review, with the due date and a start button, accessibly', async () => {
      const pair = await reviewPair();
      const element = await checklistFor(pair);
      await untilState(element, 'empty');
      expect(text(part(element, 'empty'))).to.contain('No review yet');
      expect(text(part(element, 'start'))).to.equal('Start the review');
      const due = pair.pair.stats.reviewDueAt as string;
      const date = new Intl.DateTimeFormat('en', { dateStyle: 'medium' }).format(new Date(due));
      expect(text(part(element, 'due'))).to.contain(`Next review due ${date}`);
      expect(part(element, 'due').dataset.overdue).to.equal('false');
      await expect(element).to.be.accessible();
    });

    it('is ready with the open review: every item, signals, suggestion, accessibly', async () => {
      const pair = await reviewPair();
      await startReview(pair.pairId, pair.mentee.token);
      const element = await checklistFor(pair);
      await untilState(element, 'ready');
      const items = parts(element, 'item');
      expect(items.map((item) => item.dataset.item)).to.deep.equal(
        sourceChecklist.map((item) => item.id),
      );
      expect(text(items[0])).to.contain('The purpose is clear to both of us');
      expect(text(part(element, 'no-signals'))).to.contain('No signs of drift');
      expect(part(element, 'suggested-outcome').dataset.outcome).to.equal('on-track');
      expect(text(part(element, 'suggestion'))).to.contain('Check what holds');
      expect(element.shadowRoot?.querySelector('[part~="start"]')).to.equal(null);
      expect(text(part(element, 'no-history'))).to.contain('No completed review yet');
      await expect(element).to.be.accessible();
    });

    it('says the pair was not found for an unknown id or a pair of others, accessibly', async () => {
      const [pair, other] = await Promise.all([reviewPair(), reviewPair()]);
      const element = await fixture<UpwardReviewChecklist>(html`<upward-review-checklist
        .client=${await clientFor({ token: pair.mentor.token })}
        pair-id=${other.pairId}
      ></upward-review-checklist>`);
      await untilState(element, 'error');
      expect(text(part(element, 'status'))).to.contain('could not be found');
      expect(part(element, 'retry')).to.exist;
      await expect(element).to.be.accessible();
    });

    it('is offline when the server cannot be reached, accessibly', async () => {
      const element = await fixture<UpwardReviewChecklist>(html`<upward-review-checklist
        .client=${unreachableClient()}
        pair-id=${crypto.randomUUID()}
      ></upward-review-checklist>`);
      await untilState(element, 'offline');
      expect(text(part(element, 'status'))).to.contain('offline');
      await expect(element).to.be.accessible();
    });

    it('lets the programme lead review the pair too', async () => {
      const pair = await reviewPair();
      await startReview(pair.pairId, pair.mentor.token);
      const element = await fixture<UpwardReviewChecklist>(html`<upward-review-checklist
        .client=${await clientFor('jordan')}
        pair-id=${pair.pairId}
      ></upward-review-checklist>`);
      await untilState(element, 'ready');
      expect(parts(element, 'item')).to.have.length(sourceChecklist.length);
    });

    it('offers no start for an ended pair, and says no review is scheduled', async () => {
      const pair = await reviewPair();
      const admin = await clientFor('jordan');
      const current = await unwrap(
        admin.GET('/v1/pairs/{pairId}', { params: { path: { pairId: pair.pairId } } }),
      );
      await unwrap(
        admin.PATCH('/v1/pairs/{pairId}', {
          params: { path: { pairId: pair.pairId } },
          headers: { 'if-match': `"${current.version}"` },
          body: { status: 'ended', endReason: 'Moved abroad.' },
        }),
      );
      const element = await checklistFor(pair);
      await untilState(element, 'empty');
      expect(element.shadowRoot?.querySelector('[part~="start"]')).to.equal(null);
      expect(text(part(element, 'base'))).to.contain('Reviews start once the pair is active');
      expect(text(part(element, 'due'))).to.contain('No review is scheduled');
      await expect(element).to.be.accessible();
    });
  });

  describe('answering and completing', () => {
    it('starts a review, moves focus to the first item and fires upward-review-started', async () => {
      const pair = await reviewPair();
      const element = await checklistFor(pair);
      await untilState(element, 'empty');
      const started = nextEvent(element, 'upward-review-started');
      part(element, 'start').click();
      const event = await started;
      expect(event.bubbles && event.composed).to.equal(true);
      await untilState(element, 'ready');
      expect(event.review.items).to.have.length(sourceChecklist.length);
      expect(activeId(element)).to.equal('i-purpose-clear');
      const stored = await serverReview(pair);
      expect(stored.id).to.equal(event.review.id);
      expect(stored.completedAt).to.equal(null);
    });

    it('saves checked items with notes and fires upward-review-saved', async () => {
      const pair = await reviewPair();
      await startReview(pair.pairId, pair.mentor.token);
      const element = await checklistFor(pair);
      await untilState(element, 'ready');
      check(element, 'purpose-clear');
      note(element, 'purpose-clear', 'We wrote it on the first page of our shared notes.');
      note(element, 'both-trained', 'Helen has not done the openness module yet.');
      await element.updateComplete;
      expect(text(part(element, 'unsaved'))).to.equal('Unsaved changes');
      const saved = nextEvent(element, 'upward-review-saved');
      part(element, 'save').click();
      const event = await saved;
      expect(event.merged).to.equal(false);
      expect(answerOf(event.review, 'purpose-clear')).to.deep.equal({
        checked: true,
        note: 'We wrote it on the first page of our shared notes.',
      });
      await element.updateComplete;
      expect(element.shadowRoot?.querySelector('[part~="unsaved"]')).to.equal(null);
      const stored = await serverReview(pair);
      expect(answerOf(stored, 'both-trained')).to.deep.equal({
        checked: false,
        note: 'Helen has not done the openness module yet.',
      });
      expect(answerOf(stored, 'senior-learning')).to.deep.equal({
        checked: false,
        note: undefined,
      });
      // Saving again with nothing new sends nothing.
      part(element, 'save').click();
      await waitUntil(
        () => text(element.shadowRoot?.querySelector('[role="status"]')) === 'Nothing new to save.',
      );
      expect((await serverReview(pair)).version).to.equal(stored.version);
      // Clearing a note removes it.
      note(element, 'both-trained', '');
      const cleared = nextEvent(element, 'upward-review-saved');
      part(element, 'save').click();
      expect(answerOf((await cleared).review, 'both-trained').note).to.equal(undefined);
    });

    it('completes with a confirmed outcome, lists it in the history and shows the next due date', async () => {
      const pair = await reviewPair();
      await startReview(pair.pairId, pair.mentor.token);
      const element = await checklistFor(pair, 'mentee');
      await untilState(element, 'ready');
      for (const { id } of sourceChecklist) check(element, id);
      note(element, 'senior-learning', 'I now run my own stand-up board.');
      outcome(element, 'on-track');
      await element.updateComplete;
      part(element, 'complete').click();
      await waitUntil(() => element.shadowRoot?.querySelector('[part~="confirm"]'));
      expect(text(part(element, 'confirm'))).to.contain('Complete the review as “On track”?');
      expect(activeId(element)).to.equal('confirm-complete');
      await expect(element).to.be.accessible();
      const completed = nextEvent(element, 'upward-review-completed');
      part(element, 'confirm-complete').click();
      const event = await completed;
      expect(event.review.outcome).to.equal('on-track');
      expect(event.review.completedBy?.id).to.equal(pair.mentee.id);
      expect(answerOf(event.review, 'senior-learning').note).to.equal(
        'I now run my own stand-up board.',
      );
      await waitUntil(() => element.shadowRoot?.querySelector('[part~="start"]'));
      expect(element.shadowRoot?.querySelector('[part~="review"]')).to.equal(null);
      const [entry] = parts(element, 'history-item');
      expect(entry?.dataset.outcome).to.equal('on-track');
      expect(text(entry)).to.contain('On track');
      expect(text(entry)).to.contain(`Completed by ${pair.mentee.displayName}`);
      expect(text(entry)).to.contain('7 of 7 items checked');
      // The server moved the due date on by the programme's cadence (42 days).
      const pairNow = await unwrap(
        (await clientFor({ token: pair.mentor.token })).GET('/v1/pairs/{pairId}', {
          params: { path: { pairId: pair.pairId } },
        }),
      );
      const due = new Date(pairNow.stats.reviewDueAt as string);
      expect(due.getTime()).to.be.greaterThan(Date.now() + 41 * 86_400_000);
      await waitUntil(() =>
        text(part(element, 'due')).includes(
          new Intl.DateTimeFormat('en', { dateStyle: 'medium' }).format(due),
        ),
      );
      expect(activeId(element)).to.equal('start');
      await expect(element).to.be.accessible();
    });

    it('asks for an outcome before completing, and Escape leaves the confirmation', async () => {
      const pair = await reviewPair();
      await startReview(pair.pairId, pair.mentor.token);
      const element = await checklistFor(pair);
      await untilState(element, 'ready');
      part(element, 'complete').click();
      await waitUntil(() => element.shadowRoot?.querySelector('#outcome-error'));
      expect(text(control(element, '#outcome-error'))).to.equal(
        'Choose an outcome to complete the review.',
      );
      expect(activeId(element)).to.equal('on-track');
      await expect(element).to.be.accessible();
      outcome(element, 'needs-attention');
      await element.updateComplete;
      expect(element.shadowRoot?.querySelector('#outcome-error')).to.equal(null);
      part(element, 'complete').click();
      await waitUntil(() => element.shadowRoot?.querySelector('[part~="confirm"]'));
      await sendKeys({ press: 'Escape' });
      await element.updateComplete;
      expect(element.shadowRoot?.querySelector('[part~="confirm"]')).to.equal(null);
      expect(activeId(element)).to.equal('complete');
      // "Not yet" leaves it too; nothing was completed.
      part(element, 'complete').click();
      await waitUntil(() => element.shadowRoot?.querySelector('[part~="confirm"]'));
      part(element, 'not-yet').click();
      await element.updateComplete;
      expect(element.shadowRoot?.querySelector('[part~="confirm"]')).to.equal(null);
      expect((await serverReview(pair)).completedAt).to.equal(null);
    });

    it('keeps a too long note with a message next to it and sends nothing', async () => {
      const pair = await reviewPair();
      const review = await startReview(pair.pairId, pair.mentor.token);
      const element = await checklistFor(pair);
      await untilState(element, 'ready');
      note(element, 'purpose-clear', 'x'.repeat(4001));
      part(element, 'save').click();
      await waitUntil(() => element.shadowRoot?.querySelector('[part~="field-error"]'));
      expect(text(part(element, 'field-error'))).to.equal('At most 4,000 characters (now 4,001).');
      expect(control(element, '#n-purpose-clear').getAttribute('aria-invalid')).to.equal('true');
      expect(activeId(element)).to.equal('n-purpose-clear');
      await expect(element).to.be.accessible();
      expect((await serverReview(pair)).version).to.equal(review.version);
      part(element, 'complete').click();
      await element.updateComplete;
      expect(element.shadowRoot?.querySelector('[part~="confirm"]')).to.equal(null);
      note(element, 'purpose-clear', 'Short now.');
      await element.updateComplete;
      expect(element.shadowRoot?.querySelector('[part~="field-error"]')).to.equal(null);
    });

    it('shows a review already started by the partner instead of starting another', async () => {
      const pair = await reviewPair();
      const element = await checklistFor(pair);
      await untilState(element, 'empty');
      const theirs = await startReview(pair.pairId, pair.mentee.token);
      part(element, 'start').click();
      await untilState(element, 'ready');
      await waitUntil(() => element.review?.id === theirs.id);
      expect(text(part(element, 'notice'))).to.contain('A review was already open');
      expect(await reviewsOf(pair.pairId, pair.mentor.token)).to.have.length(1);
    });

    it('keeps the answers in the form when offline, and says so', async () => {
      const pair = await reviewPair();
      await startReview(pair.pairId, pair.mentor.token);
      let offline = false;
      const client = createUpwardClient({
        baseUrl: apiUrl,
        token: pair.mentor.token,
        retry: false,
        fetch: (input, init) =>
          offline ? Promise.reject(new TypeError('Failed to fetch')) : fetch(input, init),
      });
      const element = await fixture<UpwardReviewChecklist>(html`<upward-review-checklist
        .client=${client}
        pair-id=${pair.pairId}
      ></upward-review-checklist>`);
      await untilState(element, 'ready');
      check(element, 'purpose-clear');
      offline = true;
      part(element, 'save').click();
      await waitUntil(() => element.shadowRoot?.querySelector('[part~="form-error"]'));
      expect(text(part(element, 'form-error'))).to.contain('offline');
      expect(control(element, '#i-purpose-clear').checked).to.equal(true);
      offline = false;
      const saved = nextEvent(element, 'upward-review-saved');
      part(element, 'save').click();
      expect(answerOf((await saved).review, 'purpose-clear').checked).to.equal(true);
      await element.updateComplete;
      expect(element.shadowRoot?.querySelector('[part~="form-error"]')).to.equal(null);
    });

    it('says what the server refused', async () => {
      const pair = await reviewPair();
      await startReview(pair.pairId, pair.mentor.token);
      const element = await checklistFor(pair);
      await untilState(element, 'ready');
      note(element, 'purpose-clear', 'Nul \u0000 here');
      part(element, 'save').click();
      await waitUntil(() => element.shadowRoot?.querySelector('[part~="form-error"]'));
      expect(text(part(element, 'form-error'))).to.contain('The answers could not be saved.');
    });

    it('pages through older reviews', async () => {
      const pair = await reviewPair({ checklist: sourceChecklist.slice(0, 1) });
      for (let index = 0; index < 11; index++)
        await completeReview(pair.pairId, pair.mentor.token, 'on-track');
      const element = await checklistFor(pair);
      await untilState(element, 'ready');
      expect(parts(element, 'history-item')).to.have.length(10);
      part(element, 'more').click();
      await waitUntil(() => parts(element, 'history-item').length === 11);
      expect(element.shadowRoot?.querySelector('[part~="more"]')).to.equal(null);
      // Each entry opens to its answers.
      const details = parts(element, 'history-item')[0]?.querySelector('details');
      details?.querySelector('summary')?.click();
      expect(details?.open).to.equal(true);
      expect(text(details)).to.contain('Not checked: The purpose is clear to both of us');
    });
  });

  describe('the suggestion', () => {
    it('shows the senior setting most agendas in plain words and suggests attention', async () => {
      const pair = await reviewPair({ menteeName: 'Helen Marsh-Test', mentorName: 'Amara Test' });
      await logSessions(pair.pairId, pair.mentor.token, 5, seniorAgendas(0));
      await startReview(pair.pairId, pair.mentor.token);
      const element = await checklistFor(pair);
      await untilState(element, 'ready');
      const signals = parts(element, 'signal');
      expect(signals.map((signal) => signal.dataset.code)).to.deep.equal(['senior-sets-agenda']);
      expect(text(signals[0])).to.equal(
        'Helen Marsh-Test set 4 of the last 5 agendas. The junior mentor should own the agenda.',
      );
      expect(part(element, 'suggested-outcome').dataset.outcome).to.equal('needs-attention');
      expect(text(part(element, 'suggestion'))).to.contain(
        'From the pair’s activity: Needs attention.',
      );
      // The suggested option is marked among the outcomes.
      expect(text(control(element, 'label[data-outcome="needs-attention"]'))).to.contain(
        '(suggested)',
      );
      await expect(element).to.be.accessible();
    });

    it('adds a long gap between sessions and suggests the pair is at risk', async () => {
      const pair = await reviewPair();
      await logSessions(pair.pairId, pair.mentor.token, 5, seniorAgendas(40));
      await startReview(pair.pairId, pair.mentee.token);
      const element = await checklistFor(pair, 'mentee');
      await untilState(element, 'ready');
      const signals = parts(element, 'signal');
      expect(signals.map((signal) => signal.dataset.code)).to.deep.equal([
        'senior-sets-agenda',
        'long-gap',
      ]);
      expect(text(signals[1])).to.equal(
        'No session for 40 days, though the pair agreed to meet every 14.',
      );
      expect(part(element, 'suggested-outcome').dataset.outcome).to.equal('at-risk');
      // Answers cannot talk a drift signal away.
      for (const { id } of sourceChecklist) check(element, id);
      await element.updateComplete;
      expect(part(element, 'suggested-outcome').dataset.outcome).to.equal('at-risk');
      expect(text(part(element, 'suggestion'))).to.contain('Every item is checked.');
    });

    it('moves with the answers', async () => {
      const pair = await reviewPair();
      await logSessions(pair.pairId, pair.mentor.token, 2);
      await startReview(pair.pairId, pair.mentor.token);
      const element = await checklistFor(pair);
      await untilState(element, 'ready');
      const suggested = () => part(element, 'suggested-outcome').dataset.outcome;
      expect(suggested()).to.equal('on-track');
      // Three of seven checked: four do not hold, more than half.
      for (const { id } of sourceChecklist.slice(0, 3)) check(element, id);
      await element.updateComplete;
      expect(suggested()).to.equal('at-risk');
      expect(text(part(element, 'suggestion'))).to.contain('4 of 7 items are not checked.');
      check(element, 'senior-learning');
      check(element, 'junior-can-challenge');
      await element.updateComplete;
      expect(suggested()).to.equal('needs-attention');
      expect(text(part(element, 'suggestion'))).to.contain('2 of 7 items are not checked.');
      check(element, 'junior-sets-agenda');
      check(element, 'concerns-followed-up');
      await element.updateComplete;
      expect(suggested()).to.equal('on-track');
    });

    it('has every string in every language, with numbers and names filled in', () => {
      for (const [lang, t] of Object.entries({
        en: reviewChecklistStrings,
        de: german.reviewChecklist,
        ar: arabic.reviewChecklist,
      })) {
        const s = t.signals;
        const said = [
          t.dueOn('1 Jan', 'in 3 days'),
          t.overdueSince('1 Jan', '3 days ago'),
          t.openTitle('1 Jan'),
          s.agenda('Helen', 4, 5, lang),
          s.agendaOnly('Helen'),
          s.cancels('Helen', 2, 5, lang),
          s.gap(31, 14, lang),
          s.neverMet(30, 14, lang),
          s.rating('Amara', 2, lang),
          ...Object.values(s.generic),
          t.fromActivity('X'),
          t.fromAnswers(1, 7, lang),
          t.fromAnswers(2, 7, lang),
          t.fromAnswers(5, 7, lang),
          t.noteFor('Label'),
          t.noteTooLong(4000, 4001, lang),
          t.confirmComplete('X'),
          t.merged(0, lang),
          t.merged(1, lang),
          t.merged(2, lang),
          t.merged(5, lang),
          t.completedBy('Amara', '1 Jan'),
          t.completedOn('1 Jan'),
          t.itemsChecked(1, 1, lang),
          t.itemsChecked(2, 7, lang),
        ];
        for (const each of said) {
          expect(each).to.be.a('string').and.not.equal('');
          expect(each).to.not.contain('undefined');
          expect(each).to.not.contain('{n}');
        }
      }
    });

    it('reads every kind of signal in plain words, in each language', () => {
      const t = reviewChecklistStrings;
      const names = { mentor: 'Amara', mentee: 'Helen' };
      const say = (code: string, detail: string, strings = t, lang = 'en') =>
        describeSignal({ code, detail } as never, strings, names, lang);
      expect(say('senior-sets-agenda', 'The mentee set the agenda of the only session.')).to.equal(
        'Helen set the agenda of the only session. The junior mentor should own the agenda.',
      );
      expect(say('senior-cancels', 'The mentee cancelled 2 of the last 5 sessions.')).to.equal(
        'Helen cancelled 2 of the last 5 sessions.',
      );
      expect(
        say(
          'long-gap',
          'No session in the 30 days since the pair started; the agreement says every 14.',
        ),
      ).to.equal(
        'No session in the 30 days since the pair started, though it agreed to meet every 14.',
      );
      expect(
        say('low-challenge-rating', 'The latest "could challenge" rating was 2 of 5.'),
      ).to.equal('Amara last rated how freely they could challenge at 2 of 5.');
      // Worded otherwise: the code's plain sentence; an unknown code: the server's words.
      expect(say('senior-sets-agenda', 'Agendas lean senior.')).to.equal(
        t.signals.generic['senior-sets-agenda'],
      );
      expect(say('senior-cancels', 'Many.')).to.equal(t.signals.generic['senior-cancels']);
      expect(say('long-gap', 'A while.')).to.equal(t.signals.generic['long-gap']);
      expect(say('low-challenge-rating', 'Low.')).to.equal(
        t.signals.generic['low-challenge-rating'],
      );
      expect(say('new-kind', 'Something new.')).to.equal('Something new.');
      expect(
        readSignal({ code: 'long-gap', detail: 'No session for 31 days; every 14.' }),
      ).to.deep.equal({ kind: 'gap', days: 31, cadence: 14 });
      const de = german.reviewChecklist;
      expect(
        say('senior-sets-agenda', 'The mentee set 4 of the last 5 agendas.', de, 'de'),
      ).to.contain('Helen hat 4 der letzten 5 Agenden bestimmt.');
      for (const [strings, lang] of [
        [de, 'de'],
        [arabic.reviewChecklist, 'ar'],
      ] as const) {
        for (const [code, detail] of [
          ['senior-sets-agenda', 'The mentee set the agenda of the only session.'],
          ['senior-cancels', 'The mentee cancelled 2 of the last 5 sessions.'],
          ['long-gap', 'No session for 31 days; every 14.'],
          ['long-gap', 'No session in the 30 days since the pair started; every 14.'],
          ['low-challenge-rating', 'The latest "could challenge" rating was 2 of 5.'],
        ]) {
          const said = say(code as string, detail as string, strings, lang);
          expect(said).to.be.a('string').and.not.equal('');
          expect(said).to.not.contain('The mentee');
        }
      }
    });
  });

  describe('unsaved answers on this device', () => {
    it('come back after a reload, and go once saved', async () => {
      const pair = await reviewPair();
      await startReview(pair.pairId, pair.mentor.token);
      const first = await checklistFor(pair);
      await untilState(first, 'ready');
      check(first, 'purpose-clear');
      note(first, 'junior-sets-agenda', 'Amara set the agenda twice this month.');
      outcome(first, 'needs-attention');
      await first.updateComplete;
      first.remove();

      const again = await checklistFor(pair);
      await untilState(again, 'ready');
      expect(control(again, '#i-purpose-clear').checked).to.equal(true);
      expect(control<HTMLTextAreaElement>(again, '#n-junior-sets-agenda').value).to.equal(
        'Amara set the agenda twice this month.',
      );
      expect(control(again, 'input[name="outcome"][value="needs-attention"]').checked).to.equal(
        true,
      );
      expect(again.shadowRoot?.querySelector('[part~="unsaved"]')).to.exist;
      part(again, 'save').click();
      await nextEvent(again, 'upward-review-saved');
      again.remove();

      const saved = await checklistFor(pair);
      await untilState(saved, 'ready');
      expect(saved.shadowRoot?.querySelector('[part~="unsaved"]')).to.equal(null);
      expect(control(saved, '#i-purpose-clear').checked).to.equal(true);
    });

    it('lay only the reader’s own changes over what the partner saved meanwhile', async () => {
      const pair = await reviewPair();
      const review = await startReview(pair.pairId, pair.mentor.token);
      const first = await checklistFor(pair);
      await untilState(first, 'ready');
      note(first, 'concerns-followed-up', 'The rota concern is still open.');
      await first.updateComplete;
      first.remove();
      await updateReviewAs(pair.pairId, review.id, pair.mentee.token, {
        items: [{ id: 'senior-learning', checked: true, note: 'The team chat, daily.' }],
        outcome: 'on-track',
      });

      const again = await checklistFor(pair);
      await untilState(again, 'ready');
      expect(control(again, '#i-senior-learning').checked).to.equal(true);
      expect(control<HTMLTextAreaElement>(again, '#n-concerns-followed-up').value).to.equal(
        'The rota concern is still open.',
      );
      part(again, 'save').click();
      await nextEvent(again, 'upward-review-saved');
      const stored = await serverReview(pair);
      expect(answerOf(stored, 'senior-learning')).to.deep.equal({
        checked: true,
        note: 'The team chat, daily.',
      });
      expect(answerOf(stored, 'concerns-followed-up').note).to.equal(
        'The rota concern is still open.',
      );
      expect(stored.outcome).to.equal('on-track');
    });

    it('offer the usual choice when the partner changed the same item meanwhile', async () => {
      const pair = await reviewPair();
      const review = await startReview(pair.pairId, pair.mentor.token);
      const first = await checklistFor(pair);
      await untilState(first, 'ready');
      note(first, 'purpose-clear', 'Mine on purpose.');
      check(first, 'both-trained');
      await first.updateComplete;
      first.remove();
      await updateReviewAs(pair.pairId, review.id, pair.mentee.token, {
        items: [{ id: 'purpose-clear', checked: true, note: 'Theirs on purpose.' }],
      });

      const again = await checklistFor(pair);
      await untilState(again, 'ready');
      await waitUntil(() => again.shadowRoot?.querySelector('[part~="conflict"]'));
      // Nothing is saved over theirs before the reader chooses.
      expect(part(again, 'save').hasAttribute('disabled')).to.equal(true);
      expect(answerOf(await serverReview(pair), 'purpose-clear').note).to.equal(
        'Theirs on purpose.',
      );
      part(again, 'merge').click();
      await waitUntil(() => again.shadowRoot?.querySelector('[part~="merge-choices"]'));
      const picks = parts(again, 'pick');
      expect(picks.map((pick) => pick.dataset.item)).to.deep.equal(['purpose-clear']);
      expect(text(picks[0])).to.contain('“Mine on purpose.”');
      expect(text(picks[0])).to.contain('“Theirs on purpose.”');
      picks[0]?.querySelector<HTMLInputElement>('input[value="mine"]')?.click();
      const saved = nextEvent(again, 'upward-review-saved');
      part(again, 'save-merge').click();
      await saved;
      const stored = await serverReview(pair);
      expect(answerOf(stored, 'purpose-clear').note).to.equal('Mine on purpose.');
      expect(answerOf(stored, 'both-trained').checked).to.equal(true);
    });

    it('stay with the person who gave them', async () => {
      const pair = await reviewPair();
      await startReview(pair.pairId, pair.mentor.token);
      const mentor = await checklistFor(pair, 'mentor');
      await untilState(mentor, 'ready');
      note(mentor, 'purpose-clear', 'Only the mentor typed this.');
      await mentor.updateComplete;
      mentor.remove();
      const mentee = await checklistFor(pair, 'mentee');
      await untilState(mentee, 'ready');
      expect(control<HTMLTextAreaElement>(mentee, '#n-purpose-clear').value).to.equal('');
      expect(mentee.shadowRoot?.querySelector('[part~="unsaved"]')).to.equal(null);
    });
  });

  describe('two people editing', () => {
    it('merges item by item when each changed different items, and keeps both answers', async () => {
      const pair = await reviewPair();
      const review = await startReview(pair.pairId, pair.mentor.token);
      const element = await checklistFor(pair);
      await untilState(element, 'ready');
      // The partner saves first, through the API.
      await updateReviewAs(pair.pairId, review.id, pair.mentee.token, {
        items: [{ id: 'senior-learning', checked: true, note: 'The team chat, daily.' }],
        outcome: 'on-track',
      });
      check(element, 'purpose-clear');
      note(element, 'concerns-followed-up', 'The rota concern is still open.');
      part(element, 'save').click();
      await waitUntil(() => element.shadowRoot?.querySelector('[part~="conflict"]'));
      expect(text(part(element, 'conflict'))).to.contain('nothing will be overwritten');
      expect(activeId(element)).to.equal('see-theirs');
      // The form waits for a choice.
      expect(part(element, 'save').hasAttribute('disabled')).to.equal(true);
      await expect(element).to.be.accessible();
      const saved = nextEvent(element, 'upward-review-saved');
      part(element, 'merge').click();
      const event = await saved;
      expect(event.merged).to.equal(true);
      const stored = await serverReview(pair);
      expect(answerOf(stored, 'senior-learning')).to.deep.equal({
        checked: true,
        note: 'The team chat, daily.',
      });
      expect(answerOf(stored, 'purpose-clear').checked).to.equal(true);
      expect(answerOf(stored, 'concerns-followed-up').note).to.equal(
        'The rota concern is still open.',
      );
      expect(stored.outcome).to.equal('on-track');
      await element.updateComplete;
      expect(element.shadowRoot?.querySelector('[part~="conflict"]')).to.equal(null);
      expect(control(element, '#i-senior-learning').checked).to.equal(true);
      // Their item and their outcome were taken.
      await waitUntil(() =>
        text(element.shadowRoot?.querySelector('[role="status"]')).startsWith(
          'Merged and saved: 2 of their answers taken',
        ),
      );
    });

    it('asks item by item where both changed the same item, and saves each choice', async () => {
      const pair = await reviewPair();
      const review = await startReview(pair.pairId, pair.mentor.token);
      const element = await checklistFor(pair);
      await untilState(element, 'ready');
      await updateReviewAs(pair.pairId, review.id, pair.mentee.token, {
        items: [
          { id: 'purpose-clear', checked: true, note: 'Theirs on purpose.' },
          { id: 'both-trained', checked: true },
          { id: 'senior-learning', checked: true },
        ],
        outcome: 'on-track',
      });
      note(element, 'purpose-clear', 'Mine on purpose.');
      check(element, 'both-trained');
      note(element, 'both-trained', 'Mine on training.');
      check(element, 'junior-can-challenge');
      outcome(element, 'needs-attention');
      await element.updateComplete;
      part(element, 'save').click();
      await waitUntil(() => element.shadowRoot?.querySelector('[part~="conflict"]'));
      part(element, 'merge').click();
      await waitUntil(() => element.shadowRoot?.querySelector('[part~="merge-choices"]'));
      const picks = parts(element, 'pick');
      expect(picks.map((pick) => pick.dataset.item)).to.deep.equal([
        'purpose-clear',
        'both-trained',
        outcomeKey,
      ]);
      expect(text(picks[0])).to.contain('Keep mine: Not checked: “Mine on purpose.”');
      expect(text(picks[0])).to.contain('Take theirs: Checked: “Theirs on purpose.”');
      expect(text(picks[2])).to.contain('Keep mine: Needs attention');
      expect(text(picks[2])).to.contain('Take theirs: On track');
      expect(activeId(element)).to.equal('mine');
      await expect(element).to.be.accessible();
      // Saving before every choice is made says so, and saves nothing.
      picks[0]?.querySelector<HTMLInputElement>('input[value="theirs"]')?.click();
      part(element, 'save-merge').click();
      await waitUntil(() => element.shadowRoot?.querySelector('#merge-error'));
      expect(text(control(element, '#merge-error'))).to.equal('Choose an answer for each item.');
      expect(
        (element.shadowRoot?.activeElement as HTMLInputElement | null)?.closest('fieldset')?.dataset
          .item,
      ).to.equal('both-trained');
      picks[1]?.querySelector<HTMLInputElement>('input[value="mine"]')?.click();
      picks[2]?.querySelector<HTMLInputElement>('input[value="mine"]')?.click();
      const saved = nextEvent(element, 'upward-review-saved');
      part(element, 'save-merge').click();
      expect((await saved).merged).to.equal(true);
      const stored = await serverReview(pair);
      expect(answerOf(stored, 'purpose-clear')).to.deep.equal({
        checked: true,
        note: 'Theirs on purpose.',
      });
      expect(answerOf(stored, 'both-trained')).to.deep.equal({
        checked: true,
        note: 'Mine on training.',
      });
      expect(answerOf(stored, 'senior-learning').checked).to.equal(true);
      expect(answerOf(stored, 'junior-can-challenge').checked).to.equal(true);
      expect(stored.outcome).to.equal('needs-attention');
    });

    it('shows their changes beside mine, goes back from the merge, and reloads theirs', async () => {
      const pair = await reviewPair();
      const review = await startReview(pair.pairId, pair.mentor.token);
      const element = await checklistFor(pair);
      await untilState(element, 'ready');
      await updateReviewAs(pair.pairId, review.id, pair.mentee.token, {
        items: [{ id: 'purpose-clear', checked: true, note: 'Written down.' }],
        outcome: 'at-risk',
      });
      note(element, 'purpose-clear', 'Still vague.');
      part(element, 'save').click();
      await waitUntil(() => element.shadowRoot?.querySelector('[part~="conflict"]'));
      expect(part(element, 'their-changes').hidden).to.equal(true);
      part(element, 'see-theirs').click();
      await element.updateComplete;
      expect(part(element, 'see-theirs').getAttribute('aria-expanded')).to.equal('true');
      const changes = parts(element, 'their-change');
      expect(changes.map((change) => change.dataset.item)).to.deep.equal([
        'purpose-clear',
        outcomeKey,
      ]);
      expect(text(changes[0])).to.contain('Theirs: Checked: “Written down.”');
      expect(text(changes[0])).to.contain('Yours: Not checked: “Still vague.”');
      expect(text(changes[1])).to.contain('Theirs: At risk');
      expect(text(changes[1])).to.contain('Yours: No outcome');
      await expect(element).to.be.accessible();
      part(element, 'merge').click();
      await waitUntil(() => element.shadowRoot?.querySelector('[part~="merge-choices"]'));
      part(element, 'cancel-merge').click();
      await element.updateComplete;
      expect(element.shadowRoot?.querySelector('[part~="merge-choices"]')).to.equal(null);
      expect(activeId(element)).to.equal('merge');
      part(element, 'see-theirs').click();
      await element.updateComplete;
      expect(part(element, 'their-changes').hidden).to.equal(true);
      part(element, 'reload').click();
      await waitUntil(() => !element.shadowRoot?.querySelector('[part~="conflict"]'));
      expect(control<HTMLTextAreaElement>(element, '#n-purpose-clear').value).to.equal(
        'Written down.',
      );
      expect(control(element, '#i-purpose-clear').checked).to.equal(true);
      expect(control(element, 'input[value="at-risk"]').checked).to.equal(true);
      expect(element.shadowRoot?.querySelector('[part~="unsaved"]')).to.equal(null);
      expect(activeId(element)).to.equal('i-purpose-clear');
      // Nothing of mine reached the server.
      expect(answerOf(await serverReview(pair), 'purpose-clear').note).to.equal('Written down.');
    });

    it('settles two open elements, mentor and mentee, with both answers kept', async () => {
      const pair = await reviewPair();
      await startReview(pair.pairId, pair.mentor.token);
      const mentor = await checklistFor(pair, 'mentor');
      const mentee = await checklistFor(pair, 'mentee');
      await Promise.all([untilState(mentor, 'ready'), untilState(mentee, 'ready')]);
      check(mentor, 'junior-sets-agenda');
      note(mentor, 'junior-sets-agenda', 'I sent every agenda.');
      check(mentee, 'senior-learning');
      outcome(mentee, 'on-track');
      const first = nextEvent(mentor, 'upward-review-saved');
      part(mentor, 'save').click();
      await first;
      part(mentee, 'save').click();
      await waitUntil(() => mentee.shadowRoot?.querySelector('[part~="conflict"]'));
      const second = nextEvent(mentee, 'upward-review-saved');
      part(mentee, 'merge').click();
      await second;
      const stored = await serverReview(pair);
      expect(answerOf(stored, 'junior-sets-agenda')).to.deep.equal({
        checked: true,
        note: 'I sent every agenda.',
      });
      expect(answerOf(stored, 'senior-learning').checked).to.equal(true);
      expect(stored.outcome).to.equal('on-track');
      // The mentor's element catches up on reload.
      await loadAfter(mentor, () => mentor.reload());
      await waitUntil(() => control(mentor, '#i-senior-learning').checked);
    });

    it('says so when the partner completed the review meanwhile', async () => {
      const pair = await reviewPair();
      const review = await startReview(pair.pairId, pair.mentor.token);
      const element = await checklistFor(pair);
      await untilState(element, 'ready');
      await updateReviewAs(pair.pairId, review.id, pair.mentee.token, {
        outcome: 'needs-attention',
        complete: true,
      });
      check(element, 'purpose-clear');
      part(element, 'save').click();
      await waitUntil(() => element.shadowRoot?.querySelector('[part~="notice"]'));
      expect(text(part(element, 'notice'))).to.contain('Someone completed this review');
      await untilState(element, 'ready');
      await waitUntil(() => parts(element, 'history-item').length === 1);
      expect(parts(element, 'history-item')[0]?.dataset.outcome).to.equal('needs-attention');
      expect(part(element, 'start')).to.exist;
      // Nothing is lost: the next review starts with the answer that could not be saved.
      expect(text(part(element, 'notice'))).to.contain('They are kept');
      part(element, 'start').click();
      await nextEvent(element, 'upward-review-started');
      await waitUntil(
        () => control(element, '#i-purpose-clear').checked,
        'the answer was not carried',
      );
      part(element, 'save').click();
      await nextEvent(element, 'upward-review-saved');
      const next = await serverReview(pair);
      expect(next.id).not.to.equal(review.id);
      expect(answerOf(next, 'purpose-clear').checked).to.equal(true);
    });

    it('says so when the partner completed it while the choice was open', async () => {
      const pair = await reviewPair();
      const review = await startReview(pair.pairId, pair.mentor.token);
      const element = await checklistFor(pair);
      await untilState(element, 'ready');
      await updateReviewAs(pair.pairId, review.id, pair.mentee.token, { outcome: 'on-track' });
      check(element, 'purpose-clear');
      part(element, 'save').click();
      await waitUntil(() => element.shadowRoot?.querySelector('[part~="conflict"]'));
      await updateReviewAs(pair.pairId, review.id, pair.mentee.token, { complete: true });
      part(element, 'reload').click();
      await waitUntil(() => element.shadowRoot?.querySelector('[part~="notice"]'));
      await untilState(element, 'ready');
      expect(text(part(element, 'notice'))).to.contain('Someone completed this review');
    });
  });

  describe('keyboard and languages', () => {
    it('completes a review with the keyboard alone', async () => {
      const pair = await reviewPair({ checklist: sourceChecklist.slice(0, 2) });
      const element = await checklistFor(pair);
      await untilState(element, 'empty');
      await tabTo(element, (active) => active.getAttribute('part') === 'start');
      const started = nextEvent(element, 'upward-review-started');
      await sendKeys({ press: 'Enter' });
      await started;
      await untilState(element, 'ready');
      await waitUntil(() => activeId(element) === 'i-purpose-clear');
      await sendKeys({ press: 'Space' });
      await sendKeys({ press: 'Tab' });
      expect(activeId(element)).to.equal('n-purpose-clear');
      await sendKeys({ type: 'Clear to both.' });
      await sendKeys({ press: 'Tab' });
      expect(activeId(element)).to.equal('i-both-trained');
      await sendKeys({ press: 'Space' });
      await tabTo(element, (active) => active.getAttribute('name') === 'outcome');
      // Arrow keys move through the outcomes; the second is "Needs attention".
      await sendKeys({ press: 'ArrowRight' });
      await element.updateComplete;
      expect(activeId(element)).to.equal('needs-attention');
      await tabTo(element, (active) => active.getAttribute('part') === 'complete');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => activeId(element) === 'confirm-complete');
      const completed = nextEvent(element, 'upward-review-completed');
      await sendKeys({ press: 'Enter' });
      const event = await completed;
      expect(event.review.outcome).to.equal('needs-attention');
      expect(answerOf(event.review, 'purpose-clear')).to.deep.equal({
        checked: true,
        note: 'Clear to both.',
      });
      expect(answerOf(event.review, 'both-trained').checked).to.equal(true);
      await waitUntil(() => parts(element, 'history-item').length === 1);
      // The history entry opens with the keyboard too.
      await tabTo(element, (active) => active.localName === 'summary');
      await sendKeys({ press: 'Enter' });
      // <details> opens on the keypress's default action, a task after the key event.
      await waitUntil(() => parts(element, 'history-item')[0]?.querySelector('details')?.open);
    });

    it('takes the dark theme, the page’s tokens and ::part() styles, and stays accessible', async () => {
      const pair = await reviewPair();
      await logSessions(pair.pairId, pair.mentor.token, 5, seniorAgendas(0));
      await startReview(pair.pairId, pair.mentor.token);
      const client = await clientFor({ token: pair.mentor.token });
      const root = await fixture<HTMLElement>(html`<div>
        <style>
          .themed upward-review-checklist::part(signal) {
            text-decoration: underline;
          }
        </style>
        <div class="themed">
          <upward-review-checklist theme="dark" .client=${client} pair-id=${pair.pairId}>
          </upward-review-checklist>
        </div>
        <div style="--upward-color-accent: rgb(150, 0, 70)">
          <upward-review-checklist .client=${client} pair-id=${pair.pairId}></upward-review-checklist>
        </div>
      </div>`);
      const [dark, accented] = Array.from(
        root.querySelectorAll<UpwardReviewChecklist>('upward-review-checklist'),
      ) as [UpwardReviewChecklist, UpwardReviewChecklist];
      await Promise.all([untilState(dark, 'ready'), untilState(accented, 'ready')]);
      const style = (node: Element) => getComputedStyle(node);
      expect(style(part(dark, 'base')).backgroundColor).to.equal('rgb(24, 27, 33)');
      expect(style(part(dark, 'signal')).textDecorationLine).to.equal('underline');
      expect(style(part(accented, 'complete')).backgroundColor).to.equal('rgb(150, 0, 70)');
      await expect(dark).to.be.accessible();
      await expect(accented).to.be.accessible();
    });

    it('speaks German', async () => {
      const pair = await reviewPair({ menteeName: 'Helga Berg' });
      await logSessions(pair.pairId, pair.mentor.token, 5, seniorAgendas(0));
      await completeReview(pair.pairId, pair.mentor.token, 'needs-attention');
      await startReview(pair.pairId, pair.mentor.token);
      const element = await checklistFor(pair, 'mentor', 'de');
      await untilState(element, 'ready');
      expect(text(part(element, 'title'))).to.equal('Überprüfung der Beziehung');
      expect(text(part(element, 'due'))).to.contain('Nächste Überprüfung fällig am');
      expect(text(part(element, 'signal'))).to.contain(
        'Helga Berg hat 4 der letzten 5 Agenden bestimmt.',
      );
      expect(text(part(element, 'suggested-outcome'))).to.equal('Braucht Aufmerksamkeit');
      expect(text(part(element, 'save'))).to.equal('Antworten speichern');
      expect(text(parts(element, 'history-item')[0])).to.contain('Abgeschlossen von');
      expect(part(element, 'base').getAttribute('dir')).to.equal('ltr');
      await expect(element).to.be.accessible();
    });

    it('speaks Arabic, right to left', async () => {
      const pair = await reviewPair();
      await startReview(pair.pairId, pair.mentor.token);
      const element = await checklistFor(pair, 'mentor', 'ar');
      await untilState(element, 'ready');
      expect(part(element, 'base').getAttribute('dir')).to.equal('rtl');
      expect(part(element, 'base').getAttribute('lang')).to.equal('ar');
      expect(text(part(element, 'title'))).to.equal('مراجعة العلاقة');
      expect(text(part(element, 'complete'))).to.equal('إكمال المراجعة');
      expect(text(part(element, 'no-signals'))).to.contain('لا علامات انحراف');
      check(element, 'purpose-clear');
      await element.updateComplete;
      expect(text(part(element, 'suggestion'))).to.contain('غير محدَّدة');
      await expect(element).to.be.accessible();
    });
  });

  describe('when something goes wrong', () => {
    it('says a review could not be started when the network drops', async () => {
      const pair = await reviewPair();
      const { element, script } = await scriptedChecklist(pair);
      await untilState(element, 'empty');
      script.when('POST', reviewsPath, { fail: true });
      part(element, 'start').click();
      await waitUntil(() => element.shadowRoot?.querySelector('[part~="notice"]'));
      expect(text(part(element, 'notice'))).to.contain('The review could not be started.');
      expect(text(part(element, 'notice'))).to.contain('offline');
      expect(part(element, 'start').hasAttribute('disabled')).to.equal(false);
      await expect(element).to.be.accessible();
    });

    it('shows an overdue review in a paused pair, still offering to start one', async () => {
      const pair = await seededPair('ravi', 'Karl Brandt');
      const element = await fixture<UpwardReviewChecklist>(html`<upward-review-checklist
        .client=${await clientFor('ravi')}
        pair-id=${pair.id}
      ></upward-review-checklist>`);
      await untilState(element, 'empty');
      expect(part(element, 'due').dataset.overdue).to.equal('true');
      expect(text(part(element, 'due'))).to.contain('The review is overdue');
      expect(part(element, 'start')).to.exist;
      await expect(element).to.be.accessible();
    });

    it('keeps the due date it has when it cannot fetch the new one after completing', async () => {
      const pair = await reviewPair({ checklist: [] });
      await startReview(pair.pairId, pair.mentor.token);
      const { element, script } = await scriptedChecklist(pair);
      await untilState(element, 'ready');
      expect(text(part(element, 'checklist'))).to.contain('has no items');
      expect(text(part(element, 'suggestion'))).to.not.contain('items');
      const before = text(part(element, 'due'));
      outcome(element, 'on-track');
      part(element, 'complete').click();
      await waitUntil(() => element.shadowRoot?.querySelector('[part~="confirm-complete"]'));
      script.when('GET', pairPath, { fail: true });
      const completed = nextEvent(element, 'upward-review-completed');
      part(element, 'confirm-complete').click();
      await completed;
      await waitUntil(() => parts(element, 'history-item').length === 1);
      expect(text(part(element, 'due'))).to.equal(before);
    });

    it('says so when their version cannot be fetched after a refused save', async () => {
      const pair = await reviewPair();
      const review = await startReview(pair.pairId, pair.mentor.token);
      const { element, script } = await scriptedChecklist(pair);
      await untilState(element, 'ready');
      await updateReviewAs(pair.pairId, review.id, pair.mentee.token, { outcome: 'on-track' });
      check(element, 'purpose-clear');
      script.when('GET', reviewPath, { fail: true });
      part(element, 'save').click();
      await waitUntil(() => element.shadowRoot?.querySelector('[part~="form-error"]'));
      expect(text(part(element, 'form-error'))).to.contain('could not be saved');
      // Nothing typed is lost; saving again meets the choice.
      expect(control(element, '#i-purpose-clear').checked).to.equal(true);
      part(element, 'save').click();
      await waitUntil(() => element.shadowRoot?.querySelector('[part~="conflict"]'));
    });

    it('says so when the partner completed the review between the refusal and the choice', async () => {
      const pair = await reviewPair();
      const review = await startReview(pair.pairId, pair.mentor.token);
      const { element, script } = await scriptedChecklist(pair);
      await untilState(element, 'ready');
      await updateReviewAs(pair.pairId, review.id, pair.mentee.token, { outcome: 'at-risk' });
      check(element, 'purpose-clear');
      script.when('GET', reviewPath, {
        before: () => updateReviewAs(pair.pairId, review.id, pair.mentee.token, { complete: true }),
      });
      part(element, 'save').click();
      await waitUntil(() => element.shadowRoot?.querySelector('[part~="notice"]'));
      expect(text(part(element, 'notice'))).to.contain('Someone completed this review');
      await waitUntil(() => parts(element, 'history-item').length === 1);
    });

    it('keeps the choice open when reloading theirs fails', async () => {
      const pair = await reviewPair();
      const review = await startReview(pair.pairId, pair.mentor.token);
      const { element, script } = await scriptedChecklist(pair);
      await untilState(element, 'ready');
      // They saved nothing new: only the version moved.
      await updateReviewAs(pair.pairId, review.id, pair.mentee.token, { outcome: null });
      note(element, 'purpose-clear', 'Mine.');
      part(element, 'save').click();
      await waitUntil(() => element.shadowRoot?.querySelector('[part~="conflict"]'));
      part(element, 'see-theirs').click();
      await element.updateComplete;
      expect(text(part(element, 'their-changes'))).to.contain(
        'They saved the same answers you started from.',
      );
      script.when('GET', reviewPath, { fail: true });
      part(element, 'reload').click();
      await waitUntil(() => element.shadowRoot?.querySelector('[part~="form-error"]'));
      expect(part(element, 'conflict')).to.exist;
      expect(control<HTMLTextAreaElement>(element, '#n-purpose-clear').value).to.equal('Mine.');
    });

    it('says so when older reviews cannot be loaded, and tries again', async () => {
      const pair = await reviewPair({ checklist: sourceChecklist.slice(0, 1) });
      for (let index = 0; index < 11; index++)
        await completeReview(pair.pairId, pair.mentor.token, 'at-risk');
      const { element, script } = await scriptedChecklist(pair);
      await untilState(element, 'ready');
      script.when('GET', reviewsPath, { fail: true });
      part(element, 'more').click();
      await waitUntil(() => element.shadowRoot?.querySelector('.history [role="alert"]'));
      expect(text(element.shadowRoot?.querySelector('.history [role="alert"]'))).to.contain(
        'offline',
      );
      part(element, 'more').click();
      await waitUntil(() => parts(element, 'history-item').length === 11);
      expect(element.shadowRoot?.querySelector('.history [role="alert"]')).to.equal(null);
    });
  });

  describe('moving to another pair', () => {
    /** The admin's client (a lead of every programme here): the same person for every pair. */
    async function adminChecklist(pairId: string, fetchImpl?: typeof fetch) {
      const client = createUpwardClient({
        baseUrl: apiUrl,
        token: await tokenFor('jordan'),
        retry: false,
        ...(fetchImpl ? { fetch: fetchImpl } : {}),
      });
      return fixture<UpwardReviewChecklist>(html`<upward-review-checklist
        .client=${client}
        pair-id=${pairId}
      ></upward-review-checklist>`);
    }

    it('carries unsaved answers into the next review of that pair only, never of another pair', async () => {
      const [pair, other] = await Promise.all([reviewPair(), reviewPair()]);
      const review = await startReview(pair.pairId, pair.mentor.token);
      const element = await adminChecklist(pair.pairId);
      await untilState(element, 'ready');
      await updateReviewAs(pair.pairId, review.id, pair.mentee.token, {
        outcome: 'on-track',
        complete: true,
      });
      check(element, 'purpose-clear');
      part(element, 'save').click();
      await waitUntil(() => element.shadowRoot?.querySelector('[part~="notice"]'));
      expect(text(part(element, 'notice'))).to.contain('They are kept');
      await waitUntil(() => element.shadowRoot?.querySelector('[part~="start"]'));
      // The host shows another pair before the next review is started.
      await loadAfter(element, () => (element.pairId = other.pairId), 'empty');
      expect(element.shadowRoot?.querySelector('[part~="notice"]')).to.equal(null);
      part(element, 'start').click();
      const started = await nextEvent(element, 'upward-review-started');
      expect(started.review.pairId).to.equal(other.pairId);
      await element.updateComplete;
      expect(control(element, '#i-purpose-clear').checked).to.equal(false);
      expect(element.shadowRoot?.querySelector('[part~="unsaved"]')).to.equal(null);
      // Nor are they carried once the first pair is back: the move forgot them.
      await loadAfter(element, () => (element.pairId = pair.pairId));
      part(element, 'start').click();
      await nextEvent(element, 'upward-review-started');
      await element.updateComplete;
      expect(control(element, '#i-purpose-clear').checked).to.equal(false);
      await expect(element).to.be.accessible();
    });

    it('leaves the new pair’s review untouched when a save of the last pair lands', async () => {
      const [pair, other] = await Promise.all([reviewPair(), reviewPair()]);
      await Promise.all([
        startReview(pair.pairId, pair.mentor.token),
        startReview(other.pairId, other.mentor.token),
      ]);
      // Saves wait at the gate; everything else goes through.
      const gate = gatedFetch();
      const element = await adminChecklist(pair.pairId, (input, init) => {
        const method = input instanceof Request ? input.method : (init?.method ?? 'GET');
        return method === 'PATCH' ? gate.fetch(input, init) : fetch(input, init);
      });
      await untilState(element, 'ready');
      check(element, 'purpose-clear');
      const saved = nextEvent(element, 'upward-review-saved');
      part(element, 'save').click();
      await waitUntil(() => gate.calls.length === 1);
      await element.updateComplete;
      expect(part(element, 'save').hasAttribute('disabled')).to.equal(true);
      await loadAfter(element, () => (element.pairId = other.pairId));
      expect(control(element, '#i-purpose-clear').checked).to.equal(false);
      expect(part(element, 'save').hasAttribute('disabled')).to.equal(false);
      check(element, 'both-trained');
      gate.release();
      // The first pair's save lands, and says so to the page…
      const event = await saved;
      expect(event.review.pairId).to.equal(pair.pairId);
      expect(answerOf(event.review, 'purpose-clear').checked).to.equal(true);
      await new Promise((resolve) => requestAnimationFrame(resolve));
      await element.updateComplete;
      // …but the view shows the second pair as the reader left it.
      expect(control(element, '#i-purpose-clear').checked).to.equal(false);
      expect(control(element, '#i-both-trained').checked).to.equal(true);
      expect(text(part(element, 'unsaved'))).to.equal('Unsaved changes');
      expect(text(element.shadowRoot?.querySelector('[role="status"]'))).to.equal('');
      expect(element.shadowRoot?.querySelector('[part~="form-error"]')).to.equal(null);
      expect(part(element, 'save').hasAttribute('disabled')).to.equal(false);
      expect(answerOf(await serverReview(other), 'purpose-clear').checked).to.equal(false);
      expect(answerOf(await serverReview(pair), 'purpose-clear').checked).to.equal(true);
      await expect(element).to.be.accessible();
    });
  });

  describe('the merge, as logic', () => {
    const review = {
      items: [
        { id: 'a', label: 'A', checked: false },
        { id: 'b', label: 'B', checked: false },
        { id: 'c', label: 'C', checked: true, note: 'c' },
      ],
      outcome: null,
      suggestedOutcome: 'on-track',
    } as unknown as Review;

    it('takes one side’s change, keeps identical changes quiet, and asks about the rest', () => {
      const base = draftOf(review);
      const mine = {
        answers: {
          ...base.answers,
          a: { checked: true, note: '' },
          c: { checked: false, note: '' },
        },
        outcome: 'at-risk' as const,
      };
      const theirs = {
        answers: {
          ...base.answers,
          b: { checked: true, note: 'b' },
          c: { checked: false, note: '' },
        },
        outcome: 'at-risk' as const,
      };
      const merge = mergeDrafts(review, base, mine, theirs);
      expect(merge.fromMine).to.deep.equal(['a']);
      expect(merge.fromTheirs).to.deep.equal(['b']);
      expect(merge.conflicts).to.deep.equal([]);
      expect(merge.draft.answers.c).to.deep.equal({ checked: false, note: '' });
      expect(merge.draft.outcome).to.equal('at-risk');
      expect(changedItems(review, base, merge.draft)).to.deep.equal(['a', 'b', 'c']);
      const onlyTheirs = mergeDrafts(review, base, base, { ...base, outcome: 'on-track' });
      expect(onlyTheirs.fromTheirs).to.deep.equal([outcomeKey]);
      const onlyMine = mergeDrafts(review, base, { ...base, outcome: 'on-track' }, base);
      expect(onlyMine.fromMine).to.deep.equal([outcomeKey]);
      const both = mergeDrafts(
        review,
        base,
        { ...base, outcome: 'on-track' },
        { ...base, outcome: 'at-risk' },
      );
      expect(both.conflicts).to.deep.equal([outcomeKey]);
      expect(
        resolve(both, { ...base, outcome: 'at-risk' }, { [outcomeKey]: 'theirs' }).outcome,
      ).to.equal('at-risk');
      expect(toUpdate(review, base, base)).to.equal(undefined);
      expect(toUpdate(review, base, base, true)).to.deep.equal({ outcome: null, complete: true });
    });

    it('suggests from the answers only once answering has begun', () => {
      const base = draftOf(review);
      expect(suggest(review, base)).to.include({
        answered: true,
        unchecked: 2,
        outcome: 'at-risk',
      });
      const fresh = {
        ...review,
        items: review.items.map((item) => ({ ...item, checked: false, note: undefined })),
      } as Review;
      expect(suggest(fresh, draftOf(fresh))).to.include({ answered: false, outcome: 'on-track' });
    });
  });
});
