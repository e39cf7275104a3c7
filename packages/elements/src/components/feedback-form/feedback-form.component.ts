import { type components, isUpwardError, type UpwardClient, unwrap } from '@upward/sdk';
import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { UpwardElement } from '../../base/upward-element.js';
import { UpwardFeedbackPendingEvent } from '../../events/feedback-pending.js';
import { UpwardFeedbackSubmittedEvent } from '../../events/feedback-submitted.js';
import type { DataState } from '../../events/state-changed.js';
import { base } from '../../styles/base.styles.js';
import { form } from '../../styles/form.styles.js';
import { tokens } from '../../styles/tokens.styles.js';
import {
  clearDraft,
  type Direction,
  type DraftErrors,
  type DraftField,
  draftFromBody,
  emptyDraft,
  errorsFromServer,
  type FeedbackCreate,
  type FeedbackDraft,
  isBlank,
  loadDraft,
  mergeDrafts,
  type RatingKey,
  saveDraft,
  toFeedbackBody,
  type Visibility,
  validateDraft,
} from './feedback-draft.js';
import { type FeedbackFormStrings, feedbackFormStrings } from './feedback-form.strings.js';
import { styles } from './feedback-form.styles.js';
import { renderFeedbackForm } from './feedback-form-view.js';
import {
  backoff,
  isTransient,
  newEntry,
  type OutboxEntry,
  putEntry,
  readOutbox,
  removeEntry,
} from './feedback-outbox.js';

type Feedback = components['schemas']['Feedback'];
type PersonSummary = components['schemas']['PersonSummary'];

/** Where a submission stands: being written, on its way, kept for a retry, or delivered. */
export type Submission = 'editing' | 'sending' | 'pending' | 'submitted';

/** Why there is no form for the caller (the `empty` state). */
type Blocked = 'notMember' | 'upwardOnly' | 'notStarted';

interface FeedbackContext {
  /** The caller's person id (drafts and the outbox are kept per person and pair). */
  me: string;
  direction: Direction;
  partner: PersonSummary;
  k: number;
  themes: components['schemas']['ConcernTheme'][];
  /** The leads' names, or undefined when the API did not give them. */
  leads: string[] | undefined;
  moreLeads: boolean;
  blocked: Blocked | undefined;
}

/** The longest wait between two automatic attempts. */
const maxRetryDelay = 300_000;
const leadsPage = 100;

