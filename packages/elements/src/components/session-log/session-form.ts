// The form to log or edit a session: labelled native controls, each error next to its field.
import { html, nothing, type TemplateResult } from 'lit';
import type { ActionDraft, DraftErrors, DraftField, SessionDraft } from './session-draft.js';
import type { SessionLogStrings } from './session-log.strings.js';

export interface SessionFormView {
  t: SessionLogStrings;
  lang: string;
  draft: SessionDraft;
  errors: DraftErrors;
  editing: boolean;
  saving: boolean;
  conflict: boolean;
  onField: (field: DraftField, value: string) => void;
  onAction: (index: number, change: Partial<ActionDraft>) => void;
  onAddAction: () => void;
  onRemoveAction: (index: number) => void;
  onSubmit: (event: SubmitEvent) => void;
  onCancel: () => void;
  onShowTheirs: () => void;
  onKeepMine: () => void;
}

const formats = ['in-person', 'video', 'phone', 'chat'] as const;
const setters = ['mentor', 'mentee', 'both'] as const;

export function renderSessionForm(view: SessionFormView): TemplateResult {
  const { t, draft, errors } = view;
  const input = (field: DraftField) => (event: Event) =>
    view.onField(field, (event.target as HTMLInputElement).value);
  const fieldErrors = Object.keys(errors).filter((key) => key !== 'form').length;
  return html`<form
    part="form"
    class="form"
    novalidate
    aria-labelledby="form-title"
    @submit=${view.onSubmit}
  >
    <h3 id="form-title">${view.editing ? t.editSession : t.newSession}</h3>
    ${
      errors.form || fieldErrors
        ? html`<p class="form-error" part="form-error" role="alert">
            ${errors.form ?? ''} ${fieldErrors ? t.fixErrors(fieldErrors, view.lang) : nothing}
          </p>`
        : nothing
    }
    ${
      view.conflict
        ? html`<div class="conflict" part="conflict" role="alert">
            <p>${t.conflict}</p>
            <button type="button" @click=${view.onShowTheirs}>${t.showTheirs}</button>
            <button type="button" @click=${view.onKeepMine}>${t.keepMine}</button>
          </div>`
        : nothing
    }
    <div class="grid">
      ${field(
        'heldAt',
        t.heldAt,
        errors,
        html`<input
          id="f-heldAt"
          name="heldAt"
          type="datetime-local"
          required
          .value=${draft.heldAt}
          aria-invalid=${errors.heldAt ? 'true' : 'false'}
          aria-describedby="f-heldAt-error"
          @input=${input('heldAt')}
        />`,
      )}
      ${field(
        'durationMinutes',
        `${t.duration} (${t.minutes})`,
        errors,
        html`<input
          id="f-durationMinutes"
          name="durationMinutes"
          type="number"
          inputmode="numeric"
          min="1"
          max="600"
          step="1"
          required
          .value=${draft.durationMinutes}
          aria-invalid=${errors.durationMinutes ? 'true' : 'false'}
          aria-describedby="f-durationMinutes-error"
          @input=${input('durationMinutes')}
        />`,
      )}
      ${field(
        'format',
        t.formatLabel,
        errors,
        html`<select id="f-format" name="format" @change=${input('format')}>
          ${formats.map(
            (format) =>
              html`<option value=${format} ?selected=${draft.format === format}>${t.format[format]}</option>`,
          )}
        </select>`,
      )}
      ${field(
        'cancelledBy',
        t.outcome,
        errors,
        html`<select id="f-cancelledBy" name="cancelledBy" @change=${input('cancelledBy')}>
          <option value="" ?selected=${draft.cancelledBy === ''}>${t.tookPlace}</option>
          <option value="mentor" ?selected=${draft.cancelledBy === 'mentor'}>${t.cancelledBy.mentor}</option>
          <option value="mentee" ?selected=${draft.cancelledBy === 'mentee'}>${t.cancelledBy.mentee}</option>
        </select>`,
      )}
    </div>
    ${field(
      'topics',
      t.topics,
      errors,
      html`<input
        id="f-topics"
        name="topics"
        type="text"
        .value=${draft.topics}
        aria-invalid=${errors.topics ? 'true' : 'false'}
        aria-describedby="f-topics-hint f-topics-error"
        @input=${input('topics')}
      />`,
      t.topicsHint,
    )}
    ${field(
      'learnings',
      t.learnings,
      errors,
      textarea('learnings', 3, view, input),
      t.learningsHint,
    )}
    <fieldset class="field" part="field">
      <legend>${t.agendaSetBy}</legend>
      <div class="choices">
        ${setters.map(
          (setter) => html`<label class="choice">
            <input
              type="radio"
              name="agendaSetBy"
              value=${setter}
              .checked=${draft.agendaSetBy === setter}
              @change=${input('agendaSetBy')}
            />
            ${t.agenda[setter]}
          </label>`,
        )}
      </div>
    </fieldset>
    <fieldset class="field actions" part="field">
      <legend>${t.actions}</legend>
      ${draft.actions.map((action, index) => renderAction(view, action, index))}
      <button type="button" class="add" @click=${view.onAddAction} ?disabled=${draft.actions.length >= 20}>
        ${t.addAction}
      </button>
      ${errors.actions ? html`<p class="error" id="f-actions-error">${errors.actions}</p>` : nothing}
    </fieldset>
    ${field(
      'sharedNotes',
      t.sharedNotes,
      errors,
      textarea('sharedNotes', 3, view, input),
      t.sharedNotesHint,
    )}
    ${field(
      'privateNote',
      t.privateNote,
      errors,
      textarea('privateNote', 2, view, input),
      t.privateNoteHint,
    )}
    <div class="buttons">
      <button type="submit" class="primary" part="save" ?disabled=${view.saving}>
        ${view.saving ? t.saving : t.save}
      </button>
      <button type="button" part="cancel" @click=${view.onCancel}>${t.cancel}</button>
    </div>
  </form>`;
}

