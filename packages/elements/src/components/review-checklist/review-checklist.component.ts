import { type components, isConflict, isUpwardError, type UpwardClient, unwrap } from '@upward/sdk';
import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { localDraftKey, readLocalDraft, writeLocalDraft } from '../../base/local-draft.js';
import { isOffline, UpwardElement } from '../../base/upward-element.js';
import { UpwardReviewCompletedEvent } from '../../events/review-completed.js';
import { UpwardReviewSavedEvent } from '../../events/review-saved.js';
import { UpwardReviewStartedEvent } from '../../events/review-started.js';
import { base } from '../../styles/base.styles.js';
import { form } from '../../styles/form.styles.js';
import { tokens } from '../../styles/tokens.styles.js';
import { reviewChecklistStrings } from './review-checklist.strings.js';
import { styles } from './review-checklist.styles.js';
import { type ConflictState, renderReviewForm } from './review-form.js';
import { renderReviewHistory } from './review-history.js';
import {
  draftOf,
  isDirty,
  keptChanges,
  mergeDrafts,
  noteLimit,
  type Outcome,
  type ReviewDraft,
  resolve,
  restoreChanges,
  type Side,
  storedChanges,
  tooLongNotes,
  toUpdate,
} from './review-merge.js';
import { type Names, suggest } from './review-suggestion.js';

type Pair = components['schemas']['Pair'];
type Review = components['schemas']['Review'];

/** Completed reviews fetched per request. */
const PAGE = 10;

const reviewable = (pair: Pair) => pair.status === 'active' || pair.status === 'paused';

const emptyDraft = (): ReviewDraft => ({ answers: {}, outcome: null });

/**
 * The periodic review of a pair: is it on track, or falling back into hierarchy? Shows the open
 * review (or offers to start one), with the programme's checklist items, each checked with an
 * optional note; the drift signals the server found in the pair's activity, in plain words; an
 * outcome suggested from those signals and the answers, which a person confirms; the history of
 * completed reviews; and when the next review is due.
 *
 * When two people edit the same review, the second save meets the server's 412 and is offered a
 * choice: see the other's changes, merge item by item (what only one side changed is taken from
 * that side; what both changed is a choice per item), or reload theirs. Nothing is overwritten
 * silently. Everything works with the keyboard alone (native controls; Escape leaves the
 * confirmation).
 *
 * @summary A pair's review checklist: answer, confirm an outcome, see past reviews.
 *
 * @tagname upward-review-checklist
 *
 * @slot empty - Replaces the message shown when the pair has no review yet.
 *
 * @csspart base - The whole element.
 * @csspart header - Title and due date.
 * @csspart title - The title.
 * @csspart due - When the next review is due (`data-overdue="true"` when past).
 * @csspart notice - A message about the last action (e.g. the review was already open).
 * @csspart start - The "Start the review" button.
 * @csspart empty - The message shown when there is no review yet.
 * @csspart review - The open review (a form).
 * @csspart signals - What the pair's activity shows.
 * @csspart signal - One drift signal (`data-code` is its code).
 * @csspart no-signals - The message shown when there is no drift signal.
 * @csspart checklist - The checklist items.
 * @csspart item - One item: its checkbox and note.
 * @csspart note - An item's note field.
 * @csspart field-error - A message next to the field it is about.
 * @csspart form-error - The message above the review.
 * @csspart suggestion - The suggested outcome and why.
 * @csspart suggested-outcome - The suggested outcome (`data-outcome`).
 * @csspart outcome - The outcome to confirm.
 * @csspart save - The "Save answers" button.
 * @csspart complete - The "Complete the review" button.
 * @csspart unsaved - The "Unsaved changes" hint.
 * @csspart confirm - The confirmation before completing.
 * @csspart confirm-complete - The button that completes the review.
 * @csspart not-yet - The button that leaves the confirmation.
 * @csspart conflict - The choice offered after someone else saved the review meanwhile.
 * @csspart see-theirs - Shows or hides the other person's changes.
 * @csspart their-changes - The other person's changes.
 * @csspart their-change - One changed item, theirs beside yours.
 * @csspart merge - The "Merge item by item" button.
 * @csspart reload - The "Reload theirs" button.
 * @csspart merge-choices - The items both people changed, with a choice each.
 * @csspart pick - One item to choose for.
 * @csspart save-merge - The button that saves the merge.
 * @csspart cancel-merge - The button that leaves the merge choices.
 * @csspart history - Past reviews.
 * @csspart history-item - One past review (`data-outcome`).
 * @csspart no-history - The message shown when no review was completed yet.
 * @csspart more - The button that loads older reviews.
 * @csspart status - The loading, error and offline messages.
 * @csspart retry - The button that loads again after an error.
 *
 * @cssprop --upward-color-accent - Main colour (buttons, focus).
 * @cssprop --upward-color-surface - Background.
 * @cssprop --upward-color-surface-alt - The open review's background.
 * @cssprop --upward-color-text - Text.
 * @cssprop --upward-color-text-muted - Hints and secondary text.
 * @cssprop --upward-color-border - Borders.
 * @cssprop --upward-color-danger - Errors, overdue reviews, "at risk".
 * @cssprop --upward-color-warning - Drift signals, the conflict, "needs attention".
 * @cssprop --upward-color-success - "On track".
 * @cssprop --upward-radius - Corner radius.
 * @cssprop --upward-font-family - Typeface.
 *
 * @fires upward-state-changed - The data state changed (`loading`, `ready`, `empty`, `error`, …).
 * @fires upward-review-started - The caller started a review (`event.review`).
 * @fires upward-review-saved - The caller saved answers (`event.review`; `event.merged` after a merge).
 * @fires upward-review-completed - The caller completed the review with a confirmed outcome (`event.review`).
 */