/**
 * Feedback inside a pair, upward by default (the junior mentor on the senior learner), and
 * downward too when the programme allows it: ratings (psychological safety, learning value, how
 * status-free it feels and, upward, whether the mentor could challenge), a comment, concern
 * themes from the programme's taxonomy, and who will read it, said plainly: the partner (named),
 * the programme leads (named), or nobody individually (anonymous, the default).
 *
 * Nothing typed is lost: the draft is kept on this device (per person and pair) as the user
 * types and comes back after a reload or a crash. Feedback that cannot reach the server for a
 * network reason is kept too, with its own Idempotency-Key, shown as pending and sent again (when
 * the browser is back online, with growing waits, and the next time the form opens): every
 * attempt is the same request, so it lands once.
 *
 * It is a form control: inside a `<form>` its value (the feedback as JSON) is submitted under
 * `name`, the form will not submit while it is invalid (`:invalid`, `checkValidity()`,
 * `reportValidity()`), a reset clears it and a disabled fieldset disables it. It sends feedback
 * to Upward with its own button (or `send()`). While sending, pending or sent it also matches
 * `:state(sending)`, `:state(pending)` or `:state(submitted)`.
 *
 * Keyboard: Tab between groups, arrow keys within a rating or the visibility choice, Space
 * ticks a theme, Enter on the button sends.
 *
 * @summary Give feedback inside a pair, safely.
 *
 * @tagname upward-feedback-form
 *
 * @csspart base - The whole form.
 * @csspart header - The heading row.
 * @csspart title - The heading.
 * @csspart form - The form.
 * @csspart ratings - The group of ratings.
 * @csspart field - Each field or group of the form.
 * @csspart rating - One rating (a radio group of 1 to 5).
 * @csspart comment - The comment's textarea.
 * @csspart count - The comment's character count.
 * @csspart themes - The concern themes.
 * @csspart visibility - The choice of who will read it.
 * @csspart visibility-option - One choice of who will read it.
 * @csspart field-error - A field's error message.
 * @csspart form-error - The message above the form.
 * @csspart storage-warning - Shown when the browser keeps no draft.
 * @csspart send - The send button.
 * @csspart draft-status - The note about the draft kept on this device.
 * @csspart pending - The notice of feedback waiting to be sent.
 * @csspart retry-send - The button that tries to send waiting feedback now.
 * @csspart submitted - The confirmation, saying who will read it.
 * @csspart again - The button to give more feedback.
 * @csspart empty - Why the caller cannot give feedback here.
 * @csspart status - The loading, error and offline messages.
 * @csspart retry - The button that loads again after an error.
 *
 * @cssprop --upward-color-accent - Main colour (buttons, focus, chosen options).
 * @cssprop --upward-color-surface - Background.
 * @cssprop --upward-color-surface-alt - The form's and the options' background.
 * @cssprop --upward-color-text - Text.
 * @cssprop --upward-color-text-muted - Hints.
 * @cssprop --upward-color-border - Borders.
 * @cssprop --upward-color-danger - Errors.
 * @cssprop --upward-color-warning - The pending notice.
 * @cssprop --upward-color-success - The confirmation.
 * @cssprop --upward-radius - Corner radius.
 * @cssprop --upward-font-family - Typeface.
 *
 * @fires upward-state-changed - The data state changed (`loading`, `ready`, `empty`, `error`, …).
 * @fires upward-feedback-submitted - Feedback reached the server (`event.feedback`, `event.replayed`).
 * @fires upward-feedback-pending - Feedback is kept on this device to be sent again (`event.key`, `event.pending`, `event.error`).
 * @fires change - The user changed a rating, a theme, the visibility or the comment.
 */
export class UpwardFeedbackForm extends UpwardElement<FeedbackContext> {
  static override styles = [tokens, base, form, styles];
  static readonly formAssociated = true;

  static override properties: PropertyDeclarations = {
    pairId: { attribute: 'pair-id' },
    name: { reflect: true },
    disabled: { type: Boolean, reflect: true },
    retryDelay: { type: Number, attribute: 'retry-delay' },
    storage: { attribute: false },
    submission: { reflect: true },
    draft: { state: true },
    errors: { state: true },
    pending: { state: true },
    pendingError: { state: true },
    sent: { state: true },
    draftNote: { state: true },
    storageWarning: { state: true },
    formDisabled: { state: true },
  };

  /** The pair the feedback is about. */
  declare pairId: string | undefined;

  /** The name of the value in a form's data (the feedback as JSON). */
  declare name: string | undefined;

  /** Disables the form (as does a disabled `<fieldset>` around it). */
  declare disabled: boolean;

  /**
   * The first wait, in ms, before feedback kept after a network failure is sent again; each
   * further wait doubles, up to five minutes. It is also sent as soon as the browser is online.
   */
  declare retryDelay: number;

  /** Where drafts and unsent feedback are kept; `localStorage` by default. */
  declare storage: Storage | undefined;

  /** Where the submission stands; reflected as the `submission` attribute (read-only). */
  declare submission: Submission;

  /** What the form holds. */
  declare draft: FeedbackDraft;
  declare private errors: DraftErrors;
  declare private pending: OutboxEntry[];
  declare private pendingError: Error | undefined;
  declare private sent: Feedback | undefined;
  declare private draftNote: string;
  declare private storageWarning: boolean;
  declare private formDisabled: boolean;

  readonly #internals: ElementInternals = this.attachInternals();
  #memory: Storage | undefined;
  #retryTimer: ReturnType<typeof setTimeout> | undefined;
  #flushing: Promise<void> | undefined;

