import { css } from 'lit';

export const styles = css`
  @layer upward.component {
    section[part~='base'] {
      display: grid;
      gap: calc(var(--_space) * 3);
    }
    .header {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: calc(var(--_space) * 2);
    }
    h2 {
      margin: 0;
      font-size: 1.125em;
    }
    h3 {
      margin: 0 0 calc(var(--_space) * 2);
      font-size: 1em;
    }
    h4 {
      margin: calc(var(--_space) * 3) 0 calc(var(--_space) * 1);
      font-size: 0.875em;
      color: var(--_text-muted);
    }
    .list {
      max-block-size: var(--upward-session-log-max-height, 28rem);
      overflow-y: auto;
      overscroll-behavior: contain;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }
    .row {
      block-size: var(--upward-session-row-height, 4.25rem);
      overflow: hidden;
      padding: calc(var(--_space) * 2) calc(var(--_space) * 3);
      border-block-end: 1px solid var(--_border);
      cursor: pointer;
      /* Rows never change size: what the list skips is exactly rows × this height. */
      contain: strict;
      inline-size: 100%;
    }
    .row:hover,
    .row.selected {
      background: var(--_surface-alt);
    }
    .row:focus-visible {
      outline-offset: -2px;
    }
    .row[data-cancelled='true'] .line:first-child {
      color: var(--_text-muted);
    }
    .line {
      margin: 0;
      overflow: hidden;
      white-space: nowrap;
      text-overflow: ellipsis;
    }
    .summary {
      color: var(--_text-muted);
      font-size: 0.9375em;
    }
    .more,
    .empty {
      margin: 0;
      color: var(--_text-muted);
    }
    .form,
    .details {
      display: grid;
      gap: calc(var(--_space) * 3);
      padding: calc(var(--_space) * 3);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface-alt);
    }
    .grid {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(13.5rem, 1fr));
      align-items: start;
      gap: calc(var(--_space) * 3);
    }
    .field {
      display: grid;
      align-content: start;
      gap: calc(var(--_space) * 1);
      margin: 0;
      min-inline-size: 0;
    }
    fieldset.field {
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      padding: calc(var(--_space) * 2) calc(var(--_space) * 3);
    }
    label,
    legend {
      font-weight: 600;
      font-size: 0.9375em;
    }
    label.choice {
      font-weight: normal;
      display: inline-flex;
      gap: calc(var(--_space) * 1.5);
      align-items: center;
    }
    .choices {
      display: flex;
      flex-wrap: wrap;
      gap: calc(var(--_space) * 4);
    }
    input:not([type='radio'], [type='checkbox']),
    select,
    textarea {
      min-block-size: 2.25rem;
    }
    .hint {
      margin: 0;
      font-size: 0.875em;
      color: var(--_text-muted);
    }
    .error,
    .form-error {
      margin: 0;
      font-size: 0.875em;
      color: var(--_danger);
      font-weight: 600;
    }
    .conflict,
    .confirm {
      display: flex;
      flex-wrap: wrap;
      gap: calc(var(--_space) * 2);
      align-items: center;
      padding: calc(var(--_space) * 2) calc(var(--_space) * 3);
      border: 1px solid var(--_warning);
      border-radius: var(--_radius);
    }
    .conflict p,
    .confirm p {
      margin: 0;
      flex-basis: 100%;
    }
    .action-row {
      display: grid;
      grid-template-columns: 1fr auto auto auto;
      gap: calc(var(--_space) * 2);
      align-items: center;
      margin-block-end: calc(var(--_space) * 2);
    }
    .action-row input[type='text'] {
      min-inline-size: 0;
    }
    .buttons {
      display: flex;
      flex-wrap: wrap;
      gap: calc(var(--_space) * 2);
    }
    .details dl {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(9rem, 1fr));
      gap: calc(var(--_space) * 3);
      margin: 0;
    }
    dt {
      color: var(--_text-muted);
      font-size: 0.8125em;
    }
    dd {
      margin: 0;
    }
    .text {
      margin: 0;
      white-space: pre-wrap;
      overflow-wrap: anywhere;
    }
    .private {
      border-inline-start: 3px solid var(--_accent);
      padding-inline-start: calc(var(--_space) * 2);
    }
    .details .chips li {
      background: var(--_surface);
      border: 1px solid var(--_border);
    }
    .action-list {
      margin: 0;
      padding-inline-start: 1.25em;
    }
    .action-list [data-done='true'] {
      color: var(--_text-muted);
    }
  }
`;
