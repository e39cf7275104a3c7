import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { createUpwardClient, type UpwardClient, UpwardError } from '@upward/sdk';
import { sendKeys } from '@web/test-runner-commands';
import '../src/components/feedback-form/feedback-form.js';
import {
  draftKey,
  emptyDraft,
  errorsFromServer,
  loadDraft,
  mergeDrafts,
  saveDraft,
  toFeedbackBody,
  validateDraft,
} from '../src/components/feedback-form/feedback-draft.js';
import type { UpwardFeedbackForm } from '../src/components/feedback-form/feedback-form.component.js';
import { feedbackFormStrings } from '../src/components/feedback-form/feedback-form.strings.js';
import {
  backoff,
  isTransient,
  newEntry,
  outboxKey,
  putEntry,
  readOutbox,
} from '../src/components/feedback-form/feedback-outbox.js';
import { ar as arabic } from '../src/locales/ar.js';
import { de as german } from '../src/locales/de.js';
import {
  apiUrl,
  clientFor,
  enrolLead,
  type FreshPair,
  feedbackPair,
  feedbackReadBy,
  freshPair,
  gatedFetch,
  proposedPairIn,
  setProgramme,
  tokenFor,
  unreachableClient,
} from './fixtures.js';
import { part, parts, recordStates, text, untilState } from './helpers.js';

/** The next event of that type, typed by its event map entry. */
function nextEvent<K extends keyof GlobalEventHandlersEventMap>(target: EventTarget, type: K) {
  return oneEvent(target, type) as unknown as Promise<GlobalEventHandlersEventMap[K]>;
}

const themes = [
  { id: 'not-heard', label: 'Junior voices are not heard in meetings' },
  { id: 'hierarchy-back', label: 'Hierarchy creeping back' },
];

async function formFor(
  pair: FreshPair,
  who: 'mentor' | 'mentee' = 'mentor',
  options: { lang?: string; client?: UpwardClient } = {},
) {
  const client = options.client ?? createUpwardClient({ baseUrl: apiUrl, token: pair[who].token });
  return fixture<UpwardFeedbackForm>(html`<upward-feedback-form
    lang=${options.lang ?? 'en'}
    .client=${client}
    pair-id=${pair.pairId}
  ></upward-feedback-form>`);
}

/**
 * The mentor's form, ready, over a network of the test's making: no SDK retries, and its own
 * retries far apart (60 s unless told) so that only the test decides when it sends again.
 */
async function readyFormOver(
  pair: FreshPair,
  network: typeof fetch,
  options: { lang?: string; retryDelay?: number } = {},
) {
  const client = createUpwardClient({
    baseUrl: apiUrl,
    token: pair.mentor.token,
    fetch: network,
    retry: false,
  });
  const form = await formFor(pair, 'mentor', {
    client,
    ...(options.lang ? { lang: options.lang } : {}),
  });
  form.retryDelay = options.retryDelay ?? 60_000;
  await untilState(form, 'ready');
  return form;
}

function control<T extends HTMLElement = HTMLInputElement>(form: Element, selector: string): T {
  const found = form.shadowRoot?.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
}