  constructor() {
    super();
    this.disabled = false;
    this.retryDelay = 2000;
    this.formDisabled = false;
    this.resetView();
    this.addEventListener('invalid', this.#onInvalid);
  }

  // ---------------------------------------------------------------------------------------
  // As a form control

  /** The form this control belongs to. */
  get form(): HTMLFormElement | null {
    return this.#internals.form;
  }

  get validity(): ValidityState {
    return this.#internals.validity;
  }

  get validationMessage(): string {
    return this.#internals.validationMessage;
  }

  get willValidate(): boolean {
    return this.#internals.willValidate;
  }

  /** The value submitted with a form: the feedback as JSON (null when there is none to give). */
  get value(): string | null {
    const body = this.#body();
    return body ? JSON.stringify(body) : null;
  }

  /** Whether the feedback can be sent; fires `invalid` (and shows why) when not. */
  checkValidity(): boolean {
    return this.#internals.checkValidity();
  }

  /** As `checkValidity()`, and the browser points at the first field to fix. */
  reportValidity(): boolean {
    return this.#internals.reportValidity();
  }

  formResetCallback() {
    this.draft = emptyDraft();
    this.errors = {};
    this.draftNote = '';
    if (this.submission === 'submitted') this.submission = 'editing';
    this.sent = undefined;
    const context = this.data;
    if (context && this.pairId) clearDraft(this.#store(), context.me, this.pairId);
  }

  formDisabledCallback(disabled: boolean) {
    this.formDisabled = disabled;
  }

  formStateRestoreCallback(state: string | File | FormData | null) {
    if (typeof state !== 'string') return;
    try {
      this.draft = draftFromBody(JSON.parse(state) as FeedbackCreate);
    } catch {
      // Not a state this element wrote: nothing to restore.
    }
  }

  // ---------------------------------------------------------------------------------------
  // Loading

  protected override loadKey() {
    return this.pairId ? [this.pairId] : undefined;
  }

  protected override async load(api: UpwardClient, signal: AbortSignal): Promise<FeedbackContext> {
    const pairId = this.pairId as string;
    this.#stopRetrying();
    const [me, pair] = await Promise.all([
      unwrap(api.GET('/v1/me', { signal })),
      unwrap(api.GET('/v1/pairs/{pairId}', { params: { path: { pairId } }, signal })),
    ]);
    const personId = me.person.id;
    const side =
      pair.mentor.id === personId ? 'mentor' : pair.mentee.id === personId ? 'mentee' : undefined;
    const context: FeedbackContext = {
      me: personId,
      direction: side === 'mentee' ? 'downward' : 'upward',
      partner: side === 'mentee' ? pair.mentor : pair.mentee,
      k: 5,
      themes: [],
      leads: undefined,
      moreLeads: false,
      blocked: side ? undefined : 'notMember',
    };
    if (!side) return context;
    const programmeId = pair.programmeId;
    const [programme, leads] = await Promise.all([
      unwrap(
        api.GET('/v1/programmes/{programmeId}', { params: { path: { programmeId } }, signal }),
      ),
      // The leads' names, so the form can say who reads feedback given to the programme.
      unwrap(
        api.GET('/v1/programmes/{programmeId}/participants', {
          params: { path: { programmeId }, query: { role: 'lead', limit: leadsPage } },
          signal,
        }),
      ).catch(() => undefined),
    ]);
    context.k = programme.anonymityThreshold;
    context.themes = programme.concernThemes;
    context.leads = leads?.items.map((lead) => lead.person.displayName);
    context.moreLeads = !!leads?.nextCursor;
    if (side === 'mentee' && !programme.allowDownwardFeedback) context.blocked = 'upwardOnly';
    else if (pair.status === 'proposed') context.blocked = 'notStarted';
    if (context.blocked || signal.aborted) return context;
    this.#restore(context.me, pairId);
    return context;
  }

  protected override isEmpty(context: FeedbackContext) {
    return context.blocked !== undefined;
  }

  /**
   * Another pair, another person, or signed out: nothing of the last pair or person stays in the
   * element (their device copy stays theirs). The new pair's draft and waiting feedback are put
   * back by `load()`.
   */
  protected override resetView() {
    this.#stopRetrying();
    this.#flushing = undefined;
    this.draft = emptyDraft();
    this.pending = [];
    this.pendingError = undefined;
    this.sent = undefined;
    this.errors = {};
    this.draftNote = '';
    this.storageWarning = false;
    this.submission = 'editing';
  }

  /**
   * What a request needs to check once it is answered: whether the element still shows the
   * pair and person it was made for. When not, its answer must not touch the view.
   */
  #snapshot(personId: string, pairId: string) {
    const same = this.viewCheck();
    return () => same() && this.pairId === pairId && this.data?.me === personId;
  }

  protected override setDataState(next: DataState, error?: Error) {
    super.setDataState(next, error);
    if (next === 'ready' && this.pending.length) void this.retryPending();
  }

  /** Focuses the first control (a rating), or the notice shown instead of the form. */
  override focus(options?: FocusOptions) {
    const first = this.renderRoot.querySelector<HTMLElement>(
      'input, textarea, [part~="pending"], [part~="submitted"], button',
    );
    if (first) first.focus(options);
    else super.focus(options);
  }

  /** Puts back what this device kept for the caller and the pair: the draft, waiting feedback. */
  #restore(personId: string, pairId: string) {
    const storage = this.#store();
    this.pending = readOutbox(storage, personId, pairId);
    this.pendingError = undefined;
    this.sent = undefined;
    this.errors = {};
    const stored = loadDraft(storage, personId, pairId);
    this.draft = stored?.draft ?? emptyDraft();
    this.submission = this.pending.length ? 'pending' : 'editing';
    if (stored) {
      const when = this.localize.date(stored.savedAt, { dateStyle: 'medium', timeStyle: 'short' });
      this.draftNote = this.#t.draftRestored(when);
      this.announce(this.draftNote);
    } else {
      this.draftNote = '';
    }
  }

