// @ts-check
// A small UI on the Upward SDK alone: pick a person, list their pairs, page through a pair's
// sessions and log a new one, with the server's field errors shown next to the fields.
// Everything is built with createElement/textContent, so what people typed stays text.
import { createUpwardClient, isUpwardError, unwrap } from '/upward-sdk.js';

/** @typedef {import('@upward/sdk').UpwardClient} UpwardClient */
/** @typedef {import('@upward/sdk').components['schemas']['Pair']} Pair */
/** @typedef {import('@upward/sdk').components['schemas']['Session']} Session */
/** @typedef {import('@upward/sdk').components['schemas']['SessionCreate']} SessionCreate */

const pageSize = 5;
const fields = ['heldAt', 'durationMinutes', 'format', 'agendaSetBy', 'topics', 'learnings'];

const byId = (/** @type {string} */ id) => /** @type {HTMLElement} */ (document.getElementById(id));
const personSelect = /** @type {HTMLSelectElement} */ (byId('person'));
const form = /** @type {HTMLFormElement} */ (byId('log'));
const moreButton = /** @type {HTMLButtonElement} */ (byId('more'));

/** @type {UpwardClient | undefined} */
let upward;
/** @type {Pair | undefined} */
let pair;
/** @type {string | null} */
let nextCursor = null;

/** An element with text: the only way text reaches the page. */
function el(/** @type {string} */ tag, /** @type {string} */ text = '', className = '') {
  const element = document.createElement(tag);
  element.textContent = text;
  if (className) element.className = className;
  return element;
}

/** Says what failed, with the request id the server logged it under. */
function describe(/** @type {unknown} */ error) {
  if (!isUpwardError(error)) return String(error);
  if (error.status === 0) return 'No answer from the server. Check the connection and try again.';
  const id = error.requestId ? ` (request id ${error.requestId})` : '';
  return `${error.title}${error.detail ? `: ${error.detail}` : ''}${id}`;
}

function showProblem(/** @type {unknown} */ error) {
  const problem = byId('problem');
  problem.textContent = describe(error);
  problem.hidden = false;
}

// 1. The demo sign-in. A real app gets its token from its own sign-in instead.
async function signIn(/** @type {string} */ email) {
  byId('problem').hidden = true;
  delete document.documentElement.dataset.upwardReady;
  const response = await fetch('/demo/tokens', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email }),
  });
  if (!response.ok) throw new Error(`No demo token for ${email} (${response.status}).`);
  const { token } = await response.json();
  upward = createUpwardClient({ baseUrl: location.origin, token, timeoutMs: 15_000 });

  const me = await unwrap(upward.GET('/v1/me'));
  byId('signed-in').textContent =
    `Signed in as ${me.person.displayName}, ${me.roles.join(', ') || 'no role'}.`;
  await listPairs();
}

// 2. The person's pairs (a lead or an admin sees every pair of the programme).
async function listPairs() {
  if (!upward) return;
  const { items } = await unwrap(upward.GET('/v1/pairs', { params: { query: { limit: 50 } } }));
  const list = byId('pairs');
  list.replaceChildren(
    ...items.map((candidate) => {
      const item = el('li');
      const button = el('button', 'Show sessions');
      button.type = 'button';
      button.setAttribute('aria-pressed', 'false');
      button.addEventListener('click', () => {
        for (const other of list.querySelectorAll('button')) {
          other.setAttribute('aria-pressed', String(other === button));
        }
        showPair(candidate).catch(showProblem);
      });
      item.append(
        el('strong', `${candidate.mentor.displayName} mentors ${candidate.mentee.displayName}`),
        el('span', ` · ${candidate.status} · ${candidate.focusAreas.join(', ')}`, 'hint'),
        ' ',
        button,
      );
      return item;
    }),
  );
  if (items.length === 0) list.append(el('li', 'Not in any pair.', 'hint'));
  byId('sessions-section').hidden = true;
  byId('log-section').hidden = true;
  document.documentElement.dataset.upwardReady = ''; // for the end-to-end tests
}

// 3. A pair's sessions, newest first, a page at a time.
async function showPair(/** @type {Pair} */ chosen) {
  pair = chosen;
  byId('sessions-heading').textContent =
    `3. Sessions of ${chosen.mentor.displayName} and ${chosen.mentee.displayName}`;
  byId('sessions').replaceChildren();
  byId('sessions-section').hidden = false;
  byId('log-section').hidden = false;
  clearErrors();
  nextCursor = null;
  await loadSessions();
}

