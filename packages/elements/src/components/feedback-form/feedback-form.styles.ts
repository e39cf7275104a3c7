import { css } from 'lit';

export const styles = css`
  @layer upward.component {
    section[part~='base'] {
      display: grid;
      gap: calc(var(--_space) * 3);
    }
    h2 {
      margin: 0;
      font-size: 1.125em;
    }
    h3 {
      margin: 0;
      font-size: 1em;
    }
    .intro,
    .empty {
      margin: 0;
      color: var(--_text-muted);
    }
    .form {
      display: grid;
      gap: calc(var(--_space) * 4);
    }
    fieldset {
      margin: 0;
      min-inline-size: 0;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      padding: calc(var(--_space) * 2) calc(var(--_space) * 3) calc(var(--_space) * 3);
    }
    fieldset.group {
      display: grid;
      gap: calc(var(--_space) * 2);
    }
    fieldset.rating {
      border-style: none;
      padding: 0;
      display: grid;
      gap: calc(var(--_space) * 1);
    }
    legend,
    label[for] {
      font-weight: 600;
      font-size: 0.9375em;
    }
    fieldset.rating legend {
      font-weight: normal;
      padding: 0;
    }
    .optional {
      font-weight: normal;
      color: var(--_text-muted);
    }
    .scale {
      display: flex;
      flex-wrap: wrap;
      gap: calc(var(--_space) * 2);
    }
    .point {
      display: inline-flex;
      align-items: center;
      justify-content: center;
      gap: calc(var(--_space) * 1);
      min-inline-size: 2.75rem;
      min-block-size: 2.75rem;
      padding-inline: calc(var(--_space) * 2);
      border: 1px solid var(--_border);
      border-radius: calc(var(--_radius) * 0.75);
      background: var(--_surface);
      cursor: pointer;
    }
    .point:has(input:checked) {
      border-color: var(--_accent);
      box-shadow: inset 0 0 0 1px var(--_accent);
      font-weight: 600;
    }
    .point:has(input:disabled) {
      cursor: not-allowed;
      opacity: 0.6;
    }
    .field {
      display: grid;
      gap: calc(var(--_space) * 1);
    }
    .choices {
      display: grid;
      gap: calc(var(--_space) * 1.5);
    }
    .choice,
    .option {
      display: flex;
      gap: calc(var(--_space) * 2);
      align-items: start;
      cursor: pointer;
    }
    .choice input,
    .option input {
      margin-block-start: 0.25em;
      flex: none;
    }
    .option {
      padding: calc(var(--_space) * 2) calc(var(--_space) * 3);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
    }
    .option:has(input:checked) {
      border-color: var(--_accent);
      box-shadow: inset 0 0 0 1px var(--_accent);
    }
    .option-text {
      display: grid;
      gap: calc(var(--_space) * 0.5);
    }
    .detail {
      font-size: 0.875em;
      color: var(--_text-muted);
    }
    .hint,
    .count {
      margin: 0;
      font-size: 0.875em;
      color: var(--_text-muted);
    }
    .count[data-over='true'] {
      color: var(--_danger);
      font-weight: 600;
    }
    .error,
    .form-error,
    .warning {
      margin: 0;
      font-size: 0.875em;
      color: var(--_danger);
      font-weight: 600;
    }
    .warning {
      color: var(--_warning);
    }
    .buttons {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: calc(var(--_space) * 3);
    }
    .notice {
      display: grid;
      gap: calc(var(--_space) * 2);
      justify-items: start;
      padding: calc(var(--_space) * 3);
      border: 1px solid var(--_border);
      border-inline-start-width: 4px;
      border-radius: var(--_radius);
      background: var(--_surface-alt);
    }
    .notice p {
      margin: 0;
    }
    .pending {
      border-inline-start-color: var(--_warning);
    }
    .sent {
      border-inline-start-color: var(--_success);
    }
  }
`;
