import { type components, type UpwardClient, unwrap } from '@upward/sdk';
import { html, nothing, type PropertyDeclarations } from 'lit';
import { UpwardElement } from '../../base/upward-element.js';
import { base } from '../../styles/base.styles.js';
import { tokens } from '../../styles/tokens.styles.js';
import { pairCardStrings } from './pair-card.strings.js';
import { styles } from './pair-card.styles.js';

type Pair = components['schemas']['Pair'];
type Person = components['schemas']['PersonSummary'];

/**
 * Who mentors whom: the junior mentor and the senior learner side by side, as equals, with the
 * pair's focus, status, next session, sessions so far and review standing.
 *
 * @summary A reverse-mentoring pair at a glance.
 *
 * @tagname upward-pair-card
 *
 * @slot actions - Buttons or links for the pair (e.g. "Log a session"), below the details.
 * @slot empty - Shown instead of the card while no `pair-id` is set.
 *
 * @csspart base - The card.
 * @csspart header - The top row: status and focus areas.
 * @csspart status-badge - The pair's status.
 * @csspart people - The two people.
 * @csspart person - Each person; also `mentor` or `mentee`.
 * @csspart avatar - A person's initials.
 * @csspart name - A person's name.
 * @csspart role - "Mentor" or "Learner".
 * @csspart focus-areas - The list of focus areas.
 * @csspart details - The facts: next session, sessions, reviews.
 * @csspart actions - The container of the `actions` slot.
 * @csspart status - The loading, error and offline messages.
 * @csspart retry - The button that loads again after an error.
 *
 * @cssprop --upward-color-accent - Main colour (mentor avatar, focus outline).
 * @cssprop --upward-color-surface - Card background.
 * @cssprop --upward-color-surface-alt - Chips and the learner's avatar.
 * @cssprop --upward-color-text - Text.
 * @cssprop --upward-color-text-muted - Labels.
 * @cssprop --upward-color-border - Borders.
 * @cssprop --upward-color-danger - Overdue reviews, errors.
 * @cssprop --upward-radius - Corner radius.
 * @cssprop --upward-font-family - Typeface.
 *
 * @fires upward-state-changed - The data state changed (`loading`, `ready`, `error`, …).
 */
export class UpwardPairCard extends UpwardElement<Pair> {
  static override styles = [tokens, base, styles];

  static override properties: PropertyDeclarations = {
    pairId: { attribute: 'pair-id' },
    variant: { reflect: true },
    showDepartments: { type: Boolean, attribute: 'show-departments' },
    hasActions: { state: true },
  };

  /** The pair to show. */
  declare pairId: string | undefined;

  /** `compact`: one line, for lists. */
  declare variant: 'default' | 'compact';

  /** Show each person's department (off by default: the programme is status-free). */
  declare showDepartments: boolean;

  declare private hasActions: boolean;

  constructor() {
    super();
    this.variant = 'default';
    this.showDepartments = false;
    this.hasActions = false;
  }

  /** The pair as last loaded. */
  get pair(): Pair | undefined {
    return this.data;
  }

  protected override loadKey() {
    return this.pairId ? [this.pairId] : undefined;
  }

  protected override load(api: UpwardClient, signal: AbortSignal) {
    const pairId = this.pairId as string;
    return unwrap(api.GET('/v1/pairs/{pairId}', { params: { path: { pairId } }, signal }));
  }

