import { css } from 'lit';

/** Text fields and their invalid state, shared by the elements that have forms. */
export const form = css`
  @layer upward.base {
    input:not([type='radio'], [type='checkbox']),
    select,
    textarea {
      font: inherit;
      color: var(--_text);
      background: var(--_surface);
      border: 1px solid var(--_border);
      border-radius: calc(var(--_radius) * 0.75);
      padding: calc(var(--_space) * 1.5) calc(var(--_space) * 2);
      inline-size: 100%;
    }
    textarea {
      resize: vertical;
    }
    [aria-invalid='true'] {
      border-color: var(--_danger);
      outline-color: var(--_danger);
    }
  }
`;