function type(form: Element, selector: string, value: string) {
  const input = control<HTMLInputElement | HTMLTextAreaElement>(form, selector);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

function rate(form: Element, ratings: Record<string, number>) {
  for (const [key, value] of Object.entries(ratings))
    control(form, `input[name="${key}"][value="${value}"]`).click();
}

function choose(form: Element, visibility: 'anonymous' | 'partner' | 'programme') {
  control(form, `input[name="visibility"][value="${visibility}"]`).click();
}

function fieldError(form: Element, field: string): string {
  return text(form.shadowRoot?.querySelector(`[data-field="${field}"] [part~="field-error"]`));
}

function option(form: Element, visibility: string): string {
  return text(
    form.shadowRoot?.querySelector(`[part~="visibility-option"][data-value="${visibility}"]`),
  );
}

const full = { safety: 4, learning: 5, statusFree: 3, couldChallenge: 2 };

/** Fills the form, sends it and waits for the server's answer. */
async function give(
  form: UpwardFeedbackForm,
  visibility: 'anonymous' | 'partner' | 'programme',
  comment: string,
  ratings: Record<string, number> = full,
) {
  rate(form, ratings);
  type(form, '#f-comment', comment);
  choose(form, visibility);
  part(form, 'send').click();
  return nextEvent(form, 'upward-feedback-submitted');
}

/** A fetch that fails as a network failure would, for POSTs of feedback while `fail()` says so. */
function failingFetch(fail: (request: Request) => boolean | 'after') {
  const keys: string[] = [];
  const fetchImpl: typeof fetch = async (input, init) => {
    const request = input instanceof Request ? input : new Request(input, init);
    const posting = request.method === 'POST' && request.url.endsWith('/feedback');
    if (!posting) return fetch(request);
    keys.push(request.headers.get('idempotency-key') ?? '');
    const failing = fail(request);
    // Never reached the server.
    if (failing === true) throw new TypeError('Failed to fetch');
    const response = await fetch(request);
    // Reached the server, which stored it; the answer was lost on the way back.
    if (failing === 'after') throw new TypeError('Failed to fetch');
    return response;
  };
  return { fetch: fetchImpl, keys };
}

afterEach(() => {
  for (const key of Object.keys(localStorage))
    if (key.startsWith('upward:feedback-')) localStorage.removeItem(key);
});

describe('<upward-feedback-form>', () => {
  describe('states', () => {
    it('is idle and asks to sign in without a client, accessibly', async () => {
      const form = await fixture<UpwardFeedbackForm>(
        html`<upward-feedback-form pair-id=${crypto.randomUUID()}></upward-feedback-form>`,
      );
      await form.updateComplete;
      expect(form.dataState).to.equal('idle');
      expect(text(part(form, 'status'))).to.contain('Sign in to see this');
      expect(form.shadowRoot?.querySelector('[part~="form"]')).to.equal(null);
      await expect(form).to.be.accessible();
    });

    it('shows loading until the server answers, accessibly', async () => {
      const pair = await freshPair();
      const gate = gatedFetch();
      const form = await formFor(pair, 'mentor', {
        client: createUpwardClient({
          baseUrl: apiUrl,
          token: pair.mentor.token,
          fetch: gate.fetch,
        }),
      });
      await untilState(form, 'loading');
      expect(text(part(form, 'status'))).to.contain('Loading');
      await expect(form).to.be.accessible();
      gate.release();
      await untilState(form, 'ready');
    });

    it('is ready for the mentor: upward, anonymous by default, naming who reads what', async () => {
      const pair = await feedbackPair({
        mentorName: 'Kemi Ola',
        menteeName: 'Lars Berg',
        themes,
        anonymityThreshold: 7,
      });
      const lead = await enrolLead(pair.programmeId, 'Ana Ruiz');
      const form = await formFor(pair);
      await untilState(form, 'ready');
      expect(text(part(form, 'title'))).to.equal('Your feedback on working with Lars Berg');
      // Upward: the four ratings the contract has, "could challenge" among them (optional).
      expect(parts(form, 'rating').map((each) => each.dataset.field)).to.deep.equal([
        'safety',
        'learning',
        'statusFree',
        'couldChallenge',
      ]);
      expect(
        text(form.shadowRoot?.querySelector('[data-field="couldChallenge"] legend')),
      ).to.contain('(optional)');
      // The programme's taxonomy of concern themes.
      expect(
        Array.from(
          form.shadowRoot?.querySelectorAll<HTMLInputElement>('[name="concernThemes"]') ?? [],
        ).map((each) => each.value),
      ).to.deep.equal(['not-heard', 'hierarchy-back']);
      // The safest choice is the default, and each choice says plainly who reads it.
      expect(control(form, 'input[name="visibility"][value="anonymous"]').checked).to.equal(true);
      expect(option(form, 'anonymous')).to.contain(
        'Not Lars Berg, not the programme leads, nobody',
      );
      expect(option(form, 'anonymous')).to.contain('at least 7 pairs and 7 people');
      expect(option(form, 'partner')).to.contain('Lars Berg reads it, with your name');
      // The leads by name: the admin who created the programme and the lead enrolled since.
      expect(option(form, 'programme')).to.contain(
        `the programme leads, ${lead.displayName} and Jordan Reyes`,
      );
      expect(option(form, 'programme')).to.contain('Upward admins');
      expect(option(form, 'programme')).to.contain('Not by Lars Berg');
      expect(option(form, 'programme')).to.contain('your partner never sees it there');
      expect(form.submission).to.equal('editing');
      await expect(form).to.be.accessible();
    });

    it('is downward for the mentee when the programme allows it, without "could challenge"', async () => {
      const pair = await feedbackPair({ mentorName: 'Kemi Ola', allowDownwardFeedback: true });
      const form = await formFor(pair, 'mentee');
      await untilState(form, 'ready');
      expect(text(part(form, 'title'))).to.equal('Your feedback on working with Kemi Ola');
      expect(parts(form, 'rating').map((each) => each.dataset.field)).to.deep.equal([
        'safety',
        'learning',
        'statusFree',
      ]);
      expect(option(form, 'programme')).not.to.contain('review signals');
      expect(form.shadowRoot?.querySelector('[part~="themes"]')).to.equal(null);
      const { feedback } = await give(form, 'partner', 'Thank you for the patience.', {
        safety: 5,
        learning: 4,
        statusFree: 4,
      });
      expect(feedback.direction).to.equal('downward');
      expect(feedback.ratings.couldChallenge).to.equal(undefined);
      const read = await feedbackReadBy(pair.pairId, pair.mentor.token);
      expect(read.map((each) => each.comment)).to.deep.equal(['Thank you for the patience.']);
    });

    it('offers no form where feedback cannot be given, saying why (empty)', async () => {
      const pair = await feedbackPair({ allowDownwardFeedback: false });
      const mentee = await formFor(pair, 'mentee');
      await untilState(mentee, 'empty');
      expect(text(part(mentee, 'empty'))).to.contain('from the mentor only');
      expect(mentee.shadowRoot?.querySelector('[part~="form"]')).to.equal(null);
      await expect(mentee).to.be.accessible();

      // A lead reads the pair but is not in it.
      const lead = await enrolLead(pair.programmeId);
      const leads = await fixture<UpwardFeedbackForm>(html`<upward-feedback-form
        .client=${createUpwardClient({ baseUrl: apiUrl, token: lead.token })}
        pair-id=${pair.pairId}
      ></upward-feedback-form>`);
      await untilState(leads, 'empty');
      expect(text(part(leads, 'empty'))).to.contain('two members only');
      // Nothing to give never blocks a host's form.
      expect(leads.checkValidity()).to.equal(true);
      expect(leads.value).to.equal(null);

      const proposed = await proposedPairIn(pair.programmeId);
      const early = await fixture<UpwardFeedbackForm>(html`<upward-feedback-form
        .client=${createUpwardClient({ baseUrl: apiUrl, token: proposed.mentor.token })}
        pair-id=${proposed.pairId}
      ></upward-feedback-form>`);
      await untilState(early, 'empty');
      expect(text(part(early, 'empty'))).to.contain('once the pair has started');
    });

    it('shows an error for an unknown pair, and for a pair of another person, accessibly', async () => {
      const pair = await freshPair();
      const form = await fixture<UpwardFeedbackForm>(html`<upward-feedback-form
        .client=${await clientFor({ token: pair.mentor.token })}
        pair-id=${crypto.randomUUID()}
      ></upward-feedback-form>`);
      await untilState(form, 'error');
      expect(text(part(form, 'status'))).to.contain('could not be found');
      expect(part(form, 'retry')).to.exist;
      await expect(form).to.be.accessible();
    });

    it('is offline when the server cannot be reached, accessibly', async () => {
      const form = await fixture<UpwardFeedbackForm>(html`<upward-feedback-form
        .client=${unreachableClient()}
        pair-id=${crypto.randomUUID()}
      ></upward-feedback-form>`);
      await untilState(form, 'offline');
      expect(text(part(form, 'status'))).to.contain('offline');
      // Not loaded: nothing given yet, so a host's form would not submit.
      expect(form.checkValidity()).to.equal(false);
      expect(form.validity.valueMissing).to.equal(true);
      await expect(form).to.be.accessible();
    });

    it('says who reads the programme’s feedback, without names when the API gives none', async () => {
      const pair = await freshPair({ menteeName: 'Lars Berg' });
      // Leads' names come from the programme's participants; without them, the form says so plainly.
      const listing: typeof fetch = (input, init) => {
        const request = input instanceof Request ? input : new Request(input, init);
        return request.url.includes('/participants')
          ? Promise.resolve(new Response('{}', { status: 500 }))
          : fetch(request);
      };
      const form = await formFor(pair, 'mentor', {
        client: createUpwardClient({
          baseUrl: apiUrl,
          token: pair.mentor.token,
          fetch: listing,
          retry: false,
        }),
      });
      await untilState(form, 'ready');
      expect(option(form, 'programme')).to.contain(
        'Read with your name by the programme leads, and by',
      );
    });
  });

  describe('who reads it', () => {
    let pair: FreshPair;
    let lead: Awaited<ReturnType<typeof enrolLead>>;
    before(async () => {
      pair = await feedbackPair({ mentorName: 'Kemi Ola', menteeName: 'Lars Berg', themes });
      lead = await enrolLead(pair.programmeId, 'Ana Ruiz');
    });

    it('partner: the partner reads it with the author’s name; the leads do not', async () => {
      const form = await formFor(pair);
      await untilState(form, 'ready');
      const { feedback } = await give(form, 'partner', 'For Lars: you listened well.');
      expect(feedback.visibility).to.equal('partner');
      expect(feedback.ratings).to.deep.equal(full);
      await form.updateComplete;
      expect(form.submission).to.equal('submitted');
      expect(text(part(form, 'submitted'))).to.contain(
        'Lars Berg can read it now, with your name.',
      );
      await expect(form).to.be.accessible();

      const partner = await feedbackReadBy(pair.pairId, pair.mentee.token);
      const seen = partner.find((each) => each.id === feedback.id);
      expect(seen?.comment).to.equal('For Lars: you listened well.');
      expect(seen?.author?.displayName).to.equal('Kemi Ola');
      const leads = await feedbackReadBy(pair.pairId, lead.token);
      expect(leads.map((each) => each.id)).not.to.include(feedback.id);
      const admin = await feedbackReadBy(pair.pairId, await tokenFor('jordan'));
      expect(admin.map((each) => each.id)).not.to.include(feedback.id);
    });

    it('programme: the leads read it with the author’s name; the partner does not', async () => {
      const form = await formFor(pair);
      await untilState(form, 'ready');
      const { feedback } = await give(
        form,
        'programme',
        'For the leads: hierarchy is creeping back.',
      );
      await form.updateComplete;
      expect(text(part(form, 'submitted'))).to.contain(
        'The programme leads (Ana Ruiz and Jordan Reyes) can read it now, with your name. Lars Berg cannot.',
      );
      const leads = await feedbackReadBy(pair.pairId, lead.token);
      const seen = leads.find((each) => each.id === feedback.id);
      expect(seen?.comment).to.equal('For the leads: hierarchy is creeping back.');
      expect(seen?.author?.displayName).to.equal('Kemi Ola');
      const partner = await feedbackReadBy(pair.pairId, pair.mentee.token);
      expect(partner.map((each) => each.id)).not.to.include(feedback.id);
    });

    it('anonymous (the default): nobody reads it individually, not the partner, a lead or an admin', async () => {
      const form = await formFor(pair);
      await untilState(form, 'ready');
      rate(form, full);
      type(form, '#f-comment', 'Nobody should read this one by one.');
      control(form, 'input[name="concernThemes"][value="not-heard"]').click();
      // The default is left as it is.
      part(form, 'send').click();
      const { feedback } = await nextEvent(form, 'upward-feedback-submitted');
      expect(feedback.visibility).to.equal('anonymous');
      expect(feedback.concernThemes).to.deep.equal(['not-heard']);
      await form.updateComplete;
      expect(text(part(form, 'submitted'))).to.contain('Nobody will read it individually');
      expect(text(part(form, 'submitted'))).to.contain('at least 5 pairs');
      for (const token of [pair.mentee.token, lead.token, await tokenFor('jordan')]) {
        const read = await feedbackReadBy(pair.pairId, token);
        expect(read.map((each) => each.id)).not.to.include(feedback.id);
        expect(read.some((each) => each.visibility === 'anonymous')).to.equal(false);
      }
      // Only its author can read it again.
      const own = await feedbackReadBy(pair.pairId, pair.mentor.token);
      expect(own.map((each) => each.id)).to.include(feedback.id);
    });

    it('offers more feedback after one was sent, starting from a blank form', async () => {
      const form = await formFor(pair);
      await untilState(form, 'ready');
      await give(form, 'partner', 'One more.');
      await form.updateComplete;
      part(form, 'again').click();
      await form.updateComplete;
      expect(form.submission).to.equal('editing');
      expect(control<HTMLTextAreaElement>(form, '#f-comment').value).to.equal('');
      expect(control(form, 'input[name="visibility"][value="anonymous"]').checked).to.equal(true);
      expect(form.shadowRoot?.activeElement?.getAttribute('name')).to.equal('safety');
    });
  });

  describe('bad input', () => {
    it('keeps bad input with a message next to each field, and sends nothing', async () => {
      const pair = await freshPair();
      const form = await formFor(pair);
      await untilState(form, 'ready');
      type(form, '#f-comment', 'x'.repeat(20_000));
      part(form, 'send').click();
      await form.updateComplete;
      for (const rating of ['safety', 'learning', 'statusFree'])
        expect(fieldError(form, rating)).to.equal('Choose a rating from 1 to 5.');
      // "Could challenge" is optional.
      expect(fieldError(form, 'couldChallenge')).to.equal('');
      expect(fieldError(form, 'comment')).to.contain('At most 4,000 characters (now 20,000)');
      expect(text(part(form, 'count'))).to.equal('20,000 of 4,000 characters');
      expect(text(part(form, 'form-error'))).to.contain(
        'Please correct the 4 fields marked below.',
      );
      expect(control(form, '#f-comment').getAttribute('aria-invalid')).to.equal('true');
      // Focus goes to the first field to fix; nothing typed is lost or cut.
      expect(form.shadowRoot?.activeElement?.getAttribute('name')).to.equal('safety');
      expect(control<HTMLTextAreaElement>(form, '#f-comment').value).to.have.length(20_000);
      await expect(form).to.be.accessible();
      expect(await feedbackReadBy(pair.pairId, pair.mentor.token)).to.have.length(0);
      // Fixing a field clears its message; the others stay until the next send.
      rate(form, { safety: 3 });
      await form.updateComplete;
      expect(fieldError(form, 'safety')).to.equal('');
      expect(fieldError(form, 'learning')).to.equal('Choose a rating from 1 to 5.');
    });

    it('puts the server’s field errors next to the right fields', async () => {
      const pair = await feedbackPair({ themes });
      const form = await formFor(pair);
      await untilState(form, 'ready');
      // Meanwhile a lead takes a theme out of the taxonomy.
      await setProgramme(pair.programmeId, { concernThemes: [themes[1] as (typeof themes)[0]] });
      rate(form, full);
      control(form, 'input[name="concernThemes"][value="not-heard"]').click();
      type(form, '#f-comment', 'Kept as typed.');
      part(form, 'send').click();
      await waitUntil(
        () => fieldError(form, 'concernThemes') !== '',
        `no error next to the themes: ${text(part(form, 'form'))}`,
      );
      expect(fieldError(form, 'concernThemes')).to.contain('not a concern theme');
      expect(text(part(form, 'form-error'))).to.contain('the field marked below');
      expect(form.submission).to.equal('editing');
      expect(control<HTMLTextAreaElement>(form, '#f-comment').value).to.equal('Kept as typed.');
      await expect(form).to.be.accessible();

      // A character the contract does not take (NUL), next to the comment.
      control(form, 'input[name="concernThemes"][value="not-heard"]').click();
      type(form, '#f-comment', 'nul\u0000byte');
      part(form, 'send').click();
      await waitUntil(() => fieldError(form, 'comment') !== '', 'no error next to the comment');
      expect(fieldError(form, 'concernThemes')).to.equal('');
      expect(control(form, '#f-comment').getAttribute('aria-invalid')).to.equal('true');
      expect(await feedbackReadBy(pair.pairId, pair.mentor.token)).to.have.length(0);
      // The draft is kept on the device after a refusal.
      expect(localStorage.getItem(draftKey(pair.mentor.id, pair.pairId))).to.contain('nul');
    });
  });

  describe('drafts', () => {
    it('keeps the draft across a real page reload', async () => {
      const pair = await feedbackPair({ themes });
      const query = new URLSearchParams({
        api: apiUrl,
        token: pair.mentor.token,
        pair: pair.pairId,
      });
      const frame = document.createElement('iframe');
      frame.title = 'Feedback page';
      frame.src = new URL(`./feedback-form-frame.html?${query}`, import.meta.url).href;
      document.body.append(frame);
      try {
        const inFrame = async () => {
          await waitUntil(
            () => frame.contentDocument?.querySelector('upward-feedback-form'),
            'no form in the frame',
          );
          const form = frame.contentDocument?.querySelector(
            'upward-feedback-form',
          ) as UpwardFeedbackForm;
          await untilState(form, 'ready');
          return form;
        };
        const first = await inFrame();
        rate(first, { safety: 2, learning: 4 });
        control(first, 'input[name="concernThemes"][value="hierarchy-back"]').click();
        type(first, '#f-comment', 'Typed before the page went away.\nSecond line.');
        choose(first, 'partner');
        await first.updateComplete;
        expect(text(part(first, 'draft-status'))).to.equal('Draft saved on this device.');

        const reloaded = new Promise((resolve) =>
          frame.addEventListener('load', resolve, { once: true }),
        );
        frame.contentWindow?.location.reload();
        await reloaded;
        const second = await inFrame();
        expect(second).not.to.equal(first);
        expect(control<HTMLTextAreaElement>(second, '#f-comment').value).to.equal(
          'Typed before the page went away.\nSecond line.',
        );
        expect(control(second, 'input[name="safety"][value="2"]').checked).to.equal(true);
        expect(control(second, 'input[name="learning"][value="4"]').checked).to.equal(true);
        expect(
          control(second, 'input[name="concernThemes"][value="hierarchy-back"]').checked,
        ).to.equal(true);
        expect(control(second, 'input[name="visibility"][value="partner"]').checked).to.equal(true);
        expect(text(part(second, 'draft-status'))).to.match(/^Your draft from .+ was restored\.$/);
        // Sent, it is gone from the device.
        rate(second, { statusFree: 5 });
        part(second, 'send').click();
        await nextEvent(second, 'upward-feedback-submitted');
        expect(localStorage.getItem(draftKey(pair.mentor.id, pair.pairId))).to.equal(null);
      } finally {
        frame.remove();
      }
    });

    it('keeps drafts per person and pair', async () => {
      const [pair, other] = await Promise.all([freshPair(), freshPair()]);
      const mine = await formFor(pair);
      await untilState(mine, 'ready');
      type(mine, '#f-comment', 'Only for this pair, only mine.');
      // The partner, in the same browser, does not get it.
      const partner = await formFor(pair, 'mentee');
      await untilState(partner, 'ready');
      expect(control<HTMLTextAreaElement>(partner, '#f-comment').value).to.equal('');
      // Nor does the same form moved to another pair; moved back, it is there again.
      const states = recordStates(mine);
      mine.client = createUpwardClient({ baseUrl: apiUrl, token: other.mentor.token });
      mine.pairId = other.pairId;
      await waitUntil(() => states.states.at(-1) === 'ready' && states.states.includes('loading'));
      expect(control<HTMLTextAreaElement>(mine, '#f-comment').value).to.equal('');
      mine.client = createUpwardClient({ baseUrl: apiUrl, token: pair.mentor.token });
      mine.pairId = pair.pairId;
      await waitUntil(() => states.states.filter((each) => each === 'ready').length === 2);
      await mine.updateComplete;
      expect(control<HTMLTextAreaElement>(mine, '#f-comment').value).to.equal(
        'Only for this pair, only mine.',
      );
      states.stop();
    });

    it('forgets the draft in the element on sign-out; the device keeps it for its person', async () => {
      const pair = await freshPair();
      const form = await formFor(pair);
      await untilState(form, 'ready');
      rate(form, { safety: 1 });
      type(form, '#f-comment', 'Mine, not the next person’s.');
      const client = form.client;
      form.client = undefined;
      await untilState(form, 'idle');
      expect(form.draft.comment).to.equal('');
      expect(form.value).to.equal(null);
      form.client = client;
      await untilState(form, 'ready');
      expect(control<HTMLTextAreaElement>(form, '#f-comment').value).to.equal(
        'Mine, not the next person’s.',
      );
    });

    it('warns when the browser keeps no draft, and still works', async () => {
      const pair = await freshPair();
      const refusing: Storage = {
        length: 0,
        clear: () => {},
        key: () => null,
        getItem: () => null,
        removeItem: () => {},
        setItem: () => {
          throw new DOMException('full', 'QuotaExceededError');
        },
      };
      const form = await formFor(pair);
      form.storage = refusing;
      await untilState(form, 'ready');
      type(form, '#f-comment', 'Not kept on this device.');
      await form.updateComplete;
      expect(text(part(form, 'storage-warning'))).to.contain('send it before you leave the page');
      await expect(form).to.be.accessible();
      rate(form, full);
      part(form, 'send').click();
      const { feedback } = await nextEvent(form, 'upward-feedback-submitted');
      expect(feedback.comment).to.equal('Not kept on this device.');
    });
  });

  describe('network failures', () => {
    it('keeps feedback that cannot be sent as pending, retries with backoff, and lands it once', async () => {
      const pair = await freshPair();
      let failures = 2;
      const network = failingFetch(() => failures-- > 0);
      const form = await readyFormOver(pair, network.fetch, { retryDelay: 200 });
      rate(form, full);
      type(form, '#f-comment', 'Sent while the network was down.');
      choose(form, 'partner');
      const pending = nextEvent(form, 'upward-feedback-pending');
      part(form, 'send').click();
      const { key, pending: count } = await pending;
      expect(count).to.equal(1);
      await form.updateComplete;
      expect(form.submission).to.equal('pending');
      expect(form.getAttribute('submission')).to.equal('pending');
      expect(form.matches(':state(pending)')).to.equal(true);
      expect(text(part(form, 'pending'))).to.contain('saved on this device');
      expect(form.shadowRoot?.activeElement?.getAttribute('part')).to.contain('pending');
      await expect(form).to.be.accessible();
      // Kept on the device, with the key it was sent with.
      const [entry] = readOutbox(localStorage, pair.mentor.id, pair.pairId);
      expect(entry?.key).to.equal(key);
      expect(entry?.body.comment).to.equal('Sent while the network was down.');

      // Tried again on its own, with growing waits, until it lands.
      const { feedback, replayed } = await nextEvent(form, 'upward-feedback-submitted');
      expect(replayed).to.equal(false);
      expect(network.keys).to.deep.equal([key, key, key]);
      await form.updateComplete;
      expect(form.submission).to.equal('submitted');
      expect(form.matches(':state(submitted)')).to.equal(true);
      expect(localStorage.getItem(outboxKey(pair.mentor.id, pair.pairId))).to.equal(null);
      const stored = await feedbackReadBy(pair.pairId, pair.mentor.token);
      expect(stored.map((each) => each.id)).to.deep.equal([feedback.id]);
    });

    it('sends again when back online; a lost answer is replayed, not given twice', async () => {
      const pair = await freshPair();
      let lose = true;
      const network = failingFetch(() => (lose ? 'after' : false));
      // Long enough that only the browser's `online` event sends it again within the test.
      const form = await readyFormOver(pair, network.fetch);
      rate(form, full);
      const pending = nextEvent(form, 'upward-feedback-pending');
      part(form, 'send').click();
      await pending;
      // The server has it; the browser never heard.
      expect(await feedbackReadBy(pair.pairId, pair.mentor.token)).to.have.length(1);
      lose = false;
      const submitted = nextEvent(form, 'upward-feedback-submitted');
      window.dispatchEvent(new Event('online'));
      const { feedback, replayed } = await submitted;
      expect(replayed).to.equal(true);
      expect(new Set(network.keys).size).to.equal(1);
      const stored = await feedbackReadBy(pair.pairId, pair.mentor.token);
      expect(stored.map((each) => each.id)).to.deep.equal([feedback.id]);
    });

    it('keeps pending feedback across a real reload and sends it then, with the same key, once', async () => {
      const pair = await freshPair({ menteeName: 'Lars Berg' });
      const frameWindow = window as unknown as { feedbackFrameFetch?: typeof fetch };
      const down = failingFetch(() => 'after');
      frameWindow.feedbackFrameFetch = down.fetch;
      const query = new URLSearchParams({
        api: apiUrl,
        token: pair.mentor.token,
        pair: pair.pairId,
      });
      const frame = document.createElement('iframe');
      frame.title = 'Feedback page';
      frame.src = new URL(`./feedback-form-frame.html?${query}`, import.meta.url).href;
      document.body.append(frame);
      try {
        const inFrame = async (state: 'ready' = 'ready') => {
          await waitUntil(
            () => frame.contentDocument?.querySelector('upward-feedback-form'),
            'no form in the frame',
          );
          const form = frame.contentDocument?.querySelector(
            'upward-feedback-form',
          ) as UpwardFeedbackForm;
          await untilState(form, state);
          return form;
        };
        const first = await inFrame();
        first.retryDelay = 60_000;
        rate(first, full);
        type(first, '#f-comment', 'Given just before the page was closed.');
        choose(first, 'partner');
        const pending = nextEvent(first, 'upward-feedback-pending');
        part(first, 'send').click();
        const { key } = await pending;

        const up = failingFetch(() => false);
        frameWindow.feedbackFrameFetch = up.fetch;
        const reloaded = new Promise((resolve) =>
          frame.addEventListener('load', resolve, { once: true }),
        );
        frame.contentWindow?.location.reload();
        await reloaded;
        await waitUntil(() => frame.contentDocument?.querySelector('upward-feedback-form'));
        const second = frame.contentDocument?.querySelector(
          'upward-feedback-form',
        ) as UpwardFeedbackForm;
        const { feedback, replayed } = await nextEvent(second, 'upward-feedback-submitted');
        expect(up.keys).to.deep.equal([key]);
        expect(replayed).to.equal(true);
        await second.updateComplete;
        expect(text(part(second, 'submitted'))).to.contain('Lars Berg can read it now');
        const stored = await feedbackReadBy(pair.pairId, pair.mentor.token);
        expect(stored.map((each) => each.id)).to.deep.equal([feedback.id]);
        expect(stored[0]?.comment).to.equal('Given just before the page was closed.');
      } finally {
        frame.remove();
        delete frameWindow.feedbackFrameFetch;
      }
    });

    it('waits for a new sign-in when the token expired, and then sends', async () => {
      const pair = await freshPair();
      let expired = true;
      // The sign-in runs out between loading the form and sending it.
      const expiring: typeof fetch = (input, init) => {
        const request = input instanceof Request ? input : new Request(input, init);
        if (!expired || request.method !== 'POST') return fetch(request);
        const headers = new Headers(request.headers);
        headers.set('authorization', 'Bearer expired');
        return fetch(new Request(request, { headers }));
      };
      const form = await formFor(pair, 'mentor', {
        client: createUpwardClient({
          baseUrl: apiUrl,
          token: pair.mentor.token,
          fetch: expiring,
          retry: false,
        }),
      });
      form.retryDelay = 50;
      await untilState(form, 'ready');
      rate(form, full);
      type(form, '#f-comment', 'Kept through a new sign-in.');
      const pending = nextEvent(form, 'upward-feedback-pending');
      part(form, 'send').click();
      const { error } = await pending;
      expect((error as { status?: number }).status).to.equal(401);
      await form.updateComplete;
      expect(text(part(form, 'pending'))).to.contain('Your sign-in has expired');
      await expect(form).to.be.accessible();
      // Not retried on its own: it needs the user.
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(form.submission).to.equal('pending');
      // Signed in again: the host gives a new client, and it goes.
      expired = false;
      const submitted = nextEvent(form, 'upward-feedback-submitted');
      form.client = createUpwardClient({ baseUrl: apiUrl, token: pair.mentor.token });
      const { feedback } = await submitted;
      expect(feedback.comment).to.equal('Kept through a new sign-in.');
      expect(await feedbackReadBy(pair.pairId, pair.mentor.token)).to.have.length(1);
    });

    it('puts feedback the server refuses on a retry back into the form, losing nothing', async () => {
      const pair = await feedbackPair({ themes });
      let down = true;
      const network = failingFetch(() => down);
      const form = await readyFormOver(pair, network.fetch);
      rate(form, full);
      control(form, 'input[name="concernThemes"][value="not-heard"]').click();
      type(form, '#f-comment', 'Waiting while the theme goes away.');
      choose(form, 'programme');
      const pending = nextEvent(form, 'upward-feedback-pending');
      part(form, 'send').click();
      await pending;
      // While it waits, the theme leaves the taxonomy; back online, the server refuses it.
      await setProgramme(pair.programmeId, { concernThemes: [themes[1] as (typeof themes)[0]] });
      down = false;
      window.dispatchEvent(new Event('online'));
      await waitUntil(() => form.submission === 'editing', 'not back in the form');
      await form.updateComplete;
      expect(text(part(form, 'form-error'))).to.contain('back in the form');
      expect(fieldError(form, 'concernThemes')).to.contain('not a concern theme');
      expect(control<HTMLTextAreaElement>(form, '#f-comment').value).to.equal(
        'Waiting while the theme goes away.',
      );
      expect(control(form, 'input[name="visibility"][value="programme"]').checked).to.equal(true);
      expect(readOutbox(localStorage, pair.mentor.id, pair.pairId)).to.have.length(0);
      expect(localStorage.getItem(draftKey(pair.mentor.id, pair.pairId))).to.contain(
        'theme goes away',
      );
      expect(await feedbackReadBy(pair.pairId, pair.mentor.token)).to.have.length(0);
    });
    it('sends feedback an earlier page kept (a crash, a closed tab) as soon as it loads', async () => {
      const pair = await freshPair();
      // Two sends the earlier page wrote down before its first attempt, and never finished.
      const bodies = [1, 2].map((n) => ({
        ratings: { safety: n, learning: n, statusFree: n },
        comment: `Kept by the earlier page, number ${n}.`,
        visibility: 'anonymous' as const,
      }));
      const entries = bodies.map((body) => newEntry(pair.mentor.id, pair.pairId, body));
      for (const entry of entries) putEntry(localStorage, entry);
      let down = true;
      const network = failingFetch(() => down);
      const form = await readyFormOver(pair, network.fetch);
      await waitUntil(() => network.keys.length === 1, 'not sent on load');
      await form.updateComplete;
      expect(form.submission).to.equal('pending');
      expect(text(part(form, 'pending'))).to.contain('2 pieces of feedback are waiting.');
      // Tried in order, and the second not before the first is through.
      expect(network.keys).to.deep.equal([entries[0]?.key]);
      down = false;
      part(form, 'retry-send').click();
      await waitUntil(() => form.submission === 'submitted', 'not sent');
      expect(network.keys).to.deep.equal([entries[0]?.key, entries[0]?.key, entries[1]?.key]);
      const stored = await feedbackReadBy(pair.pairId, pair.mentor.token);
      expect(stored.map((each) => each.comment).sort()).to.deep.equal(
        bodies.map((each) => each.comment),
      );
    });

    it('stops waiting when another tab has sent it meanwhile', async () => {
      const pair = await freshPair();
      const network = failingFetch(() => true);
      const form = await readyFormOver(pair, network.fetch);
      rate(form, full);
      const pending = nextEvent(form, 'upward-feedback-pending');
      part(form, 'send').click();
      await pending;
      // The other tab took it from this device's outbox when its attempt went through.
      localStorage.removeItem(outboxKey(pair.mentor.id, pair.pairId));
      await form.retryPending();
      await form.updateComplete;
      expect(form.submission).to.equal('editing');
      expect(network.keys).to.have.length(1);
      expect(form.shadowRoot?.querySelector('[part~="form"]')).to.exist;
    });

    it('puts a refusal that arrives after the form moved to another pair into that pair’s draft', async () => {
      const [pair, other] = await Promise.all([feedbackPair({ themes }), freshPair()]);
      let release!: () => void;
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      const holding: typeof fetch = async (input, init) => {
        const request = input instanceof Request ? input : new Request(input, init);
        if (request.method === 'POST') await held;
        return fetch(request);
      };
      const form = await formFor(pair, 'mentor', {
        client: createUpwardClient({
          baseUrl: apiUrl,
          token: pair.mentor.token,
          fetch: holding,
          retry: false,
        }),
      });
      await untilState(form, 'ready');
      rate(form, full);
      control(form, 'input[name="concernThemes"][value="not-heard"]').click();
      type(form, '#f-comment', 'Sent, then the page moved on.');
      const sent = form.send();
      await waitUntil(() => form.submission === 'sending');
      await setProgramme(pair.programmeId, { concernThemes: [themes[1] as (typeof themes)[0]] });
      // The host shows another pair while the answer is on its way.
      const states = recordStates(form);
      form.client = createUpwardClient({ baseUrl: apiUrl, token: other.mentor.token });
      form.pairId = other.pairId;
      await waitUntil(() => states.states.at(-1) === 'ready');
      states.stop();
      release();
      await sent;
      // Not in this pair's form…
      expect(control<HTMLTextAreaElement>(form, '#f-comment').value).to.equal('');
      // …but kept as the first pair's draft, for when it comes back.
      const kept = loadDraft(localStorage, pair.mentor.id, pair.pairId);
      expect(kept?.draft.comment).to.equal('Sent, then the page moved on.');
      expect(kept?.draft.concernThemes).to.deep.equal(['not-heard']);
      expect(readOutbox(localStorage, pair.mentor.id, pair.pairId)).to.have.length(0);
    });
  });

  describe('moving to another pair', () => {
    it('sends nothing while the next pair loads, and never shows one pair’s draft in another’s form', async () => {
      const [pair, other] = await Promise.all([freshPair(), freshPair()]);
      const form = await formFor(pair);
      await untilState(form, 'ready');
      rate(form, full);
      type(form, '#f-comment', 'Typed for the first pair only.');
      choose(form, 'partner');
      // The host shows another pair (another person's), whose load waits at the gate.
      const gate = gatedFetch();
      const states = recordStates(form);
      form.client = createUpwardClient({
        baseUrl: apiUrl,
        token: other.mentor.token,
        fetch: gate.fetch,
      });
      form.pairId = other.pairId;
      await untilState(form, 'loading');
      expect(form.draft.comment).to.equal('');
      expect(form.value).to.equal(null);
      expect(await form.send()).to.equal('editing');
      await form.retryPending();
      gate.release();
      await waitUntil(() => states.states.at(-1) === 'ready');
      states.stop();
      await form.updateComplete;
      // Nothing reached either pair…
      expect(gate.calls.some((url) => url.endsWith('/feedback'))).to.equal(false);
      expect(await feedbackReadBy(pair.pairId, pair.mentor.token)).to.have.length(0);
      expect(await feedbackReadBy(other.pairId, other.mentor.token)).to.have.length(0);
      // …and the second pair's form starts from its own (blank) draft.
      expect(control<HTMLTextAreaElement>(form, '#f-comment').value).to.equal('');
      expect(control(form, 'input[name="safety"][value="4"]').checked).to.equal(false);
      expect(control(form, 'input[name="visibility"][value="anonymous"]').checked).to.equal(true);
      expect(text(part(form, 'draft-status'))).to.equal('');
      expect(loadDraft(localStorage, other.mentor.id, other.pairId)).to.equal(undefined);
      // The first pair's draft stays its own, on this device.
      expect(loadDraft(localStorage, pair.mentor.id, pair.pairId)?.draft.comment).to.equal(
        'Typed for the first pair only.',
      );
      await expect(form).to.be.accessible();
    });
  });

  describe('as a form control', () => {
    it('validates like a native control inside a host <form>: validity, FormData, reset', async () => {
      const pair = await feedbackPair({ themes });
      const host = await fixture<HTMLFormElement>(html`<form>
        <upward-feedback-form
          name="feedback"
          .client=${createUpwardClient({ baseUrl: apiUrl, token: pair.mentor.token })}
          pair-id=${pair.pairId}
        ></upward-feedback-form>
        <button type="submit">Save the page</button>
      </form>`);
      const form = host.querySelector('upward-feedback-form') as UpwardFeedbackForm;
      await untilState(form, 'ready');
      expect(form.form === host).to.equal(true);
      expect(form.willValidate).to.equal(true);
      // Nothing rated yet: invalid, as a required native control is.
      expect(form.matches(':invalid')).to.equal(true);
      expect(form.validity.valueMissing).to.equal(true);
      expect(form.validationMessage).to.equal(
        'How safe does it feel to speak openly? Choose a rating from 1 to 5.',
      );
      expect(host.checkValidity()).to.equal(false);
      // The host's submit is blocked, and the messages show next to the fields.
      let submitted = false;
      host.addEventListener('submit', (event) => {
        event.preventDefault();
        submitted = true;
      });
      host.requestSubmit();
      await form.updateComplete;
      expect(submitted).to.equal(false);
      expect(fieldError(form, 'safety')).to.equal('Choose a rating from 1 to 5.');

      // A comment too long: tooLong, with its own message.
      rate(form, { safety: 4, learning: 4, statusFree: 5 });
      type(form, '#f-comment', 'y'.repeat(4001));
      await form.updateComplete;
      expect(form.validity.tooLong).to.equal(true);
      expect(form.validity.valueMissing).to.equal(false);
      expect(form.validationMessage).to.contain('At most 4,000 characters');

      type(form, '#f-comment', 'Fine now.');
      control(form, 'input[name="concernThemes"][value="not-heard"]').click();
      choose(form, 'programme');
      await form.updateComplete;
      expect(form.matches(':valid')).to.equal(true);
      expect(host.checkValidity()).to.equal(true);
      const value = JSON.parse(String(new FormData(host).get('feedback')));
      expect(value).to.deep.equal({
        ratings: { safety: 4, learning: 4, statusFree: 5 },
        concernThemes: ['not-heard'],
        visibility: 'programme',
        comment: 'Fine now.',
      });
      host.requestSubmit();
      expect(submitted).to.equal(true);

      // Reset: back to the safe default, the device's draft gone too.
      expect(localStorage.getItem(draftKey(pair.mentor.id, pair.pairId))).to.contain('Fine now.');
      host.reset();
      await form.updateComplete;
      expect(control<HTMLTextAreaElement>(form, '#f-comment').value).to.equal('');
      expect(control(form, 'input[name="visibility"][value="anonymous"]').checked).to.equal(true);
      expect(control(form, 'input[name="safety"][value="4"]').checked).to.equal(false);
      expect(localStorage.getItem(draftKey(pair.mentor.id, pair.pairId))).to.equal(null);
      expect(form.matches(':invalid')).to.equal(true);
    });

    it('is disabled by a disabled fieldset, and points at the first field to fix', async () => {
      const pair = await freshPair();
      const host = await fixture<HTMLFormElement>(html`<form>
        <fieldset>
          <legend>Reflection</legend>
          <upward-feedback-form
            name="feedback"
            .client=${createUpwardClient({ baseUrl: apiUrl, token: pair.mentor.token })}
            pair-id=${pair.pairId}
          ></upward-feedback-form>
        </fieldset>
      </form>`);
      const form = host.querySelector('upward-feedback-form') as UpwardFeedbackForm;
      const fieldset = host.querySelector('fieldset') as HTMLFieldSetElement;
      await untilState(form, 'ready');
      expect(form.reportValidity()).to.equal(false);
      await form.updateComplete;
      expect(form.shadowRoot?.activeElement?.getAttribute('name')).to.equal('safety');
      expect(fieldError(form, 'learning')).to.equal('Choose a rating from 1 to 5.');

      fieldset.disabled = true;
      await form.updateComplete;
      expect(form.matches(':disabled')).to.equal(true);
      expect(control(form, 'input[name="safety"][value="1"]').disabled).to.equal(true);
      expect(control<HTMLTextAreaElement>(form, '#f-comment').disabled).to.equal(true);
      expect((part(form, 'send') as HTMLButtonElement).disabled).to.equal(true);
      // Barred from validation while disabled, like a native control.
      expect(form.willValidate).to.equal(false);
      expect(host.checkValidity()).to.equal(true);
      expect(await form.send()).to.equal('editing');
      fieldset.disabled = false;
      await form.updateComplete;
      expect(control(form, 'input[name="safety"][value="1"]').disabled).to.equal(false);
    });

    it('fires change when a choice changes, and input as the comment is typed', async () => {
      const pair = await freshPair();
      const form = await formFor(pair);
      await untilState(form, 'ready');
      const changed = nextEvent(form, 'change');
      rate(form, { learning: 5 });
      const event = await changed;
      expect(event.target === form).to.equal(true);
      const input = nextEvent(form, 'input');
      type(form, '#f-comment', 'a');
      expect((await input).composed).to.equal(true);
    });
    it('takes at most 10 themes, as the contract does', async () => {
      const many = Array.from({ length: 11 }, (_, i) => ({
        id: `theme-${i}`,
        label: `Theme ${i + 1}`,
      }));
      const pair = await feedbackPair({ themes: many });
      const form = await formFor(pair);
      await untilState(form, 'ready');
      rate(form, full);
      for (const theme of many)
        control(form, `input[name="concernThemes"][value="${theme.id}"]`).click();
      await form.updateComplete;
      expect(form.validity.customError).to.equal(true);
      expect(form.validationMessage).to.equal('Choose at most 10 themes.');
      part(form, 'send').click();
      await form.updateComplete;
      expect(fieldError(form, 'concernThemes')).to.equal('Choose at most 10 themes.');
      expect(form.shadowRoot?.activeElement?.getAttribute('value')).to.equal('theme-0');
    });

    it('restores the state the browser kept for it (history, autofill)', async () => {
      const pair = await freshPair();
      const form = await formFor(pair);
      await untilState(form, 'ready');
      form.formStateRestoreCallback(
        JSON.stringify({
          ratings: { safety: 5 },
          comment: 'Back from history.',
          visibility: 'partner',
        }),
      );
      form.formStateRestoreCallback('not json');
      form.formStateRestoreCallback(null);
      await form.updateComplete;
      expect(control<HTMLTextAreaElement>(form, '#f-comment').value).to.equal('Back from history.');
      expect(control(form, 'input[name="visibility"][value="partner"]').checked).to.equal(true);
    });

    it('keeps drafts for the page only when the browser refuses localStorage, and says so', async () => {
      const pair = await freshPair();
      const descriptor = Object.getOwnPropertyDescriptor(window, 'localStorage');
      Object.defineProperty(window, 'localStorage', {
        configurable: true,
        get() {
          throw new DOMException('denied', 'SecurityError');
        },
      });
      try {
        const form = await formFor(pair);
        await untilState(form, 'ready');
        type(form, '#f-comment', 'Kept for this page only.');
        await form.updateComplete;
        expect(text(part(form, 'storage-warning'))).to.contain('send it before you leave the page');
        rate(form, full);
        part(form, 'send').click();
        const { feedback } = await nextEvent(form, 'upward-feedback-submitted');
        expect(feedback.comment).to.equal('Kept for this page only.');
      } finally {
        if (descriptor) Object.defineProperty(window, 'localStorage', descriptor);
      }
    });
  });

  describe('pure logic', () => {
    const t = feedbackFormStrings;

    it('validates with the contract’s limits', () => {
      const draft = {
        ...emptyDraft(),
        ratings: { safety: 0, learning: 6, statusFree: 3, couldChallenge: 2.5 },
      };
      expect(validateDraft(draft, 'upward', t, 'en')).to.deep.equal({
        safety: t.ratingRequired,
        learning: t.ratingRequired,
        couldChallenge: t.ratingRequired,
      });
      // "Could challenge" is not asked downward, and not sent.
      const downward = {
        ...emptyDraft(),
        ratings: { safety: 1, learning: 2, statusFree: 3, couldChallenge: 4 },
      };
      expect(validateDraft(downward, 'downward', t, 'en')).to.deep.equal({});
      expect(toFeedbackBody(downward, 'downward').ratings).to.deep.equal({
        safety: 1,
        learning: 2,
        statusFree: 3,
      });
      // A comment of spaces only is not sent.
      expect(toFeedbackBody({ ...downward, comment: '   ' }, 'downward')).not.to.have.property(
        'comment',
      );
    });

    it('merges a refused feedback into a draft without dropping anything or exposing anyone', () => {
      const current = {
        ratings: { safety: 2 },
        comment: 'Typed since.',
        concernThemes: ['a'],
        visibility: 'partner' as const,
      };
      const returned = {
        ratings: { safety: 4, learning: 3 },
        comment: 'Refused.',
        concernThemes: ['b', 'a'],
        visibility: 'programme' as const,
      };
      expect(mergeDrafts(current, returned)).to.deep.equal({
        ratings: { safety: 4, learning: 3 },
        comment: 'Refused.\n\nTyped since.',
        concernThemes: ['b', 'a'],
        visibility: 'anonymous',
      });
      expect(mergeDrafts(emptyDraft(), returned)).to.equal(returned);
      expect(mergeDrafts({ ...current, visibility: 'programme' }, returned).visibility).to.equal(
        'programme',
      );
    });

    it('places the server’s field errors on the fields', () => {
      expect(
        errorsFromServer(
          [
            { field: '/ratings/safety', reason: 'must be at most 5' },
            { field: '/comment', reason: 'is too long' },
            { field: '/comment', reason: 'has a NUL' },
            { field: '/visibility', reason: 'is not one of the choices' },
            { field: 'header/Idempotency-Key', reason: 'was used with a different body' },
          ],
          'fallback',
        ),
      ).to.deep.equal({
        safety: 'must be at most 5',
        comment: 'is too long has a NUL',
        visibility: 'is not one of the choices',
        form: 'was used with a different body',
      });
      expect(errorsFromServer([], 'fallback')).to.deep.equal({ form: 'fallback' });
    });

    it('reads only well-formed drafts and outboxes from storage', () => {
      const person = crypto.randomUUID();
      const pairId = crypto.randomUUID();
      localStorage.setItem(draftKey(person, pairId), '{not json');
      expect(loadDraft(localStorage, person, pairId)).to.equal(undefined);
      localStorage.setItem(draftKey(person, pairId), JSON.stringify({ draft: 'no', savedAt: 'x' }));
      expect(loadDraft(localStorage, person, pairId)).to.equal(undefined);
      localStorage.setItem(
        draftKey(person, pairId),
        JSON.stringify({
          draft: {
            ratings: { safety: 9, learning: 2, other: 3 },
            comment: 7,
            concernThemes: ['ok', 3],
            visibility: 'everyone',
          },
          savedAt: '2030-01-01T00:00:00.000Z',
        }),
      );
      expect(loadDraft(localStorage, person, pairId)?.draft).to.deep.equal({
        ratings: { learning: 2 },
        comment: '',
        concernThemes: ['ok'],
        visibility: 'anonymous',
      });
      // A blank draft leaves nothing behind.
      expect(saveDraft(localStorage, person, pairId, emptyDraft())).to.equal(true);
      expect(localStorage.getItem(draftKey(person, pairId))).to.equal(null);

      localStorage.setItem(outboxKey(person, pairId), '{not json');
      expect(readOutbox(localStorage, person, pairId)).to.deep.equal([]);
      localStorage.setItem(outboxKey(person, pairId), JSON.stringify({ not: 'a list' }));
      expect(readOutbox(localStorage, person, pairId)).to.deep.equal([]);
      const good = newEntry(person, pairId, { ratings: { safety: 1, learning: 1, statusFree: 1 } });
      localStorage.setItem(
        outboxKey(person, pairId),
        JSON.stringify([null, { key: 1 }, { ...good, body: null }, good]),
      );
      expect(readOutbox(localStorage, person, pairId)).to.deep.equal([good]);
    });

    it('tells failures worth another attempt from answers about the feedback', () => {
      const problem = (status: number, type = 'about:blank') =>
        new UpwardError(status, { type, status, title: 't' });
      expect(isTransient(new TypeError('Failed to fetch'))).to.equal(true);
      expect(
        [0, 408, 429, 500, 502, 503].map((status) => isTransient(problem(status))),
      ).to.deep.equal([true, true, true, true, true, true]);
      expect(isTransient(problem(409, '/problems/request-in-progress'))).to.equal(true);
      expect(
        [400, 401, 403, 404, 409, 422].map((status) => isTransient(problem(status))),
      ).to.deep.equal([false, false, false, false, false, false]);
    });

    it('waits longer after each failure, within bounds', () => {
      expect(backoff(0, 1000, 300_000, () => 0)).to.equal(500);
      expect(backoff(0, 1000, 300_000, () => 1)).to.equal(1000);
      expect(backoff(3, 1000, 300_000, () => 1)).to.equal(8000);
      expect(backoff(50, 1000, 300_000, () => 1)).to.equal(300_000);
    });

    it('has every string in every locale', () => {
      for (const [locale, strings] of Object.entries({
        en: feedbackFormStrings,
        de: german.feedbackForm,
        ar: arabic.feedbackForm,
      })) {
        const lang = locale;
        const said = [
          strings.heading('P'),
          strings.point('1', 1),
          strings.point('3', 3),
          strings.point('5', 5),
          strings.count(10, 4000, lang),
          strings.tooLong(4000, 5000, lang),
          strings.themesHint(5, lang),
          strings.anonymousDetail('P', 5, lang),
          strings.partnerLabel('P'),
          strings.partnerDetail('P'),
          strings.programmeDetail('A', 'P'),
          strings.programmeDetail(undefined, 'P'),
          strings.names(['A', 'B'], true, lang),
          strings.fixErrors(1, lang),
          strings.fixErrors(3, lang),
          strings.draftRestored('today'),
          strings.pendingCount(1, lang),
          strings.pendingCount(2, lang),
          strings.pendingCount(3, lang),
          strings.sentAnonymous(5, lang),
          strings.sentPartner('P'),
          strings.sentProgramme('A', 'P'),
          strings.sentProgramme(undefined, 'P'),
        ];
        for (const each of said)
          expect(each, `${locale}: ${each}`).to.be.a('string').and.not.equal('');
        expect(strings.names(['A'], true, lang)).not.to.equal('A');
      }
    });
  });

  describe('keyboard, locales', () => {
    it('can be filled in and sent with the keyboard alone', async () => {
      const pair = await feedbackPair({ themes });
      const form = await formFor(pair);
      await untilState(form, 'ready');
      form.focus();
      expect(form.shadowRoot?.activeElement?.getAttribute('name')).to.equal('safety');
      await sendKeys({ press: 'Space' }); // safety 1
      await sendKeys({ press: 'ArrowRight' }); // safety 2
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Space' }); // learning 1
      for (let i = 0; i < 3; i++) await sendKeys({ press: 'ArrowRight' }); // learning 4
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Space' }); // status-free 1
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Space' }); // could challenge 1
      for (let i = 0; i < 4; i++) await sendKeys({ press: 'ArrowRight' }); // could challenge 5
      await sendKeys({ press: 'Tab' });
      expect(form.shadowRoot?.activeElement?.id).to.equal('f-comment');
      await sendKeys({ type: 'Said with keys.' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Space' }); // the first theme
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      expect(form.shadowRoot?.activeElement?.getAttribute('value')).to.equal('anonymous');
      await sendKeys({ press: 'ArrowDown' }); // partner
      await sendKeys({ press: 'Tab' });
      expect(form.shadowRoot?.activeElement?.getAttribute('part')).to.equal('send');
      const submitted = nextEvent(form, 'upward-feedback-submitted');
      await sendKeys({ press: 'Enter' });
      const { feedback } = await submitted;
      expect(feedback.ratings).to.deep.equal({
        safety: 2,
        learning: 4,
        statusFree: 1,
        couldChallenge: 5,
      });
      expect(feedback.comment).to.equal('Said with keys.');
      expect(feedback.concernThemes).to.deep.equal(['not-heard']);
      expect(feedback.visibility).to.equal('partner');
      await form.updateComplete;
      // Focus goes to the confirmation, which is read out.
      expect(form.shadowRoot?.activeElement?.getAttribute('part')).to.equal('submitted');
    });

    it('speaks German', async () => {
      const pair = await freshPair({ menteeName: 'Lars Berg' });
      const form = await formFor(pair, 'mentor', { lang: 'de' });
      await untilState(form, 'ready');
      expect(text(part(form, 'title'))).to.equal('Ihr Feedback zur Zusammenarbeit mit Lars Berg');
      expect(option(form, 'anonymous')).to.contain('Niemand einzeln');
      expect(text(part(form, 'send'))).to.equal('Feedback senden');
      type(form, '#f-comment', 'z'.repeat(5000));
      part(form, 'send').click();
      await form.updateComplete;
      expect(fieldError(form, 'comment')).to.contain('Höchstens 4.000 Zeichen (jetzt 5.000)');
      expect(text(part(form, 'form-error'))).to.contain('die 4 markierten Felder');
      await expect(form).to.be.accessible();
    });

    it('speaks Arabic, right to left, in every state shown', async () => {
      const pair = await freshPair({ menteeName: 'Lars Berg' });
      let down = true;
      const network = failingFetch(() => down);
      const form = await readyFormOver(pair, network.fetch, { lang: 'ar' });
      expect(part(form, 'base').getAttribute('dir')).to.equal('rtl');
      expect(text(part(form, 'title'))).to.equal('ملاحظاتك عن العمل مع Lars Berg');
      const five = new Intl.NumberFormat('ar').format(5);
      expect(text(control(form, 'input[name="safety"][value="5"]').closest('label'))).to.equal(
        five,
      );
      expect(control(form, 'input[name="safety"][value="5"]').getAttribute('aria-label')).to.equal(
        `${five}، تمامًا`,
      );
      await expect(form).to.be.accessible();
      rate(form, full);
      const pending = nextEvent(form, 'upward-feedback-pending');
      part(form, 'send').click();
      await pending;
      await form.updateComplete;
      expect(text(part(form, 'pending'))).to.contain('بانتظار الإرسال');
      await expect(form).to.be.accessible();
      down = false;
      const submitted = nextEvent(form, 'upward-feedback-submitted');
      part(form, 'retry-send').click();
      await submitted;
      await form.updateComplete;
      expect(text(part(form, 'submitted'))).to.contain('لن يقرأها أحد بشكل فردي');
      await expect(form).to.be.accessible();
    });
  });
});