/** A textarea with its hint and error wired for assistive technology. */
function textarea(
  name: 'learnings' | 'sharedNotes' | 'privateNote',
  rows: number,
  view: SessionFormView,
  input: (field: DraftField) => (event: Event) => void,
) {
  return html`<textarea
    id="f-${name}"
    name=${name}
    rows=${rows}
    .value=${view.draft[name]}
    aria-invalid=${view.errors[name] ? 'true' : 'false'}
    aria-describedby="f-${name}-hint f-${name}-error"
    @input=${input(name)}
  ></textarea>`;
}

function field(
  name: DraftField,
  label: string,
  errors: DraftErrors,
  control: TemplateResult,
  hint?: string,
) {
  const error = errors[name];
  return html`<div class="field" part="field" data-field=${name}>
    <label for="f-${name}">${label}</label>
    ${control}
    ${hint ? html`<p class="hint" id="f-${name}-hint">${hint}</p>` : nothing}
    ${error ? html`<p class="error" part="field-error" id="f-${name}-error">${error}</p>` : nothing}
  </div>`;
}

function renderAction(view: SessionFormView, action: ActionDraft, index: number) {
  const { t } = view;
  return html`<div class="action-row" part="action">
    <label class="visually-hidden" for="f-action-${index}">${t.actionText} ${index + 1}</label>
    <input
      id="f-action-${index}"
      type="text"
      aria-describedby="f-actions-error"
      .value=${action.text}
      placeholder=${t.actionText}
      @input=${(event: Event) => view.onAction(index, { text: (event.target as HTMLInputElement).value })}
    />
    <label class="visually-hidden" for="f-action-owner-${index}">${t.actionOwner}</label>
    <select
      id="f-action-owner-${index}"
      @change=${(event: Event) =>
        view.onAction(index, {
          owner: (event.target as HTMLSelectElement).value as ActionDraft['owner'],
        })}
    >
      ${setters.map(
        (setter) =>
          html`<option value=${setter} ?selected=${action.owner === setter}>${t.agenda[setter]}</option>`,
      )}
    </select>
    <label class="choice">
      <input
        type="checkbox"
        aria-label="${t.actionDone} (${index + 1})"
        .checked=${action.done}
        @change=${(event: Event) => view.onAction(index, { done: (event.target as HTMLInputElement).checked })}
      />
      ${t.actionDone}
    </label>
    <button type="button" aria-label="${t.removeAction} (${index + 1})" @click=${() => view.onRemoveAction(index)}>
      ×
    </button>
  </div>`;
}
