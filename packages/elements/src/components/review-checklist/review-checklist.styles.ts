import { css } from 'lit';

export const styles = css`
  @layer upward.component {
    section[part~='base'] {
      display: grid;
      gap: calc(var(--_space) * 3);
    }
    .header {
      display: grid;
      gap: calc(var(--_space) * 1);
    }
    h2 {
      margin: 0;
      font-size: 1.125em;
    }
    h3 {
      margin: 0;
      font-size: 1em;
    }
    h4 {
      margin: 0 0 calc(var(--_space) * 1);
      font-size: 0.9375em;
    }
    p {
      margin: 0;
    }
    .due {
      color: var(--_text-muted);
    }
    .due[data-overdue='true'] {
      color: var(--_danger);
      font-weight: 600;
    }
    .muted,
    .empty,
    .hint {
      color: var(--_text-muted);
    }
    .hint {
      font-size: 0.875em;
    }
    .notice {
      padding: calc(var(--_space) * 2) calc(var(--_space) * 3);
      border: 1px solid var(--_warning);
      border-radius: var(--_radius);
    }
    [part~='start'] {
      justify-self: start;
    }
    .review {
      display: grid;
      gap: calc(var(--_space) * 4);
      padding: calc(var(--_space) * 3);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface-alt);
    }
    .signals,
    .suggestion {
      display: grid;
      gap: calc(var(--_space) * 1);
    }
    .signals ul,
    .reasons,
    .changes {
      margin: 0;
      padding-inline-start: 1.25em;
    }
    [part~='signal'] {
      color: var(--_warning);
      font-weight: 600;
    }
    fieldset {
      margin: 0;
      min-inline-size: 0;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      padding: calc(var(--_space) * 2) calc(var(--_space) * 3);
      display: grid;
      gap: calc(var(--_space) * 2);
    }
    legend {
      font-weight: 600;
      padding-inline: calc(var(--_space) * 1);
    }
    .item {
      display: grid;
      gap: calc(var(--_space) * 1);
      padding-block: calc(var(--_space) * 2);
      border-block-start: 1px solid var(--_border);
    }
    .item:first-of-type {
      border-block-start: 0;
    }
    .choice {
      display: inline-flex;
      gap: calc(var(--_space) * 2);
      align-items: center;
    }
    .item .choice label {
      font-weight: 600;
    }
    .note-label {
      font-size: 0.875em;
      color: var(--_text-muted);
    }
    input[type='checkbox'],
    input[type='radio'] {
      inline-size: 1.125rem;
      block-size: 1.125rem;
      margin: 0;
      accent-color: var(--_accent);
    }
    .choices {
      display: flex;
      flex-wrap: wrap;
      gap: calc(var(--_space) * 4);
    }
    .suggested-mark {
      color: var(--_text-muted);
      font-size: 0.875em;
    }
    .outcome[data-outcome='on-track'] {
      color: var(--_success);
    }
    .outcome[data-outcome='needs-attention'] {
      color: var(--_warning);
    }
    .outcome[data-outcome='at-risk'] {
      color: var(--_danger);
    }
    .error,
    .form-error {
      font-size: 0.875em;
      color: var(--_danger);
      font-weight: 600;
    }
    .buttons {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: calc(var(--_space) * 2);
    }
    .unsaved {
      color: var(--_text-muted);
      font-size: 0.875em;
    }
    .conflict,
    .confirm {
      display: grid;
      gap: calc(var(--_space) * 2);
      padding: calc(var(--_space) * 2) calc(var(--_space) * 3);
      border: 1px solid var(--_warning);
      border-radius: var(--_radius);
      background: var(--_surface);
    }
    .confirm {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
    }
    .confirm p {
      flex-basis: 100%;
    }
    .changes li {
      display: grid;
      gap: calc(var(--_space) * 0.5);
      margin-block-end: calc(var(--_space) * 2);
    }
    .side-name {
      color: var(--_text-muted);
    }
    .merge {
      display: grid;
      gap: calc(var(--_space) * 2);
    }
    .pick .choice {
      align-items: start;
    }
    .history {
      display: grid;
      gap: calc(var(--_space) * 2);
    }
    .history h3:focus {
      outline: none;
    }
    .history-list {
      margin: 0;
      padding: 0;
      list-style: none;
      display: grid;
      gap: calc(var(--_space) * 2);
    }
    .history-list > li {
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      padding: calc(var(--_space) * 2) calc(var(--_space) * 3);
    }
    summary {
      cursor: pointer;
      display: flex;
      flex-wrap: wrap;
      gap: calc(var(--_space) * 2);
      align-items: baseline;
    }
    .answers {
      margin: calc(var(--_space) * 2) 0;
      padding-inline-start: 1.25em;
    }
    .answers [data-checked='false'] > span {
      color: var(--_warning);
    }
    .note {
      color: var(--_text-muted);
      white-space: pre-wrap;
      overflow-wrap: anywhere;
    }
    [part~='more'] {
      justify-self: start;
    }
  }
`;
