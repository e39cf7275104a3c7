// One session in full, with edit and delete for its author.
import type { components } from '@upward/sdk';
import { html, nothing } from 'lit';
import type { LocalizeController } from '../../i18n/localize-controller.js';
import type { SessionLogStrings } from './session-log.strings.js';

type Session = components['schemas']['Session'];

export interface SessionDetailsView {
  t: SessionLogStrings;
  localize: LocalizeController;
  session: Session;
  own: boolean;
  confirmingDelete: boolean;
  busy: boolean;
  onClose: () => void;
  onEdit: () => void;
  onDelete: () => void;
  onConfirmDelete: () => void;
  onKeep: () => void;
}

export function renderSessionDetails(view: SessionDetailsView) {
  const { t, localize, session } = view;
  return html`<section
    part="details"
    class="details"
    aria-labelledby="details-title"
    @keydown=${(event: KeyboardEvent) => event.key === 'Escape' && view.onClose()}
  >
    <h3 id="details-title">
      ${localize.date(session.heldAt, { dateStyle: 'full', timeStyle: 'short' })}
    </h3>
    <dl>
      <div>
        <dt>${t.duration}</dt>
        <dd>${localize.number(session.durationMinutes, { style: 'unit', unit: 'minute' })}</dd>
      </div>
      <div>
        <dt>${t.formatLabel}</dt>
        <dd>${t.format[session.format]}${session.cancelledBy ? html` · <strong>${t.cancelledBy[session.cancelledBy]}</strong>` : nothing}</dd>
      </div>
      <div>
        <dt>${t.agendaSetBy}</dt>
        <dd>${t.agenda[session.agendaSetBy]}</dd>
      </div>
      ${
        session.topics.length
          ? html`<div>
              <dt>${t.topics}</dt>
              <dd><ul class="chips">${session.topics.map((topic) => html`<li>${topic}</li>`)}</ul></dd>
            </div>`
          : nothing
      }
    </dl>
    <h4>${t.learnings}</h4>
    <p class="text">${session.learnings || t.noLearnings}</p>
    ${
      session.actions.length
        ? html`<h4>${t.actions}</h4>
            <ul class="action-list">
              ${session.actions.map(
                (action) =>
                  html`<li data-done=${action.done}>${action.done ? '✓ ' : ''}${action.text} (${t.agenda[action.owner]})</li>`,
              )}
            </ul>`
        : nothing
    }
    ${session.sharedNotes ? html`<h4>${t.sharedNotes}</h4><p class="text">${session.sharedNotes}</p>` : nothing}
    ${
      session.privateNote
        ? html`<h4>${t.privateNote}</h4>
            <p class="text private">${session.privateNote}</p>
            <p class="hint">${t.onlyYou}</p>`
        : nothing
    }
    <p class="hint">${t.loggedBy(session.loggedBy.displayName)}</p>
    ${
      view.confirmingDelete
        ? html`<div class="confirm" role="alert">
            <p>${t.confirmDelete}</p>
            <button type="button" class="danger" part="confirm-delete" ?disabled=${view.busy} @click=${view.onConfirmDelete}>
              ${t.delete}
            </button>
            <button type="button" @click=${view.onKeep}>${t.keep}</button>
          </div>`
        : html`<div class="buttons">
            ${
              view.own
                ? html`<button type="button" part="edit" @click=${view.onEdit}>${t.edit}</button>
                    <button type="button" class="danger" part="delete" @click=${view.onDelete}>${t.delete}</button>`
                : nothing
            }
            <button type="button" part="close" @click=${view.onClose}>${t.close}</button>
          </div>`
    }
  </section>`;
}
