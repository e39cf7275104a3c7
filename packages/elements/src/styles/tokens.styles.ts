import { css } from 'lit';

/** The dark defaults, for `theme="dark"` and for `theme="auto"` on a dark system. */
const dark = css`
  --_surface: var(--upward-color-surface, #181b21);
  --_surface-alt: var(--upward-color-surface-alt, #232731);
  --_text: var(--upward-color-text, #eceef2);
  --_text-muted: var(--upward-color-text-muted, #a9afbb);
  --_border: var(--upward-color-border, #3a404c);
  --_accent: var(--upward-color-accent, #8fb1ff);
  --_on-accent: var(--upward-color-on-accent, #0d1526);
  --_danger: var(--upward-color-danger, #ffb4ab);
  --_warning: var(--upward-color-warning, #f2c46d);
  --_success: var(--upward-color-success, #8fd5a6);
  --_focus: var(--upward-color-focus, #8fb1ff);
  --_shadow: var(--upward-shadow, 0 1px 2px rgb(0 0 0 / 0.4));
  color-scheme: dark;
`;

/**
 * The design tokens every element reads. A page themes Upward by setting `--upward-*` on any
 * ancestor (or on the element): each private `--_*` value takes the page's token when there is
 * one, else the light or dark default. `theme="dark"` picks the dark defaults, `theme="auto"`
 * follows the system.
 */
export const tokens = css`
  @layer upward.tokens {
    :host {
      --_font: var(--upward-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
      --_font-size: var(--upward-font-size, 1rem);
      --_radius: var(--upward-radius, 0.5rem);
      --_space: var(--upward-space, 0.25rem);
      --_surface: var(--upward-color-surface, #ffffff);
      --_surface-alt: var(--upward-color-surface-alt, #f4f5f7);
      --_text: var(--upward-color-text, #1d2330);
      --_text-muted: var(--upward-color-text-muted, #545b69);
      --_border: var(--upward-color-border, #d3d7de);
      --_accent: var(--upward-color-accent, #2d5bd0);
      --_on-accent: var(--upward-color-on-accent, #ffffff);
      --_danger: var(--upward-color-danger, #b3261e);
      --_warning: var(--upward-color-warning, #8a5300);
      --_success: var(--upward-color-success, #1d6b3a);
      --_focus: var(--upward-color-focus, #2d5bd0);
      --_shadow: var(--upward-shadow, 0 1px 2px rgb(0 0 0 / 0.08));
      color-scheme: light;
    }
    :host([theme='dark']) {
      ${dark}
    }
    @media (prefers-color-scheme: dark) {
      :host([theme='auto']) {
        ${dark}
      }
    }
  }
`;