  // ---------------------------------------------------------------------------------------
  // Sending

  /**
   * Sends the feedback, as the Send button does: checks it first (and shows what to fix), keeps
   * it on this device, then sends it. Resolves with where the submission stands.
   */
  async send(): Promise<Submission> {
    const api = this.api;
    const context = this.data;
    const pairId = this.pairId;
    // Only the form shown, loaded for this pair and person: never while another one loads.
    if (this.dataState !== 'ready' || !api || !context || context.blocked || !pairId)
      return this.submission;
    if (this.submission === 'sending' || this.disabled || this.formDisabled) return this.submission;
    const current = this.#snapshot(context.me, pairId);
    const errors = validateDraft(this.draft, context.direction, this.#t, this.localize.lang);
    this.errors = errors;
    if (Object.keys(errors).length) {
      await this.updateComplete;
      if (current()) this.focusIn('[aria-invalid="true"]');
      return this.submission;
    }
    const entry = newEntry(context.me, pairId, toFeedbackBody(this.draft, context.direction));
    const storage = this.#store();
    // Kept before the first attempt: a crash or a reload from here on still sends it, once.
    if (!putEntry(storage, entry)) this.storageWarning = true;
    clearDraft(storage, context.me, pairId);
    this.submission = 'sending';
    await this.#deliver(api, entry, true);
    return this.submission;
  }

  /** Sends the feedback kept on this device now, without waiting for the next attempt. */
  retryPending(): Promise<void> {
    if (this.#flushing) return this.#flushing;
    const flushing = this.#flush().finally(() => {
      // A reset meanwhile let another pair's flush start: that one is not this one's to clear.
      if (this.#flushing === flushing) this.#flushing = undefined;
    });
    this.#flushing = flushing;
    return flushing;
  }

  async #flush() {
    const api = this.api;
    const context = this.data;
    const pairId = this.pairId;
    if (this.dataState !== 'ready' || !api || !context || context.blocked || !pairId) return;
    this.#stopRetrying();
    const current = this.#snapshot(context.me, pairId);
    // Read again: another tab may have delivered some meanwhile.
    const entries = readOutbox(this.#store(), context.me, pairId);
    if (!entries.length && this.pending.length) this.#delivered(undefined);
    for (const entry of entries) {
      // Only what was made for the pair and person shown, and only while they are.
      if (!current() || entry.pairId !== pairId || entry.personId !== context.me) break;
      if (!(await this.#deliver(api, entry, false))) break;
    }
  }

  /** One attempt. True when the entry is done with (delivered, or back in the form). */
  async #deliver(api: UpwardClient, entry: OutboxEntry, fresh: boolean): Promise<boolean> {
    const storage = this.#store();
    const t = this.#t;
    const current = this.#snapshot(entry.personId, entry.pairId);
    try {
      const call = api.POST('/v1/pairs/{pairId}/feedback', {
        params: { path: { pairId: entry.pairId }, header: { 'Idempotency-Key': entry.key } },
        body: entry.body,
      });
      const feedback = await unwrap(call);
      const replayed = (await call).response.headers.get('idempotent-replayed') === 'true';
      removeEntry(storage, entry);
      if (current()) {
        this.#delivered(feedback);
        if (fresh) this.draft = emptyDraft();
      }
      this.dispatchEvent(new UpwardFeedbackSubmittedEvent(feedback, replayed));
      return true;
    } catch (caught) {
      const error = caught as Error;
      const status = isUpwardError(error) ? error.status : 0;
      const stale = !current();
      if (isTransient(error) || status === 401) {
        // Kept, with the same key, for the next attempt.
        const kept = { ...entry, attempts: entry.attempts + 1 };
        const stored = putEntry(storage, kept);
        if (stale) return false;
        if (!stored) this.storageWarning = true;
        this.pending = readOutbox(storage, entry.personId, entry.pairId);
        this.pendingError = error;
        this.submission = 'pending';
        if (fresh) {
          this.draft = emptyDraft();
          this.draftNote = '';
        }
        this.dispatchEvent(new UpwardFeedbackPendingEvent(entry.key, this.pending.length, error));
        this.announce(t.pendingTitle);
        // An expired sign-in needs the user; anything else is tried again on its own.
        if (status !== 401) this.#retryLater(kept.attempts);
        if (fresh) this.updateComplete.then(() => this.focusIn('[part~="pending"]'));
        return false;
      }
      // An answer about the feedback itself: it goes back into the form, with the reasons.
      removeEntry(storage, entry);
      const returned = draftFromBody(entry.body);
      if (stale) {
        // The form has moved to another pair (or person) meanwhile: back into that pair's draft.
        const there = loadDraft(storage, entry.personId, entry.pairId)?.draft ?? emptyDraft();
        saveDraft(storage, entry.personId, entry.pairId, mergeDrafts(there, returned));
        return true;
      }
      this.pending = readOutbox(storage, entry.personId, entry.pairId);
      // Sent from the form just now: the form still holds it as typed.
      if (!fresh) this.draft = mergeDrafts(this.draft, returned);
      saveDraft(storage, entry.personId, entry.pairId, this.draft);
      const detail = error.message ? `${t.saveFailed} ${error.message}` : t.saveFailed;
      this.errors = errorsFromServer(
        isUpwardError(error) ? error.fieldErrors : [],
        fresh ? detail : `${detail} ${t.returned}`,
      );
      if (!fresh && !this.errors.form) this.errors = { ...this.errors, form: t.returned };
      this.submission = this.pending.length ? 'pending' : 'editing';
      await this.updateComplete;
      if (current()) this.focusIn('[aria-invalid="true"]') || this.focusIn('[part~="form-error"]');
      return true;
    }
  }

  #delivered(feedback: Feedback | undefined) {
    const context = this.data;
    const pairId = this.pairId;
    this.pending = context && pairId ? readOutbox(this.#store(), context.me, pairId) : [];
    this.pendingError = undefined;
    if (feedback) this.sent = feedback;
    this.errors = {};
    this.draftNote = '';
    if (this.pending.length) return;
    this.submission = this.sent ? 'submitted' : 'editing';
    if (this.sent) {
      this.announce(this.#t.sentTitle);
      this.updateComplete.then(() => this.focusIn('[part~="submitted"]'));
    }
  }

  #retryLater(attempts: number) {
    this.#stopRetrying();
    if (!this.isConnected) return;
    const wait = backoff(Math.max(0, attempts - 1), this.retryDelay, maxRetryDelay);
    this.#retryTimer = setTimeout(() => {
      this.#retryTimer = undefined;
      void this.retryPending();
    }, wait);
  }

