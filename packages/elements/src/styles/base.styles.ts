import { css } from 'lit';

/** What every element shares: box, type, buttons, fields, the state messages. */
export const base = css`
  @layer upward.base {
    :host {
      display: block;
      box-sizing: border-box;
      font-family: var(--_font);
      font-size: var(--_font-size);
      line-height: 1.45;
      color: var(--_text);
    }
    :host([hidden]) {
      display: none;
    }
    *,
    *::before,
    *::after {
      box-sizing: inherit;
    }
    [part~='base'] {
      background: var(--_surface);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      box-shadow: var(--_shadow);
      padding: calc(var(--_space) * 4);
    }
    :focus-visible {
      outline: 2px solid var(--_focus);
      outline-offset: 2px;
    }
    button {
      font: inherit;
      cursor: pointer;
      border-radius: calc(var(--_radius) * 0.75);
      padding: calc(var(--_space) * 1.5) calc(var(--_space) * 3);
      border: 1px solid var(--_border);
      background: var(--_surface);
      color: var(--_text);
      min-height: 2.25rem;
    }
    button.primary {
      background: var(--_accent);
      border-color: var(--_accent);
      color: var(--_on-accent);
    }
    button.danger {
      color: var(--_danger);
      border-color: currentColor;
    }
    button:disabled {
      cursor: not-allowed;
      opacity: 0.6;
    }
    .status {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: calc(var(--_space) * 3);
      color: var(--_text-muted);
    }
    .status[data-kind='error'] {
      color: var(--_danger);
    }
    .skeleton {
      display: block;
      height: 0.9em;
      margin-block: calc(var(--_space) * 2);
      border-radius: var(--_radius);
      background: var(--_surface-alt);
    }
    .skeleton.short {
      inline-size: 40%;
    }
    .chips {
      display: flex;
      flex-wrap: wrap;
      gap: calc(var(--_space) * 1.5);
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .chips li {
      font-size: 0.8125em;
      padding: 0.1em 0.6em;
      border-radius: 999px;
      background: var(--_surface-alt);
    }
    .visually-hidden {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
  }
`;