async function loadSessions() {
  if (!upward || !pair) return;
  moreButton.disabled = true;
  try {
    const page = await unwrap(
      upward.GET('/v1/pairs/{pairId}/sessions', {
        params: {
          path: { pairId: pair.id },
          query: { limit: pageSize, ...(nextCursor ? { cursor: nextCursor } : {}) },
        },
      }),
    );
    byId('sessions').append(...page.items.map(sessionItem));
    nextCursor = page.nextCursor;
    byId('sessions-empty').hidden = byId('sessions').childElementCount > 0;
  } finally {
    moreButton.disabled = false;
    moreButton.hidden = !nextCursor;
  }
}

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

function sessionItem(/** @type {Session} */ session) {
  const item = el('li');
  const time = el('time', dateTime.format(new Date(session.heldAt)));
  time.setAttribute('datetime', session.heldAt);
  item.append(time, el('span', ` · ${session.durationMinutes} min · ${session.format}`, 'hint'));
  if (session.topics?.length) item.append(el('p', session.topics.join(', '), 'topics'));
  if (session.learnings) item.append(el('p', session.learnings));
  return item;
}

// 4. Logging a session. The server checks the input; its problem details name each bad field
// with a JSON Pointer (`/durationMinutes`, `/topics/1`), shown next to that field.
function readForm() {
  const data = new FormData(form);
  const text = (/** @type {string} */ name) => String(data.get(name) ?? '').trim();
  const heldAt = new Date(text('heldAt'));
  /** @type {SessionCreate} */
  const body = {
    // datetime-local has no time zone: the browser's is meant. An unreadable date goes as typed.
    heldAt: Number.isNaN(heldAt.getTime()) ? text('heldAt') : heldAt.toISOString(),
    durationMinutes: Number(text('durationMinutes')),
    format: /** @type {SessionCreate['format']} */ (text('format')),
    agendaSetBy: /** @type {SessionCreate['agendaSetBy']} */ (text('agendaSetBy')),
  };
  if (text('topics'))
    body.topics = text('topics')
      .split(',')
      .map((topic) => topic.trim());
  if (text('learnings')) body.learnings = text('learnings');
  return body;
}

function clearErrors() {
  byId('log-error').hidden = true;
  for (const name of fields) {
    byId(`${name}-error`).replaceChildren();
    byId(`${name}-error`).hidden = true;
    byId(name).removeAttribute('aria-invalid');
  }
}

/** `/topics/1` → the `topics` field, with "Topic 2" in front of the reason. */
function showFieldErrors(/** @type {import('@upward/sdk').UpwardError} */ error) {
  const unplaced = [];
  for (const { field, reason } of error.fieldErrors) {
    const [, name = '', index] = field.split('/');
    if (!fields.includes(name)) {
      unplaced.push(reason);
      continue;
    }
    const message = byId(`${name}-error`);
    const line = index === undefined ? reason : `Topic ${Number(index) + 1} ${reason}`;
    message.textContent = message.hidden ? line : `${message.textContent} ${line}`;
    message.hidden = false;
    byId(name).setAttribute('aria-invalid', 'true');
  }
  return unplaced;
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  if (!upward || !pair) return;
  clearErrors();
  byId('logged').textContent = '';
  const submit = /** @type {HTMLButtonElement} */ (form.querySelector('[type=submit]'));
  submit.disabled = true;
  try {
    const session = await unwrap(
      upward.POST('/v1/pairs/{pairId}/sessions', {
        params: { path: { pairId: pair.id } },
        body: readForm(),
      }),
    );
    byId('sessions').prepend(sessionItem(session));
    byId('sessions-empty').hidden = true;
    form.reset();
    setDefaultTime();
    byId('logged').textContent = 'Session logged.';
  } catch (error) {
    const summary = byId('log-error');
    const unplaced = isUpwardError(error) ? showFieldErrors(error) : [];
    summary.replaceChildren(el('p', describe(error)), ...unplaced.map((reason) => el('p', reason)));
    summary.hidden = false;
    summary.focus();
  } finally {
    submit.disabled = false;
  }
});

moreButton.addEventListener('click', () => loadSessions().catch(showProblem));

function setDefaultTime() {
  const now = new Date();
  now.setMinutes(now.getMinutes() - now.getTimezoneOffset());
  /** @type {HTMLInputElement} */ (byId('heldAt')).value = now.toISOString().slice(0, 16);
}

// The demo's people, one option each; ?as=<email> picks one.
try {
  setDefaultTime();
  const { items: people } = await fetch('/demo/people').then((response) => response.json());
  for (const person of people) {
    const option = el('option', `${person.displayName} (${person.role}, ${person.organisation})`);
    /** @type {HTMLOptionElement} */ (option).value = person.email;
    personSelect.append(option);
  }
  personSelect.value = new URLSearchParams(location.search).get('as') ?? people[0]?.email ?? '';
  personSelect.addEventListener('change', () => signIn(personSelect.value).catch(showProblem));
  await signIn(personSelect.value);
} catch (error) {
  showProblem(error);
}
