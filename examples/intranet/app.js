// @ts-check
// The demo's sign-in: pick a seeded person, get a demo token, hand it to <upward-provider>, and
// point the widgets at one of that person's pairs. A real intranet gets the token from its own
// sign-in (see docs/security.md) and knows the pair; the widgets themselves need nothing else.
import { createUpwardClient, unwrap } from '/upward.js';

/** @typedef {{ email: string, displayName: string, organisation: string, role: string }} DemoPerson */

const params = new URLSearchParams(location.search);
const root = document.documentElement;
const provider = /** @type {HTMLElement & { token?: string, baseUrl?: string }} */ (
  document.getElementById('upward')
);
const personSelect = /** @type {HTMLSelectElement} */ (document.getElementById('person'));
const pairSelect = /** @type {HTMLSelectElement} */ (document.getElementById('pair'));
const signedIn = /** @type {HTMLElement} */ (document.getElementById('signed-in'));
const problem = /** @type {HTMLElement} */ (document.getElementById('problem'));
const widgets = /** @type {(HTMLElement & { pairId?: string })[]} */ ([
  ...document.querySelectorAll(
    'upward-pair-card, upward-session-log, upward-feedback-form, upward-review-checklist',
  ),
]);
const section = (/** @type {string} */ id) =>
  /** @type {HTMLElement} */ (document.getElementById(id));

// ?theme=dark|light|auto and ?lang=ar|de, for demos and the screenshots in docs/.
const theme = params.get('theme');
if (theme === 'dark' || theme === 'light' || theme === 'auto') {
  root.dataset.theme = theme;
  for (const widget of widgets) widget.setAttribute('theme', theme);
}
const lang = params.get('lang');
if (lang === 'ar' || lang === 'de') {
  // The page stays English; the widgets follow the nearest `lang` (Arabic turns them right to left).
  await import(`/upward-${lang}.js`);
  provider.lang = lang;
}

provider.baseUrl = location.origin;

/** Shows what went wrong, in words, with what to do. */
function fail(/** @type {string} */ message) {
  problem.textContent = message;
  problem.hidden = false;
}

