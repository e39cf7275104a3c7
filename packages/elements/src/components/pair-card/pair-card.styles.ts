import { css } from 'lit';

export const styles = css`
  @layer upward.component {
    article {
      display: grid;
      gap: calc(var(--_space) * 3);
    }
    .people {
      display: grid;
      grid-template-columns: 1fr 1fr;
      gap: calc(var(--_space) * 3);
    }
    .person {
      display: flex;
      align-items: center;
      gap: calc(var(--_space) * 2.5);
      min-inline-size: 0;
    }
    .avatar {
      flex: none;
      display: grid;
      place-items: center;
      inline-size: 2.5rem;
      block-size: 2.5rem;
      border-radius: 50%;
      font-weight: 600;
      background: var(--_accent);
      color: var(--_on-accent);
    }
    .mentee .avatar {
      background: var(--_surface-alt);
      color: var(--_text);
      border: 1px solid var(--_border);
    }
    .who {
      display: grid;
      min-inline-size: 0;
    }
    .name {
      font-weight: 600;
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
    }
    .role {
      color: var(--_text-muted);
      font-size: 0.875em;
    }
    .header {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: calc(var(--_space) * 2);
    }
    .badge {
      font-size: 0.8125em;
      font-weight: 600;
      padding: 0.1em 0.6em;
      border-radius: 999px;
      border: 1px solid currentColor;
      color: var(--_text-muted);
    }
    .badge[data-status='active'] {
      color: var(--_success);
    }
    .badge[data-status='paused'] {
      color: var(--_warning);
    }
    dl.details {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(10rem, 1fr));
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
    .overdue {
      color: var(--_danger);
    }
    .outcome[data-outcome='at-risk'] {
      color: var(--_danger);
      font-weight: 600;
    }
    .outcome[data-outcome='needs-attention'] {
      color: var(--_warning);
      font-weight: 600;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: calc(var(--_space) * 2);
    }
    .actions:not(.filled) {
      display: none;
    }
    .compact {
      grid-template-columns: 1fr auto;
      align-items: center;
      padding: calc(var(--_space) * 2.5);
    }
    .compact .people {
      gap: calc(var(--_space) * 2);
    }
    .compact .avatar {
      inline-size: 2rem;
      block-size: 2rem;
      font-size: 0.875em;
    }
    .compact p.details {
      grid-column: 1 / -1;
      margin: 0;
      color: var(--_text-muted);
    }
  }
`;