  protected override render() {
    const pair = this.data;
    if (this.dataState !== 'ready' || !pair) {
      const status = this.renderStatus();
      return status === nothing
        ? html`<slot name="empty"></slot>`
        : html`<div part="base" lang=${this.localize.lang} dir=${this.localize.dir}>${status}</div>`;
    }
    const t = this.localize.pick('pairCard', pairCardStrings);
    const compact = this.variant === 'compact';
    return html`<article
      part="base"
      class=${compact ? 'compact' : ''}
      lang=${this.localize.lang}
      dir=${this.localize.dir}
      aria-label=${t.pair(pair.mentor.displayName, pair.mentee.displayName)}
    >
      <div part="people" class="people">
        ${this.renderPerson(pair.mentor, 'mentor', t.mentor)}
        ${this.renderPerson(pair.mentee, 'mentee', t.mentee)}
      </div>
      <div part="header" class="header">
        <span part="status-badge" class="badge" data-status=${pair.status}>${t.status[pair.status]}</span>
        ${
          pair.focusAreas.length
            ? html`<ul part="focus-areas" class="chips" aria-label=${t.focusAreas}>
                ${pair.focusAreas.map((area) => html`<li>${area}</li>`)}
              </ul>`
            : nothing
        }
      </div>
      ${compact ? this.renderCompactDetails(pair) : this.renderDetails(pair)}
      <div part="actions" class=${this.hasActions ? 'actions filled' : 'actions'}>
        <slot name="actions" @slotchange=${this.onActionsChange}></slot>
      </div>
    </article>`;
  }

  private onActionsChange(event: Event) {
    this.hasActions = (event.target as HTMLSlotElement).assignedElements().length > 0;
  }

  private renderPerson(person: Person, side: 'mentor' | 'mentee', role: string) {
    return html`<div part="person ${side}" class="person ${side}">
      <span part="avatar" class="avatar" aria-hidden="true">${initials(person.displayName)}</span>
      <span class="who">
        <span part="name" class="name">${person.displayName}</span>
        <span part="role" class="role">${role}${
          this.showDepartments && person.department ? html` · ${person.department}` : nothing
        }</span>
      </span>
    </div>`;
  }

  private renderDetails(pair: Pair) {
    const t = this.localize.pick('pairCard', pairCardStrings);
    const { stats } = pair;
    const overdue =
      stats.reviewDueAt !== null && new Date(stats.reviewDueAt).getTime() < Date.now();
    return html`<dl part="details" class="details">
      <div>
        <dt>${t.nextSession}</dt>
        <dd>${pair.nextSessionAt ? this.when(pair.nextSessionAt) : t.notPlanned}</dd>
      </div>
      <div>
        <dt>${t.sessions}</dt>
        <dd>${t.sessionCount(stats.sessions, this.localize.lang)}</dd>
      </div>
      <div>
        <dt>${t.lastReview}</dt>
        <dd>
          ${
            stats.lastReviewOutcome
              ? html`<span class="outcome" data-outcome=${stats.lastReviewOutcome}
                  >${t.outcome[stats.lastReviewOutcome]}</span
                >`
              : t.noReview
          }
        </dd>
      </div>
      ${
        stats.reviewDueAt
          ? html`<div>
              <dt>${t.reviewDue}</dt>
              <dd class=${overdue ? 'overdue' : ''}>
                ${this.when(stats.reviewDueAt)}${overdue ? html` <strong>(${t.overdue})</strong>` : nothing}
              </dd>
            </div>`
          : nothing
      }
    </dl>`;
  }

  private renderCompactDetails(pair: Pair) {
    const t = this.localize.pick('pairCard', pairCardStrings);
    return html`<p part="details" class="details">
      ${t.sessionCount(pair.stats.sessions, this.localize.lang)}
      ${pair.nextSessionAt ? html` · ${t.nextSession}: ${this.when(pair.nextSessionAt)}` : nothing}
    </p>`;
  }

  /** A date with its distance from now: "2 Dec 2026 (in 3 days)". */
  private when(value: string) {
    return html`<time datetime=${value}
      >${this.localize.date(value)} (${this.localize.relative(value)})</time
    >`;
  }
}

function initials(name: string): string {
  const words = name.trim().split(/\s+/u).filter(Boolean);
  const letters = words.length > 1 ? [words[0], words[words.length - 1]] : words;
  return letters.map((word) => Array.from(word as string)[0]?.toUpperCase() ?? '').join('');
}