async function postJson(/** @type {string} */ path, /** @type {unknown} */ body) {
  const response = await fetch(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${path} answered ${response.status}`);
  return response.json();
}

function option(/** @type {string} */ value, /** @type {string} */ label) {
  const element = document.createElement('option');
  element.value = value;
  element.textContent = label;
  return element;
}

const roleLabels = /** @type {Record<string, string>} */ ({
  mentor: 'junior mentor',
  mentee: 'senior learner',
  lead: 'programme lead',
  admin: 'administrator',
  member: 'member',
});

/** The person picker, one group per organisation. */
async function listPeople() {
  const response = await fetch('/demo/people');
  if (!response.ok)
    throw new Error('The demo people could not be listed: is this the demo server?');
  /** @type {{ items: DemoPerson[] }} */
  const { items } = await response.json();
  const groups = new Map();
  for (const person of items) {
    let group = groups.get(person.organisation);
    if (!group) {
      group = document.createElement('optgroup');
      group.label = person.organisation;
      groups.set(person.organisation, group);
      personSelect.append(group);
    }
    group.append(
      option(person.email, `${person.displayName} (${roleLabels[person.role] ?? person.role})`),
    );
  }
  return items;
}

/** Keeps the choice in the address, so a reload shows the same person and pair. */
function remember() {
  const url = new URL(location.href);
  url.searchParams.set('as', signedInAs);
  if (pairSelect.value) url.searchParams.set('pair', pairSelect.value);
  else url.searchParams.delete('pair');
  history.replaceState(null, '', url);
}

/** @type {ReturnType<typeof createUpwardClient> | undefined} */
let client;
let signedInAs = '';
/** @type {{ person: { id: string, displayName: string }, roles: string[] } | undefined} */
let me;
/** @type {any[]} */
let pairs = [];

/** Bumped by each sign-in: answers for an earlier one, still on their way, are dropped. */
let attempt = 0;

async function signIn(/** @type {string} */ email, /** @type {string | null} */ wantedPair) {
  const mine = ++attempt;
  problem.hidden = true;
  root.removeAttribute('data-upward-ready');
  const { token } = await postJson('/demo/tokens', { email });
  if (mine !== attempt) return;
  const api = createUpwardClient({ baseUrl: location.origin, token });
  const [caller, page] = await Promise.all([
    unwrap(api.GET('/v1/me')),
    unwrap(api.GET('/v1/pairs', { params: { query: { limit: 100 } } })),
  ]);
  if (mine !== attempt) return;
  provider.token = token;
  signedInAs = email;
  client = api;
  me = caller;
  pairs = page.items;
  pairSelect.replaceChildren(
    ...pairs.map((pair) =>
      option(
        pair.id,
        `${pair.mentor.displayName} mentors ${pair.mentee.displayName} (${pair.status})`,
      ),
    ),
  );
  const chosen =
    pairs.find((pair) => pair.id === wantedPair) ??
    pairs.find((pair) => pair.status === 'active') ??
    pairs[0];
  pairSelect.value = chosen?.id ?? '';
  pairSelect.disabled = pairs.length === 0;
  signedIn.textContent = `Signed in as ${me?.person.displayName} (${me?.roles.join(', ') || 'no role'}).`;
  await showPair();
}

async function showPair() {
  root.removeAttribute('data-upward-ready');
  remember();
  const pair = pairs.find((candidate) => candidate.id === pairSelect.value);
  if (!pair) {
    fail('This person is in no pair yet. Pick a mentor or a senior learner to see the widgets.');
    for (const widget of widgets) widget.removeAttribute('pair-id');
    return;
  }
  // Members see everything of their pair; leads and admins see the pair as the programme does:
  // no sessions or feedback (those belong to the pair), the review and the programme's themes.
  const member = me?.person.id === pair.mentor.id || me?.person.id === pair.mentee.id;
  section('sessions-section').hidden = !member;
  section('feedback-section').hidden = !member;
  section('pair-heading').textContent = member ? 'Your pair' : 'The pair';
  for (const widget of widgets) {
    if (widget.closest('[hidden]')) widget.removeAttribute('pair-id');
    else widget.setAttribute('pair-id', pair.id);
  }
  await showInsights(member ? undefined : pair.programmeId);
}

async function showInsights(/** @type {string | undefined} */ programmeId) {
  const insights = section('insights');
  insights.hidden = !programmeId || !client;
  if (!programmeId || !client) return;
  const report = await unwrap(
    client.GET('/v1/programmes/{programmeId}/insights', { params: { path: { programmeId } } }),
  );
  const k = report.anonymityThreshold;
  section('threshold').textContent =
    `A concern theme appears here only once at least ${k} pairs and ${k} people have raised it, ` +
    'so nobody can be picked out. Themes raised less often are not shown, not even as a count.';
  const list = section('themes');
  list.replaceChildren(
    ...report.themes.map((theme) => {
      const item = document.createElement('li');
      const label = document.createElement('strong');
      label.textContent = theme.label;
      item.append(label, ` raised in ${theme.pairs} pairs by ${theme.people} people`);
      return item;
    }),
  );
  if (report.themes.length === 0) {
    const item = document.createElement('li');
    item.textContent = 'No theme has reached the threshold yet.';
    list.append(item);
  }
}

// `data-upward-ready` once every visible widget has left `loading` (tests and the bench wait on
// it). The `state` attribute is reflected on the widget's next render, hence `updateComplete`.
document.addEventListener('upward-state-changed', async () => {
  const visible = widgets.filter(
    (widget) => !widget.closest('[hidden]') && widget.hasAttribute('pair-id'),
  );
  await Promise.all(visible.map((widget) => /** @type {any} */ (widget).updateComplete));
  const settled = visible.every((widget) => {
    const state = widget.getAttribute('state');
    return state && state !== 'idle' && state !== 'loading';
  });
  if (settled && visible.length > 0) root.setAttribute('data-upward-ready', '');
});

// The widgets tell the page what happened; the pair card shows the pair's counts and review
// standing, so it loads again when a session or a review changes them.
const card = /** @type {HTMLElement & { reload?: () => void }} */ (
  document.querySelector('upward-pair-card')
);
for (const type of ['upward-session-logged', 'upward-session-deleted', 'upward-review-completed']) {
  document.addEventListener(type, () => card.reload?.());
}

personSelect.addEventListener('change', () =>
  signIn(personSelect.value, null).catch((error) => fail(error.message)),
);
pairSelect.addEventListener('change', () => showPair().catch((error) => fail(error.message)));

try {
  // The person in the address signs in while the picker fills: no need to wait for the list.
  const wanted = params.get('as');
  const early = wanted
    ? signIn(wanted, params.get('pair')).then(
        () => true,
        () => false,
      )
    : Promise.resolve(false);
  const people = await listPeople();
  const known = people.find((person) => person.email === wanted);
  if (known && (await early)) {
    personSelect.value = known.email;
  } else {
    // Nobody asked for, or not a demo person: the first junior mentor.
    const start = known ?? people.find((person) => person.role === 'mentor');
    if (start) {
      personSelect.value = start.email;
      await signIn(start.email, known ? params.get('pair') : null);
    }
  }
} catch (error) {
  fail(/** @type {Error} */ (error).message);
}
