import { type components, isConflict, type UpwardClient, unwrap } from '@upward/sdk';
import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { localDraftKey, readLocalDraft, writeLocalDraft } from '../../base/local-draft.js';
import { isOffline, UpwardElement } from '../../base/upward-element.js';
import { VirtualWindow } from '../../base/virtual-window.js';
import { UpwardSessionDeletedEvent } from '../../events/session-deleted.js';
import { UpwardSessionLoggedEvent } from '../../events/session-logged.js';
import { UpwardSessionUpdatedEvent } from '../../events/session-updated.js';
import { base } from '../../styles/base.styles.js';
import { form } from '../../styles/form.styles.js';
import { tokens } from '../../styles/tokens.styles.js';
import { renderSessionDetails } from './session-details.js';
import {
  type ActionDraft,
  type DraftErrors,
  type DraftField,
  draftFromSession,
  emptyDraft,
  errorsFromServer,
  isBlank,
  type SessionDraft,
  storedDraft,
  toSessionBody,
  validateDraft,
} from './session-draft.js';
import { renderSessionForm } from './session-form.js';
import { sessionLogStrings } from './session-log.strings.js';
import { styles } from './session-log.styles.js';

type Session = components['schemas']['Session'];

/** Sessions fetched per request as the reader scrolls. */
const PAGE = 50;

/**
 * A pair's sessions, newest first, with a form to log one and, for their author, to edit or
 * delete it. Only the rows in view are rendered and pages are fetched as the reader scrolls, so
 * ten thousand sessions cost what twenty do. Keyboard: Tab to the list, arrows, Page Up/Down,
 * Home and End move between sessions, Enter opens one, Escape closes it.
 *
 * @summary A pair's sessions: read, log, edit, delete.
 *
 * @tagname upward-session-log
 *
 * @slot empty - Replaces the message shown when the pair has no session yet.
 *
 * @csspart base - The whole log.
 * @csspart header - Title and the "Log a session" button.
 * @csspart title - The title.
 * @csspart log-button - The "Log a session" button.
 * @csspart list - The scrolling list of sessions.
 * @csspart session - One row of the list.
 * @csspart form - The form to log or edit a session.
 * @csspart field - Each field of the form.
 * @csspart action - One action item of the form (its text and owner).
 * @csspart field-error - A field's error message.
 * @csspart form-error - The message above the form.
 * @csspart conflict - The choice offered when the partner changed the session meanwhile.
 * @csspart save - The form's save button.
 * @csspart cancel - The form's cancel button.
 * @csspart details - One session in full.
 * @csspart edit - The edit button of one's own session.
 * @csspart delete - The delete button of one's own session.
 * @csspart confirm-delete - The button that confirms a deletion.
 * @csspart close - The button that closes the details.
 * @csspart empty - The message shown when there is no session.
 * @csspart status - The loading, error and offline messages.
 * @csspart retry - The button that loads again after an error.
 *
 * @cssprop --upward-session-row-height - Height of a row of the list (default 4.25rem).
 * @cssprop --upward-session-log-max-height - Height of the list before it scrolls (default 28rem).
 * @cssprop --upward-color-accent - Main colour (buttons, focus).
 * @cssprop --upward-color-surface - Background.
 * @cssprop --upward-color-surface-alt - Hovered rows, topics.
 * @cssprop --upward-color-text - Text.
 * @cssprop --upward-color-text-muted - Hints and secondary text.
 * @cssprop --upward-color-border - Borders.
 * @cssprop --upward-color-danger - Errors, delete.
 * @cssprop --upward-radius - Corner radius.
 * @cssprop --upward-font-family - Typeface.
 *
 * @fires upward-state-changed - The data state changed (`loading`, `ready`, `empty`, `error`, …).
 * @fires upward-session-logged - The caller logged a session (`event.session`).
 * @fires upward-session-updated - The caller saved a change to their session (`event.session`).
 * @fires upward-session-deleted - The caller deleted their session (`event.sessionId`).
 */
export class UpwardSessionLog extends UpwardElement<{ me: string }> {
  static override styles = [tokens, base, form, styles];

  static override properties: PropertyDeclarations = {
    pairId: { attribute: 'pair-id' },
    sessions: { state: true },
    cursor: { state: true },
    loadingMore: { state: true },
    moreFailed: { state: true },
    editing: { state: true },
    draft: { state: true },
    errors: { state: true },
    saving: { state: true },
    conflict: { state: true },
    selectedId: { state: true },
    confirmingDelete: { state: true },
    focusIndex: { state: true },
  };

  /** The pair whose sessions to show. */
  declare pairId: string | undefined;

