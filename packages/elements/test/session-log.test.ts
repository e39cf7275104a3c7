import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { type components, createUpwardClient, unwrap } from '@upward/sdk';
import { sendKeys } from '@web/test-runner-commands';
import '../src/components/session-log/session-log.js';
import type { UpwardSessionLog } from '../src/components/session-log/session-log.component.js';
import '../src/locales/ar.js';
import '../src/locales/de.js';
import {
  apiUrl,
  clientFor,
  type FreshPair,
  freshPair,
  gatedFetch,
  logSessions,
  sessionBody,
  unreachableClient,
} from './fixtures.js';
import { loadAfter, part, parts, recordStates, text, untilState } from './helpers.js';

type Session = components['schemas']['Session'];

/** The next event of that type, typed by its event map entry. */
function nextEvent<K extends keyof GlobalEventHandlersEventMap>(target: EventTarget, type: K) {
  return oneEvent(target, type) as unknown as Promise<GlobalEventHandlersEventMap[K]>;
}

async function logFor(pair: FreshPair, who: 'mentor' | 'mentee' = 'mentor', lang = 'en') {
  const element = await fixture<UpwardSessionLog>(html`<upward-session-log
    lang=${lang}
    base-url=${apiUrl}
    token=${pair[who].token}
    pair-id=${pair.pairId}
  ></upward-session-log>`);
  return element;
}

function control<T extends HTMLElement = HTMLInputElement>(
  log: UpwardSessionLog,
  selector: string,
): T {
  const found = log.shadowRoot?.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
}

