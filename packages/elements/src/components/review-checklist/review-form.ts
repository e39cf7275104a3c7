// The open review: what the pair's activity shows, the checklist with notes, the suggestion,
// the outcome to confirm, and (after someone else's save) the choice of how to go on.
import type { components } from '@upward/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import type { ReviewChecklistStrings } from './review-checklist.strings.js';
import {
  type Answer,
  changedItems,
  draftOf,
  type Merge,
  type Outcome,
  outcomeKey,
  type ReviewDraft,
  type Side,
} from './review-merge.js';
import { describeSignal, type Names, outcomes, type Suggestion } from './review-suggestion.js';

type Review = components['schemas']['Review'];

/** Where the reader stands after the server refused a stale save (412). */
export interface ConflictState {
  /** The other person's saved version. */
  theirs: Review;
  /** Whether their changes are shown. */
  showing: boolean;
  /** The merge, once asked for and only while items wait for a choice. */
  merge?: Merge;
  picks: Record<string, Side | undefined>;
  pickError: boolean;
}

export interface ReviewFormView {
  t: ReviewChecklistStrings;
  lang: string;
  date: (value: string) => string;
  names: Names;
  review: Review;
  base: ReviewDraft;
  draft: ReviewDraft;
  suggestion: Suggestion;
  dirty: boolean;
  saving: boolean;
  confirming: boolean;
  noteErrors: Record<string, string>;
  outcomeError: string;
  formError: string;
  conflict: ConflictState | undefined;
  onCheck: (id: string, checked: boolean) => void;
  onNote: (id: string, note: string) => void;
  onOutcome: (outcome: Outcome) => void;
  onSubmit: (event: SubmitEvent) => void;
  onComplete: () => void;
  onConfirm: () => void;
  onNotYet: () => void;
  onToggleTheirs: () => void;
  onMerge: () => void;
  onReload: () => void;
  onPick: (key: string, side: Side) => void;
  onSaveMerge: () => void;
  onCancelMerge: () => void;
}

export function renderReviewForm(view: ReviewFormView): TemplateResult {
  const { t, review, draft } = view;
  const locked = view.saving || view.conflict !== undefined;
  return html`<form
    part="review"
    class="review"
    novalidate
    aria-labelledby="review-title"
    @submit=${view.onSubmit}
  >
    <h3 id="review-title">${t.openTitle(view.date(review.dueAt))}</h3>
    ${view.conflict ? renderConflict(view, view.conflict) : nothing}
    ${view.formError ? html`<p class="form-error" part="form-error" role="alert">${view.formError}</p>` : nothing}
    ${renderSignals(view)}
    <fieldset class="checklist" part="checklist" aria-describedby="checklist-hint">
      <legend>${t.checklist}</legend>
      <p class="hint" id="checklist-hint">${review.items.length ? t.checklistHint : t.noItems}</p>
      ${review.items.map((item) => {
        const answer = draft.answers[item.id] ?? { checked: false, note: '' };
        const error = view.noteErrors[item.id];
        return html`<div class="item" part="item" data-item=${item.id}>
          <div class="choice">
            <input
              type="checkbox"
              id="i-${item.id}"
              .checked=${answer.checked}
              ?disabled=${locked}
              @change=${(event: Event) =>
                view.onCheck(item.id, (event.target as HTMLInputElement).checked)}
            />
            <label for="i-${item.id}">${item.label}</label>
          </div>
          <label class="note-label" for="n-${item.id}">
            <span aria-hidden="true">${t.note}</span>
            <span class="visually-hidden">${t.noteFor(item.label)}</span>
          </label>
          <textarea
            id="n-${item.id}"
            part="note"
            rows="2"
            .value=${answer.note}
            ?disabled=${locked}
            aria-invalid=${error ? 'true' : 'false'}
            aria-describedby="n-${item.id}-error"
            @input=${(event: Event) => view.onNote(item.id, (event.target as HTMLTextAreaElement).value)}
          ></textarea>
          ${error ? html`<p class="error" part="field-error" id="n-${item.id}-error">${error}</p>` : nothing}
        </div>`;
      })}
    </fieldset>
    ${renderSuggestion(view)}
    <fieldset
      class="outcome-choice"
      part="outcome"
      aria-describedby="outcome-hint outcome-error"
    >
      <legend>${t.outcomeLegend}</legend>
      <p class="hint" id="outcome-hint">${t.outcomeHint}</p>
      <div class="choices">
        ${outcomes.map(
          (outcome) => html`<label class="choice" data-outcome=${outcome}>
            <input
              type="radio"
              name="outcome"
              value=${outcome}
              .checked=${draft.outcome === outcome}
              ?disabled=${locked}
              aria-invalid=${view.outcomeError ? 'true' : 'false'}
              @change=${() => view.onOutcome(outcome)}
            />
            ${t.outcome[outcome]}
            ${
              view.suggestion.outcome === outcome
                ? html`<span class="suggested-mark">${t.suggestedMark}</span>`
                : nothing
            }
          </label>`,
        )}
      </div>
      ${
        view.outcomeError
          ? html`<p class="error" part="field-error" id="outcome-error">${view.outcomeError}</p>`
          : nothing
      }
    </fieldset>
    ${
      view.confirming && draft.outcome
        ? html`<div
            class="confirm"
            part="confirm"
            role="group"
            aria-labelledby="confirm-text"
            @keydown=${(event: KeyboardEvent) => {
              if (event.key === 'Escape') {
                event.preventDefault();
                view.onNotYet();
              }
            }}
          >
            <p id="confirm-text">${t.confirmComplete(t.outcome[draft.outcome])}</p>
            <button type="button" class="primary" part="confirm-complete" ?disabled=${view.saving} @click=${view.onConfirm}>
              ${t.confirm}
            </button>
            <button type="button" part="not-yet" @click=${view.onNotYet}>${t.notYet}</button>
          </div>`
        : nothing
    }
    <div class="buttons">
      <button type="submit" part="save" ?disabled=${locked}>
        ${view.saving ? t.saving : t.save}
      </button>
      <button
        type="button"
        class="primary"
        part="complete"
        ?disabled=${locked || view.confirming}
        @click=${view.onComplete}
      >
        ${t.complete}
      </button>
      ${view.dirty ? html`<span class="unsaved" part="unsaved">${t.unsaved}</span>` : nothing}
    </div>
  </form>`;
}

