// @upward/react: the Upward elements as React components (@lit/react), for React 17 and 18,
// which pass every prop to a custom element as a string attribute and never listen to its
// events. The wrappers set element properties (objects and functions too) and map events to
// `on…` props. React 19 does both itself: use the tags directly with `@upward/react/jsx`.
//
// Importing this module registers every `upward-*` tag.
import '@upward/elements/define';
import { createComponent, type EventName } from '@lit/react';
import {
  UpwardFeedbackForm as UpwardFeedbackFormElement,
  type UpwardFeedbackPendingEvent,
  type UpwardFeedbackSubmittedEvent,
  UpwardPairCard as UpwardPairCardElement,
  UpwardProvider as UpwardProviderElement,
  UpwardReviewChecklist as UpwardReviewChecklistElement,
  type UpwardReviewCompletedEvent,
  type UpwardReviewSavedEvent,
  type UpwardReviewStartedEvent,
  type UpwardSessionDeletedEvent,
  UpwardSessionLog as UpwardSessionLogElement,
  type UpwardSessionLoggedEvent,
  type UpwardSessionUpdatedEvent,
  type UpwardStateChangedEvent,
} from '@upward/elements';
import React from 'react';

export type {
  DataState,
  UpwardFeedbackForm as UpwardFeedbackFormElement,
  UpwardFeedbackPendingEvent,
  UpwardFeedbackSubmittedEvent,
  UpwardPairCard as UpwardPairCardElement,
  UpwardProvider as UpwardProviderElement,
  UpwardReviewChecklist as UpwardReviewChecklistElement,
  UpwardReviewCompletedEvent,
  UpwardReviewSavedEvent,
  UpwardReviewStartedEvent,
  UpwardSessionDeletedEvent,
  UpwardSessionLog as UpwardSessionLogElement,
  UpwardSessionLoggedEvent,
  UpwardSessionUpdatedEvent,
  UpwardStateChangedEvent,
} from '@upward/elements';

const stateChanged = 'upward-state-changed' as EventName<UpwardStateChangedEvent>;

/** `<upward-provider>`: gives one API client (`baseUrl` + `token` or `getToken`, or `client`) to the elements inside. */
export const UpwardProvider = createComponent({
  react: React,
  tagName: 'upward-provider',
  elementClass: UpwardProviderElement,
  displayName: 'UpwardProvider',
});

/** `<upward-pair-card>`: a pair at a glance. */
export const UpwardPairCard = createComponent({
  react: React,
  tagName: 'upward-pair-card',
  elementClass: UpwardPairCardElement,
  displayName: 'UpwardPairCard',
  events: {
    onUpwardStateChanged: stateChanged,
  },
});

/** `<upward-session-log>`: a pair's sessions, and logging new ones. */
export const UpwardSessionLog = createComponent({
  react: React,
  tagName: 'upward-session-log',
  elementClass: UpwardSessionLogElement,
  displayName: 'UpwardSessionLog',
  events: {
    onUpwardStateChanged: stateChanged,
    onUpwardSessionLogged: 'upward-session-logged' as EventName<UpwardSessionLoggedEvent>,
    onUpwardSessionUpdated: 'upward-session-updated' as EventName<UpwardSessionUpdatedEvent>,
    onUpwardSessionDeleted: 'upward-session-deleted' as EventName<UpwardSessionDeletedEvent>,
  },
});

/** `<upward-feedback-form>`: feedback inside a pair, with who will read it said plainly. */
export const UpwardFeedbackForm = createComponent({
  react: React,
  tagName: 'upward-feedback-form',
  elementClass: UpwardFeedbackFormElement,
  displayName: 'UpwardFeedbackForm',
  events: {
    onUpwardStateChanged: stateChanged,
    onUpwardFeedbackSubmitted:
      'upward-feedback-submitted' as EventName<UpwardFeedbackSubmittedEvent>,
    onUpwardFeedbackPending: 'upward-feedback-pending' as EventName<UpwardFeedbackPendingEvent>,
    // The native `change` event (a rating, a theme, the visibility or the comment changed):
    // React's own `onChange` does not fire for custom elements in React 17 and 18.
    onChange: 'change',
  },
});

/** `<upward-review-checklist>`: a pair's periodic review. */
export const UpwardReviewChecklist = createComponent({
  react: React,
  tagName: 'upward-review-checklist',
  elementClass: UpwardReviewChecklistElement,
  displayName: 'UpwardReviewChecklist',
  events: {
    onUpwardStateChanged: stateChanged,
    onUpwardReviewStarted: 'upward-review-started' as EventName<UpwardReviewStartedEvent>,
    onUpwardReviewSaved: 'upward-review-saved' as EventName<UpwardReviewSavedEvent>,
    onUpwardReviewCompleted: 'upward-review-completed' as EventName<UpwardReviewCompletedEvent>,
  },
});