function type(log: UpwardSessionLog, selector: string, value: string) {
  const input = control(log, selector);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

async function serverSessions(pair: FreshPair): Promise<Session[]> {
  const api = createUpwardClient({ baseUrl: apiUrl, token: pair.mentor.token });
  const page = await unwrap(
    api.GET('/v1/pairs/{pairId}/sessions', {
      params: { path: { pairId: pair.pairId }, query: { limit: 100 } },
    }),
  );
  return page.items;
}

function fieldError(log: UpwardSessionLog, field: string): string {
  return text(log.shadowRoot?.querySelector(`[data-field="${field}"] [part~="field-error"]`));
}

async function openForm(log: UpwardSessionLog) {
  part(log, 'log-button').click();
  await log.updateComplete;
  return part(log, 'form');
}

describe('<upward-session-log>', () => {
  describe('states', () => {
    it('is ready with the pair’s sessions, newest first, and accessible', async () => {
      const pair = await freshPair();
      await logSessions(pair.pairId, pair.mentor.token, 3);
      const log = await logFor(pair);
      await untilState(log, 'ready');
      const rows = parts(log, 'session');
      expect(rows).to.have.length(3);
      // sessionBody(i) is held i+1 hours ago: topic 1 is the newest.
      expect(text(rows[0])).to.contain('topic 1');
      expect(text(rows[2])).to.contain('topic 3');
      expect(rows[0]?.getAttribute('aria-setsize')).to.equal('3');
      await expect(log).to.be.accessible();
    });

    it('is idle and asks to sign in without a client, accessibly', async () => {
      const log = await fixture<UpwardSessionLog>(
        html`<upward-session-log pair-id=${crypto.randomUUID()}></upward-session-log>`,
      );
      await log.updateComplete;
      expect(log.dataState).to.equal('idle');
      expect(log.getAttribute('state')).to.equal('idle');
      expect(text(part(log, 'status'))).to.contain('Sign in to see this');
      expect(log.shadowRoot?.querySelector('[part~="log-button"]')).to.equal(null);
      await expect(log).to.be.accessible();
    });

    it('is empty for a new pair, still offering to log one, and accessible', async () => {
      const pair = await freshPair();
      const log = await logFor(pair);
      await untilState(log, 'empty');
      expect(text(part(log, 'empty'))).to.contain('No sessions yet');
      expect(part(log, 'log-button')).to.exist;
      await expect(log).to.be.accessible();
    });

    it('shows loading until the server answers, accessibly', async () => {
      const pair = await freshPair();
      const gate = gatedFetch();
      const log = await fixture<UpwardSessionLog>(html`<upward-session-log
        .client=${createUpwardClient({ baseUrl: apiUrl, token: pair.mentor.token, fetch: gate.fetch })}
        pair-id=${pair.pairId}
      ></upward-session-log>`);
      await untilState(log, 'loading');
      expect(text(part(log, 'status'))).to.contain('Loading');
      await expect(log).to.be.accessible();
      gate.release();
      await untilState(log, 'empty');
    });

    it('tells a programme lead or admin that sessions belong to the pair (403)', async () => {
      const pair = await freshPair();
      const log = await fixture<UpwardSessionLog>(html`<upward-session-log
        .client=${await clientFor('jordan')}
        pair-id=${pair.pairId}
      ></upward-session-log>`);
      await untilState(log, 'error');
      expect(text(part(log, 'status'))).to.contain('only its two members');
      expect(log.shadowRoot?.querySelector('[part~="log-button"]')).to.equal(null);
      await expect(log).to.be.accessible();
    });

    it('says the pair was not found for an unknown id', async () => {
      const pair = await freshPair();
      const log = await fixture<UpwardSessionLog>(html`<upward-session-log
        .client=${await clientFor({ token: pair.mentor.token })}
        pair-id=${crypto.randomUUID()}
      ></upward-session-log>`);
      await untilState(log, 'error');
      expect(text(part(log, 'status'))).to.contain('could not be found');
    });

    it('is offline when the server cannot be reached, accessibly', async () => {
      const log = await fixture<UpwardSessionLog>(html`<upward-session-log
        .client=${unreachableClient()}
        pair-id=${crypto.randomUUID()}
      ></upward-session-log>`);
      await untilState(log, 'offline');
      expect(text(part(log, 'status'))).to.contain('offline');
      await expect(log).to.be.accessible();
    });

    it('loads again when the pair changes', async () => {
      const [first, second] = await Promise.all([freshPair(), freshPair()]);
      await logSessions(second.pairId, second.mentor.token, 2);
      const client = createUpwardClient({ baseUrl: apiUrl, token: first.mentor.token });
      const log = await fixture<UpwardSessionLog>(
        html`<upward-session-log .client=${client} pair-id=${first.pairId}></upward-session-log>`,
      );
      await untilState(log, 'empty');
      const states = recordStates(log);
      log.client = createUpwardClient({ baseUrl: apiUrl, token: second.mentor.token });
      log.pairId = second.pairId;
      await untilState(log, 'ready');
      expect(states.states).to.deep.equal(['loading', 'ready']);
      expect(parts(log, 'session')).to.have.length(2);
    });
  });

  describe('logging a session', () => {
    it('logs what the form holds, shows it first and fires upward-session-logged', async () => {
      const pair = await freshPair();
      await logSessions(pair.pairId, pair.mentor.token, 1);
      const log = await logFor(pair);
      await untilState(log, 'ready');
      await openForm(log);
      type(log, '#f-heldAt', '2030-01-02T10:30');
      type(log, '#f-durationMinutes', '50');
      type(log, '#f-topics', 'pull requests, code review');
      type(log, '#f-learnings', 'How a review thread works.');
      type(log, '#f-sharedNotes', 'Next time: pair on a review.');
      type(log, '#f-privateNote', 'I was nervous; it went well.');
      const mentee = control(log, 'input[name="agendaSetBy"][value="both"]');
      mentee.click();
      part(log, 'save').click();
      const event = await nextEvent(log, 'upward-session-logged');
      expect(event.session.durationMinutes).to.equal(50);
      expect(event.session.agendaSetBy).to.equal('both');
      expect(event.session.topics).to.deep.equal(['pull requests', 'code review']);
      expect(new Date(event.session.heldAt).getTime()).to.equal(
        new Date('2030-01-02T10:30').getTime(),
      );
      await log.updateComplete;
      expect(log.shadowRoot?.querySelector('[part~="form"]')).to.equal(null);
      expect(text(parts(log, 'session')[0])).to.contain('pull requests, code review');
      const stored = await serverSessions(pair);
      expect(stored.map((each) => each.id)).to.include(event.session.id);
      expect(stored.find((each) => each.id === event.session.id)?.privateNote).to.equal(
        'I was nervous; it went well.',
      );
    });

    it('turns an empty log into a ready one when the first session is logged', async () => {
      const pair = await freshPair();
      const log = await logFor(pair);
      await untilState(log, 'empty');
      await openForm(log);
      part(log, 'save').click();
      await nextEvent(log, 'upward-session-logged');
      await untilState(log, 'ready');
      expect(parts(log, 'session')).to.have.length(1);
    });

    it('keeps bad input in the form with a message next to each field, and sends nothing', async () => {
      const pair = await freshPair();
      const log = await logFor(pair);
      await untilState(log, 'empty');
      await openForm(log);
      type(log, '#f-heldAt', '');
      type(log, '#f-durationMinutes', '-5');
      type(log, '#f-sharedNotes', 'x'.repeat(20_000));
      part(log, 'save').click();
      await log.updateComplete;
      expect(fieldError(log, 'heldAt')).to.contain('Enter when the session took place');
      expect(fieldError(log, 'durationMinutes')).to.contain('from 1 to 600');
      expect(fieldError(log, 'sharedNotes')).to.contain('At most 10,000 characters (now 20,000)');
      expect(control(log, '#f-durationMinutes').getAttribute('aria-invalid')).to.equal('true');
      expect(text(part(log, 'form-error'))).to.contain('3 fields');
      // Focus goes to the first field to fix; nothing typed is lost.
      expect(log.shadowRoot?.activeElement?.id).to.equal('f-heldAt');
      expect(control<HTMLTextAreaElement>(log, '#f-sharedNotes').value).to.have.length(20_000);
      await expect(log).to.be.accessible();
      expect(await serverSessions(pair)).to.have.length(0);
      // Fixing a field clears its message.
      type(log, '#f-durationMinutes', '30');
      await log.updateComplete;
      expect(fieldError(log, 'durationMinutes')).to.equal('');
    });

    it('stores a <script> in topics as text and shows it inert', async () => {
      const pair = await freshPair();
      const log = await logFor(pair);
      await untilState(log, 'empty');
      await openForm(log);
      type(
        log,
        '#f-topics',
        '<script>window.pwned = true</script>, <img src=x onerror="window.pwned=true">',
      );
      part(log, 'save').click();
      const { session } = await nextEvent(log, 'upward-session-logged');
      expect(session.topics[0]).to.equal('<script>window.pwned = true</script>');
      await log.updateComplete;
      const row = parts(log, 'session')[0];
      expect(text(row)).to.contain('<script>window.pwned = true</script>');
      expect(log.shadowRoot?.querySelector('script, img')).to.equal(null);
      expect((window as unknown as { pwned?: boolean }).pwned).to.equal(undefined);
    });

    it('puts the server’s field errors next to the right fields', async () => {
      const pair = await freshPair();
      const log = await logFor(pair);
      await untilState(log, 'empty');
      await openForm(log);
      // A control character passes the form's checks but not the contract's pattern.
      type(log, '#f-topics', 'bell\u0007sound');
      part(log, 'save').click();
      await waitUntil(
        () => fieldError(log, 'topics') !== '',
        `no error next to topics: ${text(log.shadowRoot?.querySelector('[part~="form"]'))}`,
      );
      expect(control(log, '#f-topics').getAttribute('aria-invalid')).to.equal('true');
      expect(text(part(log, 'form-error'))).to.contain('the field marked below');
      expect(fieldError(log, 'topics')).to.contain('not allowed');
      expect(await serverSessions(pair)).to.have.length(0);
    });

    it('keeps the form when saving fails for the network, and saves once back online', async () => {
      const pair = await freshPair();
      let online = true;
      const flaky: typeof fetch = (input, init) =>
        online ? fetch(input, init) : Promise.reject(new TypeError('Failed to fetch'));
      const log = await fixture<UpwardSessionLog>(html`<upward-session-log
        .client=${createUpwardClient({ baseUrl: apiUrl, token: pair.mentor.token, fetch: flaky, retry: false })}
        pair-id=${pair.pairId}
      ></upward-session-log>`);
      await untilState(log, 'empty');
      await openForm(log);
      type(log, '#f-learnings', 'Typed while the network was down.');
      online = false;
      part(log, 'save').click();
      await waitUntil(() =>
        text(log.shadowRoot?.querySelector('[part~="form-error"]')).includes('offline'),
      );
      expect(control<HTMLTextAreaElement>(log, '#f-learnings').value).to.equal(
        'Typed while the network was down.',
      );
      expect(await serverSessions(pair)).to.have.length(0);
      online = true;
      part(log, 'save').click();
      const { session } = await nextEvent(log, 'upward-session-logged');
      expect(session.learnings).to.equal('Typed while the network was down.');
      expect(await serverSessions(pair)).to.have.length(1);
    });
  });

  describe('a draft on this device', () => {
    it('opens the form again with what was typed when the log comes back (a reload)', async () => {
      const pair = await freshPair();
      const first = await logFor(pair);
      await untilState(first, 'empty');
      await openForm(first);
      type(first, '#f-topics', 'team chat, <b>bold</b>');
      type(first, '#f-learnings', 'Threads keep a decision findable.');
      type(first, '#f-privateNote', 'Still shy about asking.');
      control(first, 'input[name="agendaSetBy"][value="mentee"]').click();
      await first.updateComplete;
      first.remove();

      const again = await logFor(pair);
      await untilState(again, 'empty');
      expect(part(again, 'form')).to.exist;
      expect(control(again, '#f-topics').value).to.equal('team chat, <b>bold</b>');
      expect(control<HTMLTextAreaElement>(again, '#f-learnings').value).to.equal(
        'Threads keep a decision findable.',
      );
      expect(control<HTMLTextAreaElement>(again, '#f-privateNote').value).to.equal(
        'Still shy about asking.',
      );
      expect(control(again, 'input[name="agendaSetBy"][value="mentee"]').checked).to.equal(true);
      expect(again.shadowRoot?.querySelector('b')).to.equal(null);
    });

    it('forgets the draft once the session is logged, or when the form is cancelled', async () => {
      const pair = await freshPair();
      const log = await logFor(pair);
      await untilState(log, 'empty');
      await openForm(log);
      type(log, '#f-topics', 'spreadsheets');
      type(log, '#f-learnings', 'Pivot tables.');
      part(log, 'save').click();
      await nextEvent(log, 'upward-session-logged');
      log.remove();
      const afterSave = await logFor(pair);
      await untilState(afterSave, 'ready');
      expect(afterSave.shadowRoot?.querySelector('[part~="form"]')).to.equal(null);

      await openForm(afterSave);
      type(afterSave, '#f-topics', 'given up');
      part(afterSave, 'cancel').click();
      await afterSave.updateComplete;
      afterSave.remove();
      const afterCancel = await logFor(pair);
      await untilState(afterCancel, 'ready');
      expect(afterCancel.shadowRoot?.querySelector('[part~="form"]')).to.equal(null);
    });

    it('logs a session once when the page reloads after a save whose answer was lost', async () => {
      const pair = await freshPair();
      // The server gets every POST, but its answer never comes back.
      const losesAnswers: typeof fetch = async (input, init) => {
        const request = new Request(input, init);
        const response = await fetch(request.clone());
        if (request.method === 'POST') throw new TypeError('Failed to fetch');
        return response;
      };
      const log = await fixture<UpwardSessionLog>(html`<upward-session-log
        .client=${createUpwardClient({ baseUrl: apiUrl, token: pair.mentor.token, fetch: losesAnswers, retry: false })}
        pair-id=${pair.pairId}
      ></upward-session-log>`);
      await untilState(log, 'empty');
      await openForm(log);
      type(log, '#f-learnings', 'Saved once, answered never.');
      part(log, 'save').click();
      await waitUntil(() =>
        text(log.shadowRoot?.querySelector('[part~="form-error"]')).includes('offline'),
      );
      expect(await serverSessions(pair)).to.have.length(1);
      log.remove();

      const reloaded = await logFor(pair);
      await untilState(reloaded, 'ready');
      expect(control<HTMLTextAreaElement>(reloaded, '#f-learnings').value).to.equal(
        'Saved once, answered never.',
      );
      part(reloaded, 'save').click();
      await nextEvent(reloaded, 'upward-session-logged');
      expect(await serverSessions(pair)).to.have.length(1);
      await reloaded.updateComplete;
      expect(reloaded.shadowRoot?.querySelector('[part~="form"]')).to.equal(null);
    });

    it('keeps each person’s draft to that person and pair', async () => {
      const pair = await freshPair();
      const mentor = await logFor(pair, 'mentor');
      await untilState(mentor, 'empty');
      await openForm(mentor);
      type(mentor, '#f-privateNote', 'The mentor’s own note.');
      await mentor.updateComplete;
      mentor.remove();
      const mentee = await logFor(pair, 'mentee');
      await untilState(mentee, 'empty');
      expect(mentee.shadowRoot?.querySelector('[part~="form"]')).to.equal(null);
      await openForm(mentee);
      expect(control<HTMLTextAreaElement>(mentee, '#f-privateNote').value).to.equal('');
    });
  });

  describe('never across pairs or people', () => {
    it('drops an open form, its private note included, when the pair changes', async () => {
      const [first, second] = await Promise.all([freshPair(), freshPair()]);
      const log = await logFor(first);
      await untilState(log, 'empty');
      await openForm(log);
      type(log, '#f-privateNote', 'Private to the first pair.');
      await loadAfter(
        log,
        () => {
          log.token = second.mentor.token;
          log.pairId = second.pairId;
        },
        'empty',
      );
      expect(log.shadowRoot?.querySelector('[part~="form"]')).to.equal(null);
      await openForm(log);
      expect(control<HTMLTextAreaElement>(log, '#f-privateNote').value).to.equal('');
    });

    it('keeps its data when moved in the page, without loading again', async () => {
      const pair = await freshPair();
      await logSessions(pair.pairId, pair.mentor.token, 2);
      const log = await logFor(pair);
      await untilState(log, 'ready');
      const states = recordStates(log);
      const elsewhere = document.createElement('div');
      document.body.append(elsewhere);
      elsewhere.append(log);
      await log.updateComplete;
      expect(states.states).to.deep.equal([]);
      expect(parts(log, 'session')).to.have.length(2);
      elsewhere.remove();
    });

    it('stores one session when a save whose answer was lost is tried again', async () => {
      const pair = await freshPair();
      let loseAnswer = false;
      const lossy: typeof fetch = async (input, init) => {
        const response = await fetch(input, init);
        if (loseAnswer) throw new TypeError('Failed to fetch');
        return response;
      };
      const log = await fixture<UpwardSessionLog>(html`<upward-session-log
        .client=${createUpwardClient({ baseUrl: apiUrl, token: pair.mentor.token, fetch: lossy, retry: false })}
        pair-id=${pair.pairId}
      ></upward-session-log>`);
      await untilState(log, 'empty');
      await openForm(log);
      type(log, '#f-learnings', 'Saved once, answered never.');
      loseAnswer = true;
      part(log, 'save').click();
      await waitUntil(() =>
        text(log.shadowRoot?.querySelector('[part~="form-error"]')).includes('offline'),
      );
      loseAnswer = false;
      part(log, 'save').click();
      await nextEvent(log, 'upward-session-logged');
      expect(await serverSessions(pair)).to.have.length(1);
    });

    it('renders with an underscore language tag (en_US)', async () => {
      const pair = await freshPair();
      await logSessions(pair.pairId, pair.mentor.token, 1);
      const log = await logFor(pair, 'mentor', 'en_US');
      await untilState(log, 'ready');
      expect(part(log, 'base').getAttribute('lang')).to.equal('en-US');
      expect(text(parts(log, 'session')[0])).to.contain('topic 1');
    });
  });

  describe('one’s own sessions', () => {
    async function openDetails(log: UpwardSessionLog, index = 0) {
      parts(log, 'session')[index]?.click();
      await log.updateComplete;
      return part(log, 'details');
    }

    /** The author opens a session to edit it; meanwhile it changes elsewhere (another tab). */
    async function editWhileChangedElsewhere(change: components['schemas']['SessionUpdate']) {
      const pair = await freshPair();
      const [logged] = await logSessions(pair.pairId, pair.mentor.token, 1);
      const log = await logFor(pair);
      await untilState(log, 'ready');
      await openDetails(log);
      part(log, 'edit').click();
      await log.updateComplete;
      const other = createUpwardClient({ baseUrl: apiUrl, token: pair.mentor.token });
      await unwrap(
        other.PATCH('/v1/pairs/{pairId}/sessions/{sessionId}', {
          params: {
            path: { pairId: pair.pairId, sessionId: logged?.id as string },
            header: { 'If-Match': `"${logged?.version}"` },
          },
          body: change,
        }),
      );
      return { pair, log };
    }

    it('shows the author’s private note to the author only', async () => {
      const pair = await freshPair();
      await logSessions(pair.pairId, pair.mentor.token, 1, (index) => ({
        ...sessionBody(index),
        privateNote: 'Only mine.',
        sharedNotes: 'For both.',
      }));
      const mentorLog = await logFor(pair, 'mentor');
      await untilState(mentorLog, 'ready');
      const details = await openDetails(mentorLog);
      expect(text(details)).to.contain('Only mine.');
      expect(text(details)).to.contain('Only you can see this.');
      expect(part(mentorLog, 'edit')).to.exist;
      await expect(mentorLog).to.be.accessible();

      const menteeLog = await logFor(pair, 'mentee');
      await untilState(menteeLog, 'ready');
      const theirs = await openDetails(menteeLog);
      expect(text(theirs)).to.contain('For both.');
      expect(text(theirs)).not.to.contain('Only mine.');
      // Not theirs to edit or delete.
      expect(menteeLog.shadowRoot?.querySelector('[part~="edit"], [part~="delete"]')).to.equal(
        null,
      );
    });

    it('edits a session and fires upward-session-updated', async () => {
      const pair = await freshPair();
      await logSessions(pair.pairId, pair.mentor.token, 1);
      const log = await logFor(pair);
      await untilState(log, 'ready');
      await openDetails(log);
      part(log, 'edit').click();
      await log.updateComplete;
      expect(control(log, '#f-durationMinutes').value).to.equal('30');
      type(log, '#f-durationMinutes', '75');
      part(log, 'save').click();
      const { session } = await nextEvent(log, 'upward-session-updated');
      expect(session.durationMinutes).to.equal(75);
      const [stored] = await serverSessions(pair);
      expect(stored?.durationMinutes).to.equal(75);
      expect(stored?.version).to.equal(session.version);
    });

    it('meets a stale edit with a choice, never a silent overwrite', async () => {
      const { pair, log } = await editWhileChangedElsewhere({
        learnings: 'Changed in another tab.',
      });
      type(log, '#f-learnings', 'Mine, typed here.');
      part(log, 'save').click();
      await waitUntil(
        () => log.shadowRoot?.querySelector('[part~="conflict"]'),
        'no conflict shown',
      );
      // Nothing was overwritten, and what was typed is still in the form.
      expect((await serverSessions(pair))[0]?.learnings).to.equal('Changed in another tab.');
      expect(control<HTMLTextAreaElement>(log, '#f-learnings').value).to.equal('Mine, typed here.');
      await expect(log).to.be.accessible();
      // Choosing "save mine" is explicit, and then it lands.
      const choice = Array.from(part(log, 'conflict').querySelectorAll('button')).find((button) =>
        text(button).includes('Save mine'),
      );
      choice?.click();
      await nextEvent(log, 'upward-session-updated');
      expect((await serverSessions(pair))[0]?.learnings).to.equal('Mine, typed here.');
    });

    it('shows the other version when asked after a conflict', async () => {
      const { log } = await editWhileChangedElsewhere({ durationMinutes: 99 });
      part(log, 'save').click();
      await waitUntil(
        () => log.shadowRoot?.querySelector('[part~="conflict"]'),
        'no conflict shown',
      );
      Array.from(part(log, 'conflict').querySelectorAll('button'))
        .find((button) => text(button).includes('their version'))
        ?.click();
      await waitUntil(
        () => control(log, '#f-durationMinutes').value === '99',
        'their version not shown',
      );
      expect(log.shadowRoot?.querySelector('[part~="conflict"]')).to.equal(null);
    });

    it('deletes a session after confirmation and fires upward-session-deleted', async () => {
      const pair = await freshPair();
      await logSessions(pair.pairId, pair.mentor.token, 2);
      const log = await logFor(pair);
      await untilState(log, 'ready');
      await openDetails(log);
      part(log, 'delete').click();
      await log.updateComplete;
      await expect(log).to.be.accessible();
      part(log, 'confirm-delete').click();
      const event = await nextEvent(log, 'upward-session-deleted');
      expect(event.pairId).to.equal(pair.pairId);
      await log.updateComplete;
      expect(parts(log, 'session')).to.have.length(1);
      const stored = await serverSessions(pair);
      expect(stored.map((each) => each.id)).not.to.include(event.sessionId);
      expect(stored).to.have.length(1);
    });
  });

  describe('with many sessions', () => {
    let pair: FreshPair;
    before(async function () {
      this.timeout(120_000);
      pair = await freshPair();
      await logSessions(pair.pairId, pair.mentor.token, 1_000);
    });

    it('renders only the rows in view and fetches pages as the reader scrolls', async () => {
      const log = await logFor(pair);
      await untilState(log, 'ready');
      await waitUntil(() => parts(log, 'session').length > 0);
      const first = parts(log, 'session').length;
      expect(first).to.be.within(1, 40);
      expect(log.sessions).to.have.length(50);
      const list = part(log, 'list');
      expect(list.scrollHeight).to.be.greaterThan(list.clientHeight);
      // Scroll to the end of what is loaded: the next page arrives, the DOM stays small.
      list.scrollTop = list.scrollHeight;
      await waitUntil(() => log.sessions.length >= 100, 'no second page');
      list.scrollTop = list.scrollHeight;
      await waitUntil(() => log.sessions.length >= 150, 'no third page');
      await waitUntil(() => parts(log, 'session').some((row) => Number(row.dataset.index) > 90));
      expect(parts(log, 'session').length).to.be.below(41);
      await expect(log).to.be.accessible();
    });

    it('works from the keyboard alone: rows, details, logging', async () => {
      const log = await logFor(pair);
      await untilState(log, 'ready');
      await waitUntil(() => parts(log, 'session').length > 0);
      // Tab reaches the "Log a session" button, then the list's current row.
      part(log, 'log-button').focus();
      await sendKeys({ press: 'Tab' });
      const active = () => log.shadowRoot?.activeElement as HTMLElement | null;
      expect(active()?.dataset.index).to.equal('0');
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowDown' });
      await waitUntil(() => active()?.dataset.index === '2', 'arrow keys do not move');
      // End goes to the last session loaded now (reaching it fetches the next page).
      const last = String(log.sessions.length - 1);
      await sendKeys({ press: 'End' });
      await waitUntil(() => active()?.dataset.index === last, 'End');
      await sendKeys({ press: 'Home' });
      await waitUntil(() => active()?.dataset.index === '0', 'Home');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => log.shadowRoot?.querySelector('[part~="details"]'), 'Enter opens');
      await sendKeys({ press: 'Escape' });
      await waitUntil(
        () =>
          !log.shadowRoot?.querySelector('[part~="details"]') && active()?.dataset.index === '0',
        'Escape closes and returns to the row',
      );
      // Log a session with the keyboard only.
      part(log, 'log-button').focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => active()?.id === 'f-heldAt', 'the form opens on its first field');
      // Tab walks through the date's own fields (day, month, year, time) to the duration.
      for (let tab = 0; tab < 10 && active()?.id !== 'f-durationMinutes'; tab += 1)
        await sendKeys({ press: 'Tab' });
      expect(active()?.id).to.equal('f-durationMinutes');
      await sendKeys({ press: 'Backspace' });
      await sendKeys({ press: 'Backspace' });
      await sendKeys({ type: '25' });
      part(log, 'save').focus();
      const logged = nextEvent(log, 'upward-session-logged');
      await sendKeys({ press: 'Enter' });
      const { session } = await logged;
      expect(session.durationMinutes).to.equal(25);
    });
  });

  describe('locales and theming', () => {
    it('speaks German and Arabic, right to left', async () => {
      const pair = await freshPair();
      await logSessions(pair.pairId, pair.mentor.token, 1);
      const german = await logFor(pair, 'mentor', 'de');
      await untilState(german, 'ready');
      expect(text(part(german, 'title'))).to.equal('Treffen');
      expect(text(part(german, 'log-button'))).to.equal('Treffen eintragen');
      const arabic = await logFor(pair, 'mentor', 'ar');
      await untilState(arabic, 'ready');
      expect(part(arabic, 'base').getAttribute('dir')).to.equal('rtl');
      expect(text(part(arabic, 'title'))).to.equal('الجلسات');
      await openForm(arabic);
      type(arabic, '#f-durationMinutes', '0');
      part(arabic, 'save').click();
      await arabic.updateComplete;
      expect(fieldError(arabic, 'durationMinutes')).to.contain('أدخل عددًا صحيحًا');
      await expect(arabic).to.be.accessible();
    });

    it('sizes its rows from --upward-session-row-height', async () => {
      const pair = await freshPair();
      await logSessions(pair.pairId, pair.mentor.token, 2);
      const log = await fixture<UpwardSessionLog>(html`<div class="tall">
        <style>.tall { --upward-session-row-height: 100px; }</style>
        <upward-session-log base-url=${apiUrl} token=${pair.mentor.token} pair-id=${pair.pairId}></upward-session-log>
      </div>`).then((wrapper) => wrapper.querySelector('upward-session-log') as UpwardSessionLog);
      await untilState(log, 'ready');
      expect(parts(log, 'session')[0]?.getBoundingClientRect().height).to.equal(100);
    });
  });
});
