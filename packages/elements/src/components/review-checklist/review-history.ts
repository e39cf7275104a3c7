// The pair's completed reviews, newest first: outcome, when, who completed it; each opens (a
// native <details>, so Enter and Space work) to its answers and the signals seen then.
import type { components } from '@upward/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import type { ReviewChecklistStrings } from './review-checklist.strings.js';
import { describeSignal, type Names } from './review-suggestion.js';

type Review = components['schemas']['Review'];

export interface ReviewHistoryView {
  t: ReviewChecklistStrings;
  lang: string;
  date: (value: string) => string;
  names: Names;
  reviews: Review[];
  more: boolean;
  loadingMore: boolean;
  moreFailed: string;
  onMore: () => void;
}

export function renderReviewHistory(view: ReviewHistoryView): TemplateResult {
  const { t } = view;
  return html`<section class="history" part="history" aria-labelledby="history-title">
    <h3 id="history-title" tabindex="-1">${t.history}</h3>
    ${
      view.reviews.length
        ? html`<ol class="history-list">
            ${view.reviews.map((review) => renderEntry(view, review))}
          </ol>`
        : html`<p class="muted" part="no-history">${t.noHistory}</p>`
    }
    ${
      view.more
        ? html`<button type="button" part="more" ?disabled=${view.loadingMore} @click=${view.onMore}>
            ${view.loadingMore ? t.loadingOlder : t.showOlder}
          </button>`
        : nothing
    }
    ${view.moreFailed ? html`<p class="error" role="alert">${view.moreFailed}</p>` : nothing}
  </section>`;
}

function renderEntry(view: ReviewHistoryView, review: Review) {
  const { t } = view;
  const outcome = review.outcome;
  const when = view.date(review.completedAt ?? review.updatedAt);
  const checked = review.items.filter((item) => item.checked).length;
  return html`<li part="history-item" data-review=${review.id} data-outcome=${outcome ?? ''}>
    <details>
      <summary>
        ${
          outcome
            ? html`<strong class="outcome" data-outcome=${outcome}>${t.outcome[outcome]}</strong>`
            : nothing
        }
        <span class="when"
          >${review.completedBy ? t.completedBy(review.completedBy.displayName, when) : t.completedOn(when)}</span
        >
        <span class="muted">${t.itemsChecked(checked, review.items.length, view.lang)}</span>
      </summary>
      <ul class="answers">
        ${review.items.map(
          (item) => html`<li data-checked=${item.checked ? 'true' : 'false'}>
            <span>${item.checked ? t.checked : t.notChecked}:</span> ${item.label}
            ${item.note ? html`<p class="note">${item.note}</p>` : nothing}
          </li>`,
        )}
      </ul>
      ${
        review.driftSignals.length
          ? html`<p class="muted">${t.signalsIntro}</p>
              <ul>
                ${review.driftSignals.map(
                  (signal) => html`<li>${describeSignal(signal, t, view.names, view.lang)}</li>`,
                )}
              </ul>`
          : nothing
      }
    </details>
  </li>`;
}