function renderSignals(view: ReviewFormView) {
  const { t, review } = view;
  return html`<section class="signals" part="signals" aria-labelledby="signals-title">
    <h4 id="signals-title">${t.signalsTitle}</h4>
    ${
      review.driftSignals.length
        ? html`<p class="intro">${t.signalsIntro}</p>
            <ul>
              ${review.driftSignals.map(
                (signal) =>
                  html`<li part="signal" data-code=${signal.code}>
                    ${describeSignal(signal, t, view.names, view.lang)}
                  </li>`,
              )}
            </ul>`
        : html`<p class="intro" part="no-signals">${t.noSignals}</p>`
    }
  </section>`;
}

function renderSuggestion(view: ReviewFormView) {
  const { t, suggestion } = view;
  const answers = !suggestion.answered
    ? t.notAnswered
    : suggestion.unchecked === 0
      ? t.allChecked
      : t.fromAnswers(suggestion.unchecked, suggestion.total, view.lang);
  return html`<section class="suggestion" part="suggestion" aria-labelledby="suggestion-title">
    <h4 id="suggestion-title">${t.suggestionTitle}</h4>
    <p class="suggested" aria-live="polite">
      <strong class="outcome" part="suggested-outcome" data-outcome=${suggestion.outcome}
        >${t.outcome[suggestion.outcome]}</strong
      >
    </p>
    <ul class="reasons">
      <li>${t.fromActivity(t.outcome[suggestion.fromActivity])}</li>
      ${suggestion.total ? html`<li>${answers}</li>` : nothing}
    </ul>
  </section>`;
}

function answerText(t: ReviewChecklistStrings, answer: Answer | undefined) {
  const checked = answer?.checked ? t.checked : t.notChecked;
  return answer?.note ? `${checked}: “${answer.note}”` : checked;
}

function outcomeText(t: ReviewChecklistStrings, outcome: Outcome | null) {
  return outcome ? t.outcome[outcome] : t.noOutcome;
}

