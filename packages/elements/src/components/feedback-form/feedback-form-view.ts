// The feedback form itself: labelled native controls (radio groups for the ratings and the
// visibility, checkboxes for the themes, a textarea), each error next to its field.
import { html, nothing, type TemplateResult } from 'lit';
import {
  type Direction,
  type DraftErrors,
  type DraftField,
  type FeedbackDraft,
  limits,
  type RatingKey,
  ratingsFor,
  requiredRatings,
  type Visibility,
  visibilities,
} from './feedback-draft.js';
import type { FeedbackFormStrings } from './feedback-form.strings.js';

export interface FeedbackFormView {
  t: FeedbackFormStrings;
  lang: string;
  direction: Direction;
  partner: string;
  /** The leads' names as a list, or undefined when unknown. */
  leads: string | undefined;
  k: number;
  themes: readonly { id: string; label: string }[];
  draft: FeedbackDraft;
  errors: DraftErrors;
  sending: boolean;
  disabled: boolean;
  /** What to say under the button about the draft kept on this device. */
  draftNote: string;
  storageWarning: boolean;
  format: (value: number) => string;
  onRating: (key: RatingKey, value: number) => void;
  onComment: (value: string) => void;
  onTheme: (id: string, checked: boolean) => void;
  onVisibility: (value: Visibility) => void;
  onSubmit: (event: SubmitEvent) => void;
}

const points = [1, 2, 3, 4, 5] as const;

export function renderFeedbackForm(view: FeedbackFormView): TemplateResult {
  const { t, draft, errors } = view;
  const off = view.sending || view.disabled;
  const fieldErrors = Object.keys(errors).filter((key) => key !== 'form').length;
  return html`<form part="form" class="form" novalidate aria-labelledby="title" @submit=${view.onSubmit}>
    <p class="intro">${t.intro[view.direction]}</p>
    ${
      errors.form || fieldErrors
        ? html`<p class="form-error" part="form-error" role="alert" tabindex="-1">
            ${errors.form ?? ''} ${fieldErrors ? t.fixErrors(fieldErrors, view.lang) : nothing}
          </p>`
        : nothing
    }
    ${
      view.storageWarning
        ? html`<p class="warning" part="storage-warning">${t.storageUnavailable}</p>`
        : nothing
    }
    <fieldset class="group" part="ratings">
      <legend>${t.ratingsLegend}</legend>
      <p class="hint" id="f-scale">${t.scale}</p>
      ${ratingsFor(view.direction).map((key) => renderRating(view, key, off))}
    </fieldset>
    <div class="field" part="field" data-field="comment">
      <label for="f-comment">${t.comment} ${html`<span class="optional">${t.optional}</span>`}</label>
      <textarea
        id="f-comment"
        name="comment"
        rows="5"
        part="comment"
        .value=${draft.comment}
        ?disabled=${off}
        aria-invalid=${errors.comment ? 'true' : 'false'}
        aria-describedby="f-comment-hint f-comment-count f-comment-error"
        @input=${(event: Event) => view.onComment((event.target as HTMLTextAreaElement).value)}
      ></textarea>
      <p class="hint" id="f-comment-hint">${t.commentHint}</p>
      <p class="count" part="count" id="f-comment-count" data-over=${draft.comment.length > limits.comment ? 'true' : 'false'}>
        ${t.count(draft.comment.length, limits.comment, view.lang)}
      </p>
      ${fieldError('comment', errors)}
    </div>
    ${view.themes.length ? renderThemes(view, off) : nothing}
    ${renderVisibility(view, off)}
    <div class="buttons">
      <button type="submit" class="primary" part="send" ?disabled=${off}>
        ${view.sending ? t.sending : t.send}
      </button>
      <p class="hint" part="draft-status">${view.draftNote}</p>
    </div>
  </form>`;
}

function renderRating(view: FeedbackFormView, key: RatingKey, off: boolean) {
  const { t, draft, errors } = view;
  const error = errors[key];
  return html`<fieldset
    class="rating"
    part="field rating"
    data-field=${key}
    aria-describedby="f-scale${error ? ` f-${key}-error` : ''}"
  >
    <legend>
      ${t.question[key]}
      ${requiredRatings.includes(key) ? nothing : html`<span class="optional">${t.optional}</span>`}
    </legend>
    <div class="scale">
      ${points.map(
        (point) => html`<label class="point">
          <input
            type="radio"
            name=${key}
            value=${point}
            .checked=${draft.ratings[key] === point}
            ?disabled=${off}
            ?required=${requiredRatings.includes(key)}
            aria-invalid=${error ? 'true' : 'false'}
            aria-label=${t.point(view.format(point), point)}
            @change=${() => view.onRating(key, point)}
          />
          <span aria-hidden="true">${view.format(point)}</span>
        </label>`,
      )}
    </div>
    ${error ? html`<p class="error" part="field-error" id="f-${key}-error">${error}</p>` : nothing}
  </fieldset>`;
}

function renderThemes(view: FeedbackFormView, off: boolean) {
  const { t, draft, errors } = view;
  const error = errors.concernThemes;
  return html`<fieldset
    class="group"
    part="field themes"
    data-field="concernThemes"
    aria-describedby="f-themes-hint${error ? ' f-concernThemes-error' : ''}"
  >
    <legend>${t.themes} <span class="optional">${t.optional}</span></legend>
    <p class="hint" id="f-themes-hint">${t.themesHint(view.k, view.lang)}</p>
    <div class="choices">
      ${view.themes.map(
        (theme) => html`<label class="choice">
          <input
            type="checkbox"
            name="concernThemes"
            value=${theme.id}
            .checked=${draft.concernThemes.includes(theme.id)}
            ?disabled=${off}
            aria-invalid=${error ? 'true' : 'false'}
            @change=${(event: Event) => view.onTheme(theme.id, (event.target as HTMLInputElement).checked)}
          />
          <span>${theme.label}</span>
        </label>`,
      )}
    </div>
    ${fieldError('concernThemes', errors)}
  </fieldset>`;
}

function renderVisibility(view: FeedbackFormView, off: boolean) {
  const { t, draft, errors } = view;
  const error = errors.visibility;
  const label: Record<Visibility, string> = {
    anonymous: t.anonymousLabel,
    partner: t.partnerLabel(view.partner),
    programme: t.programmeLabel,
  };
  const detail: Record<Visibility, string> = {
    anonymous: t.anonymousDetail(view.partner, view.k, view.lang),
    partner: t.partnerDetail(view.partner),
    programme: `${t.programmeDetail(view.leads, view.partner)}${view.direction === 'upward' ? ` ${t.challengeSignal}` : ''}`,
  };
  return html`<fieldset
    class="group"
    part="field visibility"
    data-field="visibility"
    aria-describedby=${error ? 'f-visibility-error' : nothing}
  >
    <legend>${t.visibilityLegend}</legend>
    ${visibilities.map(
      (value) => html`<label class="option" part="visibility-option" data-value=${value}>
        <input
          type="radio"
          name="visibility"
          value=${value}
          .checked=${draft.visibility === value}
          ?disabled=${off}
          aria-describedby="f-visibility-${value}"
          @change=${() => view.onVisibility(value)}
        />
        <span class="option-text">
          <strong>${label[value]}</strong>
          <span class="detail" id="f-visibility-${value}">${detail[value]}</span>
        </span>
      </label>`,
    )}
    ${fieldError('visibility', errors)}
  </fieldset>`;
}

function fieldError(name: DraftField, errors: DraftErrors) {
  const error = errors[name];
  return error
    ? html`<p class="error" part="field-error" id="f-${name}-error">${error}</p>`
    : nothing;
}