export class UpwardReviewChecklist extends UpwardElement<{ pair: Pair; me: string }> {
  static override styles = [tokens, base, form, styles];

  static override properties: PropertyDeclarations = {
    pairId: { attribute: 'pair-id' },
    review: { state: true },
    history: { state: true },
    base: { state: true },
    draft: { state: true },
    cursor: { state: true },
    loadingMore: { state: true },
    moreFailed: { state: true },
    busy: { state: true },
    confirming: { state: true },
    noteErrors: { state: true },
    outcomeError: { state: true },
    formError: { state: true },
    notice: { state: true },
    conflict: { state: true },
  };

  /** The pair whose review to show. */
  declare pairId: string | undefined;

  /** The open review, if there is one. */
  declare review: Review | undefined;
  /** Completed reviews loaded so far, newest first. */
  declare history: Review[];
  /** The open review's answers as the server holds them (the version `review` is). */
  declare private base: ReviewDraft;
  /** The answers as the reader edits them. */
  declare private draft: ReviewDraft;
  declare private cursor: string | null;
  declare private loadingMore: boolean;
  declare private moreFailed: string;
  declare private busy: boolean;
  declare private confirming: boolean;
  declare private noteErrors: Record<string, string>;
  declare private outcomeError: string;
  declare private formError: string;
  declare private notice: string;
  declare private conflict: ConflictState | undefined;
  /**
   * Answers that could not be saved because the review was completed meanwhile: the next review
   * of the same pair, started by the same client (person), starts with them.
   */
  #carried: { api: UpwardClient; pairId: string; draft: ReviewDraft } | undefined;

  constructor() {
    super();
    this.resetView();
  }

  protected override loadKey() {
    return this.pairId ? [this.pairId] : undefined;
  }

  protected override async load(api: UpwardClient, signal: AbortSignal) {
    const pairId = this.pairId as string;
    const [me, pair, page] = await Promise.all([
      unwrap(api.GET('/v1/me', { signal })),
      unwrap(api.GET('/v1/pairs/{pairId}', { params: { path: { pairId } }, signal })),
      unwrap(
        api.GET('/v1/pairs/{pairId}/reviews', {
          params: { path: { pairId }, query: { limit: PAGE } },
          signal,
        }),
      ),
    ]);
    // Cut short (another pair, another person): nothing of it may reach the view.
    if (signal.aborted) return { pair, me: me.person.id };
    // At most one review is open, and it is the newest: another starts only once it is done.
    this.setOpen(page.items.find((review) => !review.completedAt));
    this.#restoreDraft(me.person.id, pairId);
    this.history = page.items.filter((review) => review.completedAt);
    this.cursor = page.nextCursor;
    this.moreFailed = '';
    return { pair, me: me.person.id };
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    super.willUpdate(changed);
    const edited = changed as PropertyValues;
    if (edited.has('draft') || edited.has('base')) this.#keepDraft();
  }

