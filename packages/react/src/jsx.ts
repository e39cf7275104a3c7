// JSX types for the `upward-*` tags in React 19, which sets a custom element's props as
// properties when the element has one of that name (else as attributes) and turns `on<event>`
// props into listeners of `<event>`, names kept as written: `onupward-state-changed`.
// Opt in once: `import type {} from '@upward/react/jsx'`. For React 17 and 18 (which only set
// string attributes), use the components of `@upward/react` instead.
//
// Text, number and boolean values are typed under their attribute names (`pair-id`), which also
// render on the server; objects and functions under their property names (`getToken`).
import type {
  UpwardElement,
  UpwardFeedbackForm,
  UpwardFeedbackPendingEvent,
  UpwardFeedbackSubmittedEvent,
  UpwardPairCard,
  UpwardProvider,
  UpwardReviewChecklist,
  UpwardReviewCompletedEvent,
  UpwardReviewSavedEvent,
  UpwardReviewStartedEvent,
  UpwardSessionDeletedEvent,
  UpwardSessionLog,
  UpwardSessionLoggedEvent,
  UpwardSessionUpdatedEvent,
  UpwardStateChangedEvent,
} from '@upward/elements';
import type { DetailedHTMLProps, HTMLAttributes } from 'react';

type Listener<E extends Event> = (event: E) => void;

/** React's props of any HTML element (`id`, `className`, `slot`, `ref`, `children`, …), plus `class`. */
export type UpwardTagProps<E extends HTMLElement> = DetailedHTMLProps<HTMLAttributes<E>, E> & {
  class?: string;
};

/** The base class of every data element (all but the provider). */
type DataElement = UpwardElement<unknown>;

/** How an element reaches the API: `base-url` with `token` or `getToken`, or a `client`. */
export interface UpwardConnectionProps {
  /** The API's address (e.g. `https://upward.example.com`, without `/v1`). */
  'base-url'?: string;
  /** A bearer token. For tokens that expire, set `getToken`. */
  token?: string;
  /** Called when a token is needed, and again once when the server refuses one. */
  getToken?: UpwardProvider['getToken'];
  /** An SDK client of your own (`createUpwardClient` of `@upward/sdk`). */
  client?: UpwardProvider['client'];
}

/** What every data element (all but the provider) takes. */
export interface UpwardDataElementProps extends UpwardConnectionProps {
  /** The pair to show. */
  'pair-id'?: string;
  /** `light` (default), `dark`, or `auto` to follow the system. */
  theme?: DataElement['theme'];
  /** The data state changed (`event.state`: loading, ready, empty, error, offline, idle). */
  'onupward-state-changed'?: Listener<UpwardStateChangedEvent>;
}

export type UpwardProviderProps = UpwardTagProps<UpwardProvider> & UpwardConnectionProps;

export type UpwardPairCardProps = UpwardTagProps<UpwardPairCard> &
  UpwardDataElementProps & {
    /** `default` or `compact`. */
    variant?: UpwardPairCard['variant'];
    /** Shows each person's department. */
    'show-departments'?: boolean;
  };

export type UpwardSessionLogProps = UpwardTagProps<UpwardSessionLog> &
  UpwardDataElementProps & {
    'onupward-session-logged'?: Listener<UpwardSessionLoggedEvent>;
    'onupward-session-updated'?: Listener<UpwardSessionUpdatedEvent>;
    'onupward-session-deleted'?: Listener<UpwardSessionDeletedEvent>;
  };

export type UpwardFeedbackFormProps = UpwardTagProps<UpwardFeedbackForm> &
  UpwardDataElementProps & {
    /** The name of the value in a form's data (the feedback as JSON). */
    name?: string;
    disabled?: boolean;
    /** The first wait, in ms, before feedback kept after a network failure is sent again. */
    'retry-delay'?: number;
    /** Where drafts and unsent feedback are kept; `localStorage` by default. */
    storage?: UpwardFeedbackForm['storage'];
    'onupward-feedback-submitted'?: Listener<UpwardFeedbackSubmittedEvent>;
    'onupward-feedback-pending'?: Listener<UpwardFeedbackPendingEvent>;
    /** The native `change` event: a rating, a theme, the visibility or the comment changed. */
    onchange?: Listener<Event>;
  };

export type UpwardReviewChecklistProps = UpwardTagProps<UpwardReviewChecklist> &
  UpwardDataElementProps & {
    'onupward-review-started'?: Listener<UpwardReviewStartedEvent>;
    'onupward-review-saved'?: Listener<UpwardReviewSavedEvent>;
    'onupward-review-completed'?: Listener<UpwardReviewCompletedEvent>;
  };

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'upward-provider': UpwardProviderProps;
      'upward-pair-card': UpwardPairCardProps;
      'upward-session-log': UpwardSessionLogProps;
      'upward-feedback-form': UpwardFeedbackFormProps;
      'upward-review-checklist': UpwardReviewChecklistProps;
    }
  }
}
