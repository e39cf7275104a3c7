// @ts-check
// The LMS side of the demo. The course page knows its learner (the LMS launched them) and its
// backend mints a short-lived Upward token for them. The page hands the widgets a `getToken`
// function, never a fixed token, and renews the token before it runs out.
// Query: ?as=<email> picks another seeded learner, ?ttl=<seconds> (60..28800) the token's life.
import { createUpwardClient, unwrap } from '/upward.js';

const params = new URLSearchParams(location.search);
const learnerEmail = params.get('as') || 'helen.marsh@northwind.example';
const tokenSeconds = Math.min(Math.max(Number(params.get('ttl')) || 120, 60), 28800);
/** Renew when less than this remains: enough for a slow request to finish on the old token. */
const renewBeforeMs = 30_000;

const root = document.documentElement;
const status = /** @type {HTMLElement} */ (document.getElementById('launch-status'));
const problem = /** @type {HTMLElement} */ (document.getElementById('problem'));
const provider =
  /** @type {HTMLElement & { baseUrl?: string, getToken?: () => Promise<string> }} */ (
    document.getElementById('upward')
  );
const widgets = /** @type {HTMLElement[]} */ ([...provider.querySelectorAll('.widget')]);

/**
 * The LMS backend's job in a real deployment: it knows who launched the course and asks Upward
 * for a token for them. Here the demo server's `/demo/tokens` stands in for it.
 * @returns {Promise<{ token: string, expiresAt: number }>}
 */
async function mintToken() {
  const response = await fetch('/demo/tokens', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: learnerEmail, expiresInSeconds: tokenSeconds }),
  });
  if (!response.ok) throw new Error(`The course could not get a token (${response.status}).`);
  const { token, expiresAt } = await response.json();
  return { token, expiresAt: Date.parse(expiresAt) };
}

/**
 * A token that renews itself: `get()` answers the current token while more than
 * `renewBeforeMs` remains, and otherwise waits for a new one. Only one renewal runs at a time,
 * however many callers ask at once; a timer renews ahead of expiry even when nobody asks.
 * @param {(renewals: number, at: Date) => void} onToken
 */
function createTokenSource(onToken) {
  /** @type {{ token: string, expiresAt: number } | undefined} */
  let current;
  /** @type {Promise<string> | undefined} */
  let renewing;
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  let timer;
  let renewals = -1; // the first token is the launch, not a renewal

  const schedule = (/** @type {number} */ delayMs) => {
    clearTimeout(timer);
    timer = setTimeout(() => renew().catch(() => schedule(5_000)), Math.max(delayMs, 0));
  };

  function renew() {
    renewing ??= mintToken()
      .then((fresh) => {
        current = fresh;
        renewals += 1;
        onToken(renewals, new Date());
        schedule(fresh.expiresAt - Date.now() - renewBeforeMs);
        return fresh.token;
      })
      .finally(() => {
        renewing = undefined;
      });
    return renewing;
  }

  return {
    /** For `<upward-provider>.getToken` and the SDK's `getToken`. */
    async get() {
      if (current && current.expiresAt - Date.now() > renewBeforeMs) return current.token;
      return renew();
    },
  };
}

const clock = new Intl.DateTimeFormat('en-GB', { timeStyle: 'medium' });
const lifetime = tokenSeconds % 60 === 0 ? `${tokenSeconds / 60}-minute` : `${tokenSeconds}-second`;
let learnerName = learnerEmail;

const tokens = createTokenSource((renewals, at) => {
  root.dataset.tokenRenewals = String(renewals);
  const when = `${renewals === 0 ? 'issued' : 'last renewed'} ${clock.format(at)}`;
  status.textContent =
    `Signed in as ${learnerName} through the course · a ${lifetime} token, ` +
    `renewed ${renewBeforeMs / 1000} s before it expires · ${when}` +
    (renewals > 0 ? ` (${renewals} ${renewals === 1 ? 'renewal' : 'renewals'})` : '');
});

function fail(/** @type {string} */ message) {
  problem.textContent = message;
  problem.hidden = false;
}

// `data-upward-ready` once every widget has left `loading` (the end-to-end tests wait on it).
// The `state` attribute is reflected on the widget's next render, hence `updateComplete`.
provider.addEventListener('upward-state-changed', async () => {
  await Promise.all(widgets.map((widget) => /** @type {any} */ (widget).updateComplete));
  const settled = widgets.every((widget) => {
    const state = widget.getAttribute('state');
    return state && state !== 'idle' && state !== 'loading';
  });
  if (settled) root.setAttribute('data-upward-ready', '');
});

async function launch() {
  const people = await fetch('/demo/people').then((response) => response.json());
  const learner = people.items.find(
    (/** @type {{ email: string }} */ person) => person.email === learnerEmail,
  );
  if (!learner) throw new Error(`The course has no learner ${learnerEmail}.`);
  learnerName = learner.displayName;

  provider.baseUrl = location.origin;
  provider.getToken = tokens.get;

  // The page's own calls use the same token source as the widgets.
  const upward = createUpwardClient({ baseUrl: location.origin, getToken: tokens.get });
  const me = await unwrap(upward.GET('/v1/me'));
  const { items } = await unwrap(upward.GET('/v1/pairs', { params: { query: { limit: 50 } } }));
  const mine = items.filter(
    (pair) => pair.mentor.id === me.person.id || pair.mentee.id === me.person.id,
  );
  const pair = mine.find((candidate) => candidate.status === 'active') ?? mine[0];
  if (!pair) {
    provider.hidden = true;
    fail(
      `${learnerName} is not in a reverse-mentoring pair yet. Once the programme pairs you, your pair and its sessions appear here.`,
    );
    return;
  }
  for (const widget of widgets) widget.setAttribute('pair-id', pair.id);
}

launch().catch((/** @type {Error} */ error) => {
  status.textContent = 'The course could not sign you in to the mentoring widgets.';
  fail(error.message);
});