  /** The sessions loaded so far, newest first. */
  declare sessions: Session[];
  declare private cursor: string | null;
  declare private loadingMore: boolean;
  declare private moreFailed: boolean;
  declare private editing: Session | 'new' | undefined;
  declare private draft: SessionDraft;
  declare private errors: DraftErrors;
  declare private saving: boolean;
  declare private conflict: boolean;
  declare private selectedId: string | undefined;
  declare private confirmingDelete: boolean;
  declare private focusIndex: number;

  /** The Idempotency-Key of the new session being saved, kept while its body stays the same. */
  #newSessionKey: { key: string; body: string } | undefined;

  readonly #window = new VirtualWindow(this, {
    count: () => this.sessions.length,
    onNearEnd: () => void this.loadMore(),
  });

  constructor() {
    super();
    this.resetView();
  }

  protected override loadKey() {
    return this.pairId ? [this.pairId] : undefined;
  }

  protected override async load(api: UpwardClient, signal: AbortSignal) {
    const pairId = this.pairId as string;
    const [me, page] = await Promise.all([
      unwrap(api.GET('/v1/me', { signal })),
      unwrap(
        api.GET('/v1/pairs/{pairId}/sessions', {
          params: { path: { pairId }, query: { limit: PAGE } },
          signal,
        }),
      ),
    ]);
    if (signal.aborted) return { me: me.person.id };
    this.sessions = page.items;
    this.cursor = page.nextCursor;
    this.moreFailed = false;
    this.selectedId = undefined;
    this.focusIndex = 0;
    // A new session typed before a reload or a crash: the form opens again with it, and with
    // the Idempotency-Key of a save that was on its way, so saving again cannot log it twice.
    const raw = readLocalDraft(localDraftKey('session', me.person.id, pairId));
    const kept = storedDraft(raw);
    if (kept && !this.editing) {
      this.editing = 'new';
      this.draft = kept;
      const sent = (raw as { sentAs?: { key?: unknown; body?: unknown } }).sentAs;
      if (typeof sent?.key === 'string' && typeof sent.body === 'string')
        this.#newSessionKey = { key: sent.key, body: sent.body };
    }
    return { me: me.person.id };
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    super.willUpdate(changed);
    // The new session's form is kept on this device as it is typed.
    if ((changed as PropertyValues).has('draft') && this.editing === 'new')
      this.#keepDraft(this.draft);
  }

  /** The storage key of the new session's draft for this person and pair. */
  #draftKey() {
    const me = this.data?.me;
    return me && this.pairId ? localDraftKey('session', me, this.pairId) : undefined;
  }

  /** Stores the new session's draft (a blank one removes it), with the key of a save under way. */
  #keepDraft(draft: SessionDraft | undefined) {
    const key = this.#draftKey();
    if (!key) return;
    writeLocalDraft(
      key,
      draft && !isBlank(draft) ? { ...draft, sentAs: this.#newSessionKey } : undefined,
    );
  }

  protected override resetView() {
    this.#newSessionKey = undefined;
    this.sessions = [];
    this.cursor = null;
    this.loadingMore = false;
    this.moreFailed = false;
    this.editing = undefined;
    this.draft = emptyDraft();
    this.errors = {};
    this.saving = false;
    this.conflict = false;
    this.selectedId = undefined;
    this.confirmingDelete = false;
    this.focusIndex = 0;
  }

  protected override isEmpty() {
    return this.sessions.length === 0;
  }

  protected override errorMessage(error: Error | undefined) {
    const status = (error as { status?: number } | undefined)?.status;
    return status === 403
      ? this.localize.pick('sessionLog', sessionLogStrings).forbidden
      : super.errorMessage(error);
  }

  /** Fetches the next page, if there is one. */
  async loadMore() {
    const api = this.api;
    const pairId = this.pairId;
    const cursor = this.cursor;
    if (!api || !pairId || !cursor || this.loadingMore || this.moreFailed) return;
    const current = this.viewCheck();
    this.loadingMore = true;
    try {
      const page = await unwrap(
        api.GET('/v1/pairs/{pairId}/sessions', {
          params: { path: { pairId }, query: { limit: PAGE, cursor } },
        }),
      );
      // Another pair or person in the meantime, or a reload that started the list again.
      if (!current() || this.cursor !== cursor) return;
      this.sessions = [...this.sessions, ...page.items];
      this.cursor = page.nextCursor;
    } catch {
      if (current()) this.moreFailed = true;
    } finally {
      if (current()) this.loadingMore = false;
    }
  }

  /** Opens the form to log a new session. */
  openForm() {
    this.editing = 'new';
    this.draft = emptyDraft();
    this.errors = {};
    this.conflict = false;
    this.selectedId = undefined;
    this.updateComplete.then(() => this.focusIn('#f-heldAt'));
  }

  protected override render() {
    const t = this.localize.pick('sessionLog', sessionLogStrings);
    const showing = this.dataState === 'ready' || this.dataState === 'empty';
    const selected = this.sessions.find((session) => session.id === this.selectedId);
    return this.renderFrame(
      t.title,
      showing && !this.editing
        ? html`<button type="button" class="primary" part="log-button" @click=${this.openForm}>
            ${t.logSession}
          </button>`
        : nothing,
      html`${showing && this.editing ? this.renderForm() : nothing}
      ${showing && selected && !this.editing ? this.renderDetails(selected) : nothing}
      ${
        this.dataState === 'ready'
          ? this.renderList()
          : this.dataState === 'empty'
            ? html`<p part="empty" class="empty"><slot name="empty">${t.empty}</slot></p>`
            : this.renderStatus()
      }`,
    );
  }

  private renderList() {
    const t = this.localize.pick('sessionLog', sessionLogStrings);
    const { start, end } = this.#window;
    const size = this.cursor ? -1 : this.sessions.length;
    const visible = this.sessions.slice(start, end);
    return html`<div
      part="list"
      class="list"
      role="feed"
      aria-labelledby="title"
      aria-busy=${this.loadingMore ? 'true' : 'false'}
      data-viewport
      @scroll=${this.#window.onScroll}
      @keydown=${this.onListKey}
    >
      <div class="spacer-before" aria-hidden="true"></div>
      ${repeat(
        visible,
        (session) => session.id,
        (session, offset) => this.renderRow(session, start + offset, size),
      )}
      <div class="spacer-after" aria-hidden="true"></div>
    </div>
    ${
      this.loadingMore
        ? html`<p class="more" role="status">${t.loadingMore}</p>`
        : this.moreFailed
          ? html`<p class="more" role="alert">
              ${this.localize.t.failed}
              <button type="button" @click=${this.retryMore}>${this.localize.t.retry}</button>
            </p>`
          : nothing
    }`;
  }

  private renderRow(session: Session, index: number, size: number) {
    const t = this.localize.pick('sessionLog', sessionLogStrings);
    const summary = session.topics.length ? session.topics.join(', ') : session.learnings;
    return html`<article
      part="session"
      class=${session.id === this.selectedId ? 'row selected' : 'row'}
      data-row
      data-index=${index}
      data-cancelled=${session.cancelledBy ? 'true' : 'false'}
      tabindex=${index === this.focusIndex ? '0' : '-1'}
      aria-posinset=${index + 1}
      aria-setsize=${size}
      aria-labelledby="row-${session.id}"
      @click=${() => this.select(session, index)}
    >
      <p class="line" id="row-${session.id}">
        <time datetime=${session.heldAt}>${this.localize.date(session.heldAt, { dateStyle: 'medium', timeStyle: 'short' })}</time>
        · ${this.localize.number(session.durationMinutes, { style: 'unit', unit: 'minute' })}
        · ${t.format[session.format]}
        ${session.cancelledBy ? html`· <strong>${t.cancelledBy[session.cancelledBy]}</strong>` : nothing}
      </p>
      <p class="line summary">${summary}</p>
    </article>`;
  }

  private renderForm() {
    const t = this.localize.pick('sessionLog', sessionLogStrings);
    return renderSessionForm({
      t,
      lang: this.localize.lang,
      draft: this.draft,
      errors: this.errors,
      editing: this.editing !== 'new',
      saving: this.saving,
      conflict: this.conflict,
      onField: (field, value) => this.setField(field, value),
      onAction: (index, change) => this.setAction(index, change),
      onAddAction: () => {
        this.draft = {
          ...this.draft,
          actions: [...this.draft.actions, { text: '', owner: 'mentee', done: false }],
        };
        const index = this.draft.actions.length - 1;
        this.updateComplete.then(() => this.focusIn(`#f-action-${index}`));
      },
      onRemoveAction: (index) => {
        this.draft = { ...this.draft, actions: this.draft.actions.filter((_, at) => at !== index) };
      },
      onSubmit: (event) => {
        event.preventDefault();
        void this.save();
      },
      onCancel: () => this.closeForm(),
      onShowTheirs: () => void this.showTheirs(),
      onKeepMine: () => void this.save(true),
    });
  }

  private renderDetails(session: Session) {
    return renderSessionDetails({
      t: this.localize.pick('sessionLog', sessionLogStrings),
      localize: this.localize,
      session,
      own: session.loggedBy.id === this.data?.me,
      confirmingDelete: this.confirmingDelete,
      busy: this.saving,
      onClose: () => this.closeDetails(),
      onEdit: () => {
        this.editing = session;
        this.draft = draftFromSession(session);
        this.errors = {};
        this.conflict = false;
        this.updateComplete.then(() => this.focusIn('#f-heldAt'));
      },
      onDelete: () => {
        this.confirmingDelete = true;
      },
      onConfirmDelete: () => void this.deleteSession(session),
      onKeep: () => {
        this.confirmingDelete = false;
      },
    });
  }

  private setField(field: DraftField, value: string) {
    this.draft = { ...this.draft, [field]: value };
    // A field's message goes once the field is edited; the others stay until the next save.
    if (this.errors[field]) {
      const { [field]: _fixed, ...rest } = this.errors;
      this.errors = rest;
    }
  }

  private setAction(index: number, change: Partial<ActionDraft>) {
    const actions = this.draft.actions.map((action, at) =>
      at === index ? { ...action, ...change } : action,
    );
    this.draft = { ...this.draft, actions };
  }

  /** Sends the form. `overwrite`: after a conflict, save over the partner's newer version. */
  private async save(overwrite = false) {
    const api = this.api;
    const pairId = this.pairId;
    if (!api || !pairId || this.saving) return;
    const t = this.localize.pick('sessionLog', sessionLogStrings);
    const errors = validateDraft(this.draft, t, this.localize.lang);
    this.errors = errors;
    if (Object.keys(errors).length) {
      await this.updateComplete;
      this.focusIn('[aria-invalid="true"]');
      return;
    }
    const current = this.viewCheck();
    this.saving = true;
    try {
      const body = toSessionBody(this.draft);
      if (this.editing === 'new' || !this.editing) {
        const idempotencyKey = this.keyFor(body);
        // Kept with the draft: a reload while the answer is on its way saves with the same key.
        const draftKey = this.#draftKey();
        this.#keepDraft(this.draft);
        const session = await unwrap(
          api.POST('/v1/pairs/{pairId}/sessions', {
            params: { path: { pairId }, header: { 'Idempotency-Key': idempotencyKey } },
            body,
          }),
        );
        // Logged: its draft goes, even when the view has moved on to another pair meanwhile.
        if (draftKey) writeLocalDraft(draftKey, undefined);
        this.#newSessionKey = undefined;
        if (!current()) {
          this.dispatchEvent(new UpwardSessionLoggedEvent(session));
          return;
        }
        this.insert(session);
        this.closeForm();
        this.announce(t.logged);
        this.dispatchEvent(new UpwardSessionLoggedEvent(session));
      } else {
        let version = this.editing.version;
        if (overwrite) version = (await this.fetchSession(api, pairId, this.editing.id)).version;
        const session = await unwrap(
          api.PATCH('/v1/pairs/{pairId}/sessions/{sessionId}', {
            params: {
              path: { pairId, sessionId: this.editing.id },
              header: { 'If-Match': `"${version}"` },
            },
            body,
          }),
        );
        if (!current()) {
          this.dispatchEvent(new UpwardSessionUpdatedEvent(session));
          return;
        }
        this.replace(session);
        this.closeForm();
        this.selectedId = session.id;
        this.announce(t.updated);
        this.dispatchEvent(new UpwardSessionUpdatedEvent(session));
      }
    } catch (error) {
      if (!current()) return;
      if (isConflict(error)) {
        this.conflict = true;
        this.errors = {};
      } else if (isOffline(error)) {
        this.errors = { form: t.offlineSave };
      } else {
        const fieldErrors = (error as { fieldErrors?: [] }).fieldErrors ?? [];
        const detail = (error as Error).message;
        this.errors = errorsFromServer(
          fieldErrors,
          detail ? `${t.saveFailed} ${detail}` : t.saveFailed,
        );
        await this.updateComplete;
        this.focusIn('[aria-invalid="true"]');
      }
    } finally {
      if (current()) this.saving = false;
    }
  }

  /**
   * One key per new session: a save tried again after a failure whose answer was lost (the
   * session may exist) is the same request, so the server keeps one. A changed body is a new one.
   */
  private keyFor(body: object): string {
    const text = JSON.stringify(body);
    if (this.#newSessionKey?.body !== text)
      this.#newSessionKey = { key: crypto.randomUUID(), body: text };
    return this.#newSessionKey.key;
  }

  /** After a conflict: the partner's version replaces the form. */
  private async showTheirs() {
    const api = this.api;
    const pairId = this.pairId;
    if (!api || !pairId || !this.editing || this.editing === 'new') return;
    const current = this.viewCheck();
    let session: Session;
    try {
      session = await this.fetchSession(api, pairId, this.editing.id);
    } catch (error) {
      if (current()) this.errors = { form: this.errorMessage(error as Error) };
      return;
    }
    if (!current()) return;
    this.replace(session);
    this.editing = session;
    this.draft = draftFromSession(session);
    this.conflict = false;
  }

  private fetchSession(api: UpwardClient, pairId: string, sessionId: string) {
    return unwrap(
      api.GET('/v1/pairs/{pairId}/sessions/{sessionId}', {
        params: { path: { pairId, sessionId } },
      }),
    );
  }

  private async deleteSession(session: Session) {
    const api = this.api;
    const pairId = this.pairId;
    if (!api || !pairId) return;
    const t = this.localize.pick('sessionLog', sessionLogStrings);
    const current = this.viewCheck();
    this.saving = true;
    try {
      await unwrap(
        api.DELETE('/v1/pairs/{pairId}/sessions/{sessionId}', {
          params: {
            path: { pairId, sessionId: session.id },
            header: { 'If-Match': `"${session.version}"` },
          },
        }),
      );
      if (!current()) {
        this.dispatchEvent(new UpwardSessionDeletedEvent(pairId, session.id));
        return;
      }
      this.sessions = this.sessions.filter((each) => each.id !== session.id);
      this.focusIndex = Math.min(this.focusIndex, Math.max(0, this.sessions.length - 1));
      this.closeDetails();
      this.announce(t.deleted);
      if (this.sessions.length === 0 && !this.cursor) this.setDataState('empty');
      this.dispatchEvent(new UpwardSessionDeletedEvent(pairId, session.id));
    } catch (error) {
      if (!current()) return;
      this.confirmingDelete = false;
      this.announce(isConflict(error) ? t.conflict : this.errorMessage(error as Error));
      // Show the version that is there now; the delete is not tried again.
      if (isConflict(error))
        await this.fetchSession(api, pairId, session.id).then(
          (latest) => current() && this.replace(latest),
          () => {},
        );
    } finally {
      if (current()) this.saving = false;
    }
  }

  /** Puts a new session where it belongs among those loaded (newest first). */
  private insert(session: Session) {
    const at = this.sessions.findIndex(
      (each) => new Date(each.heldAt).getTime() <= new Date(session.heldAt).getTime(),
    );
    // Older than everything loaded while more pages remain: it arrives with its page.
    if (at === -1 && this.cursor) return;
    const index = at === -1 ? this.sessions.length : at;
    this.sessions = [...this.sessions.slice(0, index), session, ...this.sessions.slice(index)];
    if (this.dataState === 'empty') this.setDataState('ready');
  }

  private replace(session: Session) {
    this.sessions = this.sessions.map((each) => (each.id === session.id ? session : each));
  }

  private closeForm() {
    // Logged or given up: the new session's draft is done with.
    if (this.editing === 'new') this.#keepDraft(undefined);
    this.editing = undefined;
    this.errors = {};
    this.conflict = false;
    this.updateComplete.then(() => this.focusIn('[part~="log-button"]'));
  }

  private select(session: Session, index: number) {
    this.selectedId = session.id;
    this.focusIndex = index;
    this.confirmingDelete = false;
    this.updateComplete.then(() => this.focusIn('[part~="details"] button'));
  }

  private closeDetails() {
    const index = this.focusIndex;
    this.selectedId = undefined;
    this.confirmingDelete = false;
    if (this.sessions.length) void this.focusRow(index);
    else this.updateComplete.then(() => this.focusIn('[part~="log-button"]'));
  }

  private retryMore() {
    this.moreFailed = false;
    void this.loadMore();
  }

  private onListKey = (event: KeyboardEvent) => {
    const row = (event.target as HTMLElement).closest<HTMLElement>('[data-row]');
    if (!row) return;
    const index = Number(row.dataset.index);
    const page = Math.max(1, Math.floor((this.#window.end - this.#window.start) / 2));
    const last = this.sessions.length - 1;
    const moves: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      PageDown: index + page,
      PageUp: index - page,
      Home: 0,
      End: last,
    };
    if (event.key in moves) {
      event.preventDefault();
      void this.focusRow(Math.min(last, Math.max(0, moves[event.key] as number)));
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      const session = this.sessions[index];
      if (session) this.select(session, index);
    }
  };

  private async focusRow(index: number) {
    this.focusIndex = index;
    await this.#window.scrollToIndex(index);
    this.renderRoot.querySelector<HTMLElement>(`[data-row][data-index="${index}"]`)?.focus();
  }
}