  #stopRetrying() {
    if (this.#retryTimer !== undefined) clearTimeout(this.#retryTimer);
    this.#retryTimer = undefined;
  }

  // ---------------------------------------------------------------------------------------
  // Lifecycle

  override connectedCallback() {
    super.connectedCallback();
    window.addEventListener('online', this.#onOnline);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    window.removeEventListener('online', this.#onOnline);
    this.#stopRetrying();
  }

  #onOnline = () => {
    if (this.pending.length && this.dataState === 'ready') void this.retryPending();
  };

  #onInvalid = () => {
    const context = this.data;
    if (!context || context.blocked) return;
    this.errors = validateDraft(this.draft, context.direction, this.#t, this.localize.lang);
  };

  protected override updated(changed: PropertyValues<this>) {
    super.updated(changed);
    this.#syncFormState();
    if (changed.has('submission')) {
      try {
        const states = this.#internals.states;
        for (const each of ['sending', 'pending', 'submitted']) {
          if (each === this.submission) states.add(each);
          else states.delete(each);
        }
      } catch {
        // A browser without custom states (or only the older `--name` form): the attribute remains.
      }
    }
  }

  /** The body the form's data carries: what is being written, or what was sent. */
  #body(): FeedbackCreate | undefined {
    const context = this.data;
    if (!context || context.blocked) return undefined;
    if (this.submission === 'submitted' && this.sent)
      return {
        ratings: this.sent.ratings,
        concernThemes: this.sent.concernThemes,
        visibility: this.sent.visibility,
        ...(this.sent.comment === undefined ? {} : { comment: this.sent.comment }),
      };
    if (this.submission === 'pending' && isBlank(this.draft)) return this.pending.at(-1)?.body;
    return toFeedbackBody(this.draft, context.direction);
  }

  /** Value and validity, as a native control keeps them. */
  #syncFormState() {
    const internals = this.#internals;
    const context = this.data;
    internals.setFormValue(this.value, JSON.stringify(toFeedbackBody(this.draft, 'upward')));
    const t = this.#t;
    // Nothing to give here (not a member, …): it never blocks the host's form.
    if (context?.blocked) return internals.setValidity({});
    if (!context || this.dataState !== 'ready')
      return internals.setValidity({ valueMissing: true }, t.ratingRequired);
    // Sent or on its way: nothing left to fill in.
    if (this.submission !== 'editing' && this.submission !== 'sending')
      return internals.setValidity({});
    const errors = validateDraft(this.draft, context.direction, t, this.localize.lang);
    const first = (Object.keys(errors) as DraftField[])[0];
    if (!first) return internals.setValidity({});
    const anchor = this.renderRoot.querySelector<HTMLElement>(
      first === 'comment'
        ? '#f-comment'
        : first === 'concernThemes'
          ? '[name="concernThemes"]'
          : `[name="${first}"]`,
    );
    const label = first in t.question ? `${t.question[first as RatingKey]} ` : '';
    internals.setValidity(
      {
        valueMissing: Object.keys(errors).some(
          (key) => errors[key as DraftField] === t.ratingRequired,
        ),
        tooLong: !!errors.comment,
        customError: !!errors.concernThemes,
      },
      `${label}${errors[first]}`,
      anchor ?? undefined,
    );
  }

  // ---------------------------------------------------------------------------------------
  // Editing

  #edit(next: FeedbackDraft, field: DraftField) {
    this.draft = next;
    // A field's message goes once the field is edited; the others stay until the next send.
    if (this.errors[field]) {
      const { [field]: _fixed, ...rest } = this.errors;
      this.errors = rest;
    }
    const context = this.data;
    if (context && this.pairId) {
      const saved = saveDraft(this.#store(), context.me, this.pairId, next);
      // Refused, or kept only in this page's memory: either way it will not outlive the page.
      this.storageWarning = !saved || this.#memory !== undefined;
      this.draftNote = saved && !isBlank(next) ? this.#t.draftSaved : '';
    }
  }

  #changed() {
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  // ---------------------------------------------------------------------------------------
  // Rendering

  get #t(): FeedbackFormStrings {
    return this.localize.pick('feedbackForm', feedbackFormStrings);
  }

  protected override render() {
    const t = this.#t;
    const context = this.data;
    const ready = this.dataState === 'ready' && context && !context.blocked;
    return this.renderFrame(
      ready ? t.heading(context.partner.displayName) : t.title,
      nothing,
      ready
        ? this.#renderReady(context)
        : this.dataState === 'empty' && context?.blocked
          ? html`<p part="empty" class="empty">${t[context.blocked]}</p>`
          : this.renderStatus(),
    );
  }

  #renderReady(context: FeedbackContext) {
    if (this.pending.length) return this.#renderPending();
    if (this.submission === 'submitted' && this.sent) return this.#renderSent(context, this.sent);
    const t = this.#t;
    const lang = this.localize.lang;
    return renderFeedbackForm({
      t,
      lang,
      direction: context.direction,
      partner: context.partner.displayName,
      leads: this.#leads(context),
      k: context.k,
      themes: context.themes,
      draft: this.draft,
      errors: this.errors,
      sending: this.submission === 'sending',
      disabled: this.disabled || this.formDisabled,
      draftNote: this.draftNote,
      storageWarning: this.storageWarning,
      format: (value) => this.localize.number(value),
      onRating: (key, value) => {
        this.#edit({ ...this.draft, ratings: { ...this.draft.ratings, [key]: value } }, key);
        this.#changed();
      },
      onComment: (comment) => this.#edit({ ...this.draft, comment }, 'comment'),
      onTheme: (id, checked) => {
        const others = this.draft.concernThemes.filter((each) => each !== id);
        this.#edit(
          { ...this.draft, concernThemes: checked ? [...others, id] : others },
          'concernThemes',
        );
        this.#changed();
      },
      onVisibility: (visibility: Visibility) => {
        this.#edit({ ...this.draft, visibility }, 'visibility');
        this.#changed();
      },
      onSubmit: (event) => {
        event.preventDefault();
        void this.send();
      },
    });
  }

  #renderPending() {
    const t = this.#t;
    const status = isUpwardError(this.pendingError) ? this.pendingError.status : 0;
    return html`<div class="notice pending" part="pending" tabindex="-1" aria-labelledby="pending-title">
      <h3 id="pending-title">${t.pendingTitle}</h3>
      <p>${status === 401 ? t.pendingSignIn : t.pendingBody}</p>
      ${
        this.pending.length > 1
          ? html`<p>${t.pendingCount(this.pending.length, this.localize.lang)}</p>`
          : nothing
      }
      <button type="button" part="retry-send" @click=${() => this.retryPending()}>
        ${t.sendNow}
      </button>
    </div>`;
  }

  #renderSent(context: FeedbackContext, feedback: Feedback) {
    const t = this.#t;
    const partner = context.partner.displayName;
    const next =
      feedback.visibility === 'partner'
        ? t.sentPartner(partner)
        : feedback.visibility === 'programme'
          ? t.sentProgramme(this.#leads(context), partner)
          : t.sentAnonymous(context.k, this.localize.lang);
    return html`<div class="notice sent" part="submitted" tabindex="-1" aria-labelledby="sent-title">
      <h3 id="sent-title">${t.sentTitle}</h3>
      <p>${next}</p>
      <button type="button" part="again" @click=${this.#again}>${t.giveMore}</button>
    </div>`;
  }

  #again = () => {
    this.sent = undefined;
    this.submission = 'editing';
    this.draft = emptyDraft();
    this.errors = {};
    this.updateComplete.then(() => this.focusIn('input[type="radio"]'));
  };

  #leads(context: FeedbackContext) {
    return context.leads?.length
      ? this.#t.names(context.leads, context.moreLeads, this.localize.lang)
      : undefined;
  }

  /** localStorage, or a memory of this page's own when the browser refuses it. */
  #store(): Storage {
    if (this.storage) return this.storage;
    try {
      return window.localStorage;
    } catch {
      this.#memory ??= memoryStorage();
      return this.#memory;
    }
  }
}

/** A Storage kept in memory: for a browser that refuses localStorage (drafts last the page). */
function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, String(value)),
  };
}