  /** Unsaved answers are kept on this device as they are given, until saved or completed. */
  #keepDraft() {
    const me = this.data?.me;
    const { review, pairId } = this;
    if (!me || !pairId) return;
    writeLocalDraft(
      localDraftKey('review', me, pairId),
      review && !review.completedAt ? keptChanges(review, this.base, this.draft) : undefined,
    );
  }

  /** Answers given before a reload or a crash, laid over the open review as it is now. */
  #restoreDraft(me: string, pairId: string) {
    const kept = storedChanges(readLocalDraft(localDraftKey('review', me, pairId)));
    const review = this.review;
    if (!review || kept?.reviewId !== review.id) return;
    const { base, draft, conflict } = restoreChanges(review, kept);
    this.base = base;
    this.draft = draft;
    // Someone else changed an item the reader had changed too: the reader chooses.
    if (conflict) this.conflict = { theirs: review, showing: false, picks: {}, pickError: false };
  }

  protected override isEmpty() {
    return !this.review && this.history.length === 0;
  }

  /** Another pair, another person or none: nothing of the last one's review stays. */
  protected override resetView() {
    this.#carried = undefined;
    this.setOpen(undefined);
    this.history = [];
    this.cursor = null;
    this.loadingMore = false;
    this.moreFailed = '';
    this.busy = false;
    this.notice = '';
  }

  /** Starts a review of the pair (when none is open and the pair is active or paused). */
  async start() {
    const api = this.api;
    const pairId = this.pairId;
    if (!api || !pairId || this.busy || this.review) return;
    const t = this.localize.pick('reviewChecklist', reviewChecklistStrings);
    const current = this.viewCheck();
    this.busy = true;
    this.notice = '';
    try {
      const review = await unwrap(
        api.POST('/v1/pairs/{pairId}/reviews', { params: { path: { pairId } }, body: {} }),
      );
      if (!current()) {
        this.dispatchEvent(new UpwardReviewStartedEvent(review));
        return;
      }
      this.setOpen(review);
      this.carryForward(api, pairId, review);
      if (this.dataState === 'empty') this.setDataState('ready');
      this.announce(t.started);
      this.dispatchEvent(new UpwardReviewStartedEvent(review));
      // The form is enabled again before focus moves into it.
      this.busy = false;
      await this.updateComplete;
      if (current()) this.focusIn('[part~="checklist"] input, [part~="outcome"] input');
    } catch (error) {
      if (!current()) return;
      if (isUpwardError(error) && error.status === 409) {
        // Someone started one meanwhile (or the pair is no longer reviewable): show what is.
        this.notice = t.alreadyOpen;
        this.reload();
      } else {
        this.notice = `${t.startFailed} ${this.failure(error)}`;
      }
    } finally {
      if (current()) this.busy = false;
    }
  }

  protected override render() {
    const t = this.localize.pick('reviewChecklist', reviewChecklistStrings);
    const pair = this.data?.pair;
    const showing = (this.dataState === 'ready' || this.dataState === 'empty') && pair;
    return this.renderFrame(
      t.title,
      showing ? this.renderDue(pair) : nothing,
      html`${this.notice ? html`<p class="notice" part="notice" role="alert">${this.notice}</p>` : nothing}
      ${showing ? this.renderBody(pair) : this.renderStatus()}`,
    );
  }

  private renderDue(pair: Pair) {
    const t = this.localize.pick('reviewChecklist', reviewChecklistStrings);
    const due = pair.stats.reviewDueAt;
    if (!due) return html`<p class="due" part="due">${t.notScheduled}</p>`;
    const overdue = new Date(due).getTime() < Date.now();
    const date = this.localize.date(due);
    const relative = this.localize.relative(due);
    return html`<p class="due" part="due" data-overdue=${overdue ? 'true' : 'false'}>
      ${overdue ? t.overdueSince(date, relative) : t.dueOn(date, relative)}
    </p>`;
  }

  private renderBody(pair: Pair) {
    const t = this.localize.pick('reviewChecklist', reviewChecklistStrings);
    const canStart = reviewable(pair);
    const start = canStart
      ? html`<button
          type="button"
          class="primary"
          part="start"
          ?disabled=${this.busy}
          @click=${() => void this.start()}
        >
          ${this.busy ? t.starting : t.startReview}
        </button>`
      : html`<p class="muted">${t.cannotStart}</p>`;
    if (this.dataState === 'empty')
      return html`<p part="empty" class="empty"><slot name="empty">${t.empty}</slot></p>
        ${start}`;
    return html`${this.review ? this.renderOpen(this.review, pair) : start}
    ${renderReviewHistory({
      t,
      lang: this.localize.lang,
      date: (value) => this.localize.date(value),
      names: this.names(pair),
      reviews: this.history,
      more: this.cursor !== null,
      loadingMore: this.loadingMore,
      moreFailed: this.moreFailed,
      onMore: () => void this.loadMore(),
    })}`;
  }

  private renderOpen(review: Review, pair: Pair) {
    return renderReviewForm({
      t: this.localize.pick('reviewChecklist', reviewChecklistStrings),
      lang: this.localize.lang,
      date: (value) => this.localize.date(value),
      names: this.names(pair),
      review,
      base: this.base,
      draft: this.draft,
      suggestion: suggest(review, this.draft),
      dirty: isDirty(review, this.base, this.draft),
      saving: this.busy,
      confirming: this.confirming,
      noteErrors: this.noteErrors,
      outcomeError: this.outcomeError,
      formError: this.formError,
      conflict: this.conflict,
      onCheck: (id, checked) => this.answer(id, { checked }),
      onNote: (id, note) => this.answer(id, { note }),
      onOutcome: (outcome) => this.choose(outcome),
      onSubmit: (event) => {
        event.preventDefault();
        void this.save();
      },
      onComplete: () => void this.askToComplete(),
      onConfirm: () => void this.save({ complete: true }),
      onNotYet: () => {
        this.confirming = false;
        void this.updateComplete.then(() => this.focusIn('[part~="complete"]'));
      },
      onToggleTheirs: () => {
        if (this.conflict) this.conflict = { ...this.conflict, showing: !this.conflict.showing };
      },
      onMerge: () => void this.merge(),
      onReload: () => void this.reloadTheirs(),
      onPick: (key, side) => this.pick(key, side),
      onSaveMerge: () => void this.saveMerge(),
      onCancelMerge: () => {
        if (!this.conflict) return;
        this.conflict = { ...this.conflict, merge: undefined, picks: {}, pickError: false };
        void this.updateComplete.then(() => this.focusIn('[part~="merge"]'));
      },
    });
  }

  private names(pair: Pair): Names {
    return { mentor: pair.mentor.displayName, mentee: pair.mentee.displayName };
  }

  private setOpen(review: Review | undefined) {
    this.review = review;
    this.base = review ? draftOf(review) : emptyDraft();
    this.draft = this.base;
    this.conflict = undefined;
    this.confirming = false;
    this.noteErrors = {};
    this.outcomeError = '';
    this.formError = '';
  }

  private answer(id: string, change: Partial<{ checked: boolean; note: string }>) {
    const current = this.draft.answers[id] ?? { checked: false, note: '' };
    this.draft = {
      ...this.draft,
      answers: { ...this.draft.answers, [id]: { ...current, ...change } },
    };
    if (change.note !== undefined && this.noteErrors[id]) {
      const { [id]: _fixed, ...rest } = this.noteErrors;
      this.noteErrors = rest;
    }
  }

  private choose(outcome: Outcome) {
    this.draft = { ...this.draft, outcome };
    this.outcomeError = '';
  }

  /** Notes within the contract's limit; marks the others and moves focus to the first. */
  private async checkNotes(): Promise<boolean> {
    const t = this.localize.pick('reviewChecklist', reviewChecklistStrings);
    const lang = this.localize.lang;
    const errors: Record<string, string> = {};
    for (const id of tooLongNotes(this.draft))
      errors[id] = t.noteTooLong(noteLimit, this.draft.answers[id]?.note.length ?? 0, lang);
    this.noteErrors = errors;
    if (Object.keys(errors).length === 0) return true;
    await this.updateComplete;
    this.focusIn('[part~="note"][aria-invalid="true"]');
    return false;
  }

  private async askToComplete() {
    const t = this.localize.pick('reviewChecklist', reviewChecklistStrings);
    if (!(await this.checkNotes())) return;
    if (!this.draft.outcome) {
      this.outcomeError = t.chooseOutcome;
      await this.updateComplete;
      this.focusIn('[part~="outcome"] input');
      return;
    }
    this.confirming = true;
    await this.updateComplete;
    this.focusIn('[part~="confirm-complete"]');
  }

  /**
   * Saves what changed since the version loaded (`complete`: and closes the review with the
   * chosen outcome). A stale version (412) offers the conflict choice; nothing is overwritten.
   */
  private async save({ complete = false, merged = -1 } = {}) {
    const api = this.api;
    const pairId = this.pairId;
    const review = this.review;
    if (!api || !pairId || !review || this.busy) return;
    const t = this.localize.pick('reviewChecklist', reviewChecklistStrings);
    const current = this.viewCheck();
    if (!(await this.checkNotes()) || !current()) return;
    const body = toUpdate(review, this.base, this.draft, complete);
    if (!body) {
      // After a merge that left nothing of the reader's to add, their version is the result.
      this.announce(merged >= 0 ? t.merged(merged, this.localize.lang) : t.nothingToSave);
      return;
    }
    const sent = this.draft;
    this.busy = true;
    this.formError = '';
    this.notice = '';
    try {
      const saved = await unwrap(
        api.PATCH('/v1/pairs/{pairId}/reviews/{reviewId}', {
          params: {
            path: { pairId, reviewId: review.id },
            header: { 'If-Match': `"${review.version}"` },
          },
          body,
        }),
      );
      if (!current()) {
        // Another pair or person is shown now: the answer is theirs to hear, not the view's.
        this.dispatchEvent(
          saved.completedAt
            ? new UpwardReviewCompletedEvent(saved)
            : new UpwardReviewSavedEvent(saved, merged >= 0),
        );
        return;
      }
      if (saved.completedAt) {
        await this.completed(api, pairId, saved);
        return;
      }
      const edited = this.draft !== sent;
      this.review = saved;
      this.base = draftOf(saved);
      // Whatever was typed while the save was on its way stays in the form, unsaved.
      if (!edited) this.draft = this.base;
      this.announce(merged >= 0 ? t.merged(merged, this.localize.lang) : t.saved);
      this.dispatchEvent(new UpwardReviewSavedEvent(saved, merged >= 0));
    } catch (error) {
      if (!current()) return;
      this.confirming = false;
      if (isConflict(error)) await this.meetConflict(api, pairId, review);
      else if (isUpwardError(error) && error.status === 409) this.completedMeanwhile();
      else if (isOffline(error)) this.formError = t.offlineSave;
      else this.formError = `${t.saveFailed} ${this.failure(error)}`;
    } finally {
      if (current()) this.busy = false;
    }
  }

  private async completed(api: UpwardClient, pairId: string, review: Review) {
    const t = this.localize.pick('reviewChecklist', reviewChecklistStrings);
    const current = this.viewCheck();
    this.busy = false;
    this.setOpen(undefined);
    this.history = [review, ...this.history.filter((each) => each.id !== review.id)];
    this.announce(t.completed);
    this.dispatchEvent(new UpwardReviewCompletedEvent(review));
    // Completing sets the next due date.
    try {
      const pair = await unwrap(api.GET('/v1/pairs/{pairId}', { params: { path: { pairId } } }));
      if (!current() || !this.data) return;
      this.data = { ...this.data, pair };
    } catch {
      // The old due date stays until the next load.
      if (!current()) return;
    }
    this.requestUpdate();
    await this.updateComplete;
    this.focusIn('[part~="start"], #history-title');
  }

  private completedMeanwhile() {
    const api = this.api;
    const pairId = this.pairId;
    if (api && pairId && this.review && isDirty(this.review, this.base, this.draft))
      this.#carried = { api, pairId, draft: this.draft };
    this.notice = this.localize.pick('reviewChecklist', reviewChecklistStrings).completedMeanwhile;
    this.reload();
  }

  /**
   * Fills a new review with the answers a completed one could not take (same item ids): only
   * in the same pair, started by the same client.
   */
  private carryForward(api: UpwardClient, pairId: string, review: Review) {
    const kept = this.#carried;
    this.#carried = undefined;
    if (!kept || kept.api !== api || kept.pairId !== pairId) return;
    const carried = kept.draft;
    const answers = { ...this.base.answers };
    for (const item of review.items) {
      const answer = carried.answers[item.id];
      if (answer) answers[item.id] = answer;
    }
    this.draft = { answers, outcome: carried.outcome ?? this.base.outcome };
  }

  /** Someone else saved first: fetch their version and offer the choice. */
  private async meetConflict(api: UpwardClient, pairId: string, review: Review) {
    const t = this.localize.pick('reviewChecklist', reviewChecklistStrings);
    const current = this.viewCheck();
    let theirs: Review;
    try {
      theirs = await this.fetchReview(api, pairId, review.id);
    } catch (error) {
      if (current()) this.formError = `${t.saveFailed} ${this.failure(error)}`;
      return;
    }
    if (!current()) return;
    if (theirs.completedAt) {
      this.completedMeanwhile();
      return;
    }
    this.conflict = { theirs, showing: false, picks: {}, pickError: false };
    await this.updateComplete;
    if (current()) this.focusIn('[part~="see-theirs"]');
  }

  /** Merges item by item with their version; saves at once unless both changed an item. */
  private async merge() {
    const conflict = this.conflict;
    if (!conflict) return;
    const theirs = draftOf(conflict.theirs);
    const merge = mergeDrafts(conflict.theirs, this.base, this.draft, theirs);
    if (merge.conflicts.length) {
      this.conflict = { ...conflict, merge, picks: {}, pickError: false };
      await this.updateComplete;
      this.focusIn('[part~="pick"] input');
      return;
    }
    await this.adopt(conflict.theirs, merge.draft, merge.fromTheirs.length);
  }

  private pick(key: string, side: Side) {
    if (!this.conflict) return;
    this.conflict = { ...this.conflict, picks: { ...this.conflict.picks, [key]: side } };
  }

  private async saveMerge() {
    const conflict = this.conflict;
    const merge = conflict?.merge;
    if (!conflict || !merge) return;
    const missing = merge.conflicts.findIndex((key) => !conflict.picks[key]);
    if (missing >= 0) {
      this.conflict = { ...conflict, pickError: true };
      await this.updateComplete;
      this.focusIn(`[part~="pick"]:nth-of-type(${missing + 1}) input`);
      return;
    }
    const theirs = draftOf(conflict.theirs);
    const taken = merge.conflicts.filter((key) => conflict.picks[key] === 'theirs').length;
    await this.adopt(
      conflict.theirs,
      resolve(merge, theirs, conflict.picks),
      merge.fromTheirs.length + taken,
    );
  }

  /** Their version becomes the base, the merged answers the draft; then saves them. */
  private async adopt(theirs: Review, merged: ReviewDraft, taken: number) {
    this.review = theirs;
    this.base = draftOf(theirs);
    this.draft = merged;
    this.conflict = undefined;
    const current = this.viewCheck();
    await this.save({ merged: taken });
    await this.updateComplete;
    if (current() && !this.conflict)
      this.focusIn('[part~="checklist"] input, [part~="outcome"] input');
  }

  /** Drops the reader's unsaved answers for the version saved now. */
  private async reloadTheirs() {
    const api = this.api;
    const pairId = this.pairId;
    const review = this.review;
    if (!api || !pairId || !review) return;
    const t = this.localize.pick('reviewChecklist', reviewChecklistStrings);
    const current = this.viewCheck();
    try {
      const latest = await this.fetchReview(api, pairId, review.id);
      if (!current()) return;
      if (latest.completedAt) {
        this.completedMeanwhile();
        return;
      }
      this.setOpen(latest);
      this.announce(t.reloaded);
      await this.updateComplete;
      if (current()) this.focusIn('[part~="checklist"] input, [part~="outcome"] input');
    } catch (error) {
      if (current()) this.formError = `${t.saveFailed} ${this.failure(error)}`;
    }
  }

  /** Fetches the next page of past reviews. */
  async loadMore() {
    const api = this.api;
    const pairId = this.pairId;
    const cursor = this.cursor;
    if (!api || !pairId || !cursor || this.loadingMore) return;
    const current = this.viewCheck();
    this.loadingMore = true;
    this.moreFailed = '';
    try {
      const page = await unwrap(
        api.GET('/v1/pairs/{pairId}/reviews', {
          params: { path: { pairId }, query: { limit: PAGE, cursor } },
        }),
      );
      if (!current() || this.cursor !== cursor) return;
      const known = new Set(this.history.map((review) => review.id));
      this.history = [
        ...this.history,
        ...page.items.filter((review) => review.completedAt && !known.has(review.id)),
      ];
      this.cursor = page.nextCursor;
    } catch (error) {
      if (current()) this.moreFailed = this.failure(error);
    } finally {
      if (current()) this.loadingMore = false;
    }
  }

  private fetchReview(api: UpwardClient, pairId: string, reviewId: string) {
    return unwrap(
      api.GET('/v1/pairs/{pairId}/reviews/{reviewId}', {
        params: { path: { pairId, reviewId } },
      }),
    );
  }

  /** A failed request in the reader's words (offline, or what the server said). */
  private failure(error: unknown): string {
    if (isOffline(error)) return this.localize.t.offline;
    const detail = isUpwardError(error) ? error.detail : undefined;
    return detail ?? this.errorMessage(error as Error);
  }
}