function renderConflict(view: ReviewFormView, conflict: ConflictState) {
  const { t } = view;
  return html`<div class="conflict" part="conflict" role="alert" aria-labelledby="conflict-text">
    <p id="conflict-text">${t.conflict}</p>
    <div class="buttons">
      <button
        type="button"
        part="see-theirs"
        aria-expanded=${conflict.showing ? 'true' : 'false'}
        aria-controls="their-changes"
        @click=${view.onToggleTheirs}
      >
        ${conflict.showing ? t.hideTheirs : t.seeTheirs}
      </button>
      <button type="button" class="primary" part="merge" ?disabled=${view.saving} @click=${view.onMerge}>
        ${t.merge}
      </button>
      <button type="button" part="reload" ?disabled=${view.saving} @click=${view.onReload}>
        ${t.reload}
      </button>
    </div>
    <div id="their-changes" class="their-changes" part="their-changes" ?hidden=${!conflict.showing}>
      ${conflict.showing ? renderTheirChanges(view, conflict) : nothing}
    </div>
    ${conflict.merge ? renderMerge(view, conflict, conflict.merge) : nothing}
  </div>`;
}

function renderTheirChanges(view: ReviewFormView, conflict: ConflictState) {
  const { t } = view;
  const theirs = draftOf(conflict.theirs);
  const items = changedItems(conflict.theirs, view.base, theirs);
  const outcomeChanged = theirs.outcome !== view.base.outcome;
  if (!items.length && !outcomeChanged) return html`<p>${t.noTheirChanges}</p>`;
  const label = (id: string) => conflict.theirs.items.find((item) => item.id === id)?.label ?? id;
  return html`<h4>${t.theirChanges}</h4>
    <ul class="changes">
      ${items.map(
        (id) => html`<li part="their-change" data-item=${id}>
          <strong>${label(id)}</strong>
          <span class="side"><span class="side-name">${t.theirs}:</span> ${answerText(t, theirs.answers[id])}</span>
          <span class="side"><span class="side-name">${t.yours}:</span> ${answerText(t, view.draft.answers[id])}</span>
        </li>`,
      )}
      ${
        outcomeChanged
          ? html`<li part="their-change" data-item=${outcomeKey}>
              <strong>${t.outcomeLegend}</strong>
              <span class="side"><span class="side-name">${t.theirs}:</span> ${outcomeText(t, theirs.outcome)}</span>
              <span class="side"><span class="side-name">${t.yours}:</span> ${outcomeText(t, view.draft.outcome)}</span>
            </li>`
          : nothing
      }
    </ul>`;
}

function renderMerge(view: ReviewFormView, conflict: ConflictState, merge: Merge) {
  const { t } = view;
  const theirs = draftOf(conflict.theirs);
  const label = (id: string) =>
    id === outcomeKey
      ? t.outcomeLegend
      : (conflict.theirs.items.find((item) => item.id === id)?.label ?? id);
  const text = (id: string, side: Side) =>
    id === outcomeKey
      ? outcomeText(t, side === 'mine' ? view.draft.outcome : theirs.outcome)
      : answerText(t, side === 'mine' ? view.draft.answers[id] : theirs.answers[id]);
  return html`<div class="merge" part="merge-choices">
    <p id="merge-intro">${t.mergeIntro}</p>
    ${
      conflict.pickError
        ? html`<p class="error" part="field-error" id="merge-error" role="alert">${t.pickEach}</p>`
        : nothing
    }
    ${merge.conflicts.map((id, index) => {
      const missing = conflict.pickError && !conflict.picks[id];
      return html`<fieldset class="pick" part="pick" data-item=${id}>
        <legend>${label(id)}</legend>
        ${(['mine', 'theirs'] as const).map(
          (side) => html`<label class="choice">
            <input
              type="radio"
              name="pick-${index}"
              value=${side}
              .checked=${conflict.picks[id] === side}
              aria-invalid=${missing ? 'true' : 'false'}
              aria-describedby=${missing ? 'merge-error' : nothing}
              @change=${() => view.onPick(id, side)}
            />
            <span>${side === 'mine' ? t.keepMine : t.takeTheirs}: ${text(id, side)}</span>
          </label>`,
        )}
      </fieldset>`;
    })}
    <div class="buttons">
      <button type="button" class="primary" part="save-merge" ?disabled=${view.saving} @click=${view.onSaveMerge}>
        ${t.saveMerge}
      </button>
      <button type="button" part="cancel-merge" @click=${view.onCancelMerge}>${t.cancelMerge}</button>
    </div>
  </div>`;
}
