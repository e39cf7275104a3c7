import type { components } from '@upward/sdk';
import { plural } from '../../i18n/locale.js';

type PairStatus = components['schemas']['PairStatus'];
type ReviewOutcome = components['schemas']['ReviewOutcome'];

export interface PairCardStrings {
  /** The accessible name of the card. */
  pair: (mentor: string, mentee: string) => string;
  mentor: string;
  mentee: string;
  status: Record<PairStatus, string>;
  focusAreas: string;
  nextSession: string;
  notPlanned: string;
  sessions: string;
  sessionCount: (count: number, lang: string) => string;
  lastReview: string;
  noReview: string;
  outcome: Record<ReviewOutcome, string>;
  reviewDue: string;
  overdue: string;
}

/** English, built in. Other languages are opt-in modules: see src/locales. */
export const pairCardStrings: PairCardStrings = {
  pair: (mentor, mentee) => `${mentor} mentors ${mentee}`,
  mentor: 'Mentor',
  mentee: 'Learner',
  status: {
    proposed: 'Proposed',
    active: 'Active',
    paused: 'Paused',
    completed: 'Completed',
    ended: 'Ended',
  },
  focusAreas: 'Focus areas',
  nextSession: 'Next session',
  notPlanned: 'Not planned yet',
  sessions: 'Sessions so far',
  sessionCount: (count, lang) =>
    plural(lang, count, { zero: 'None yet', one: '{n} session', other: '{n} sessions' }),
  lastReview: 'Last review',
  noReview: 'No review yet',
  outcome: { 'on-track': 'On track', 'needs-attention': 'Needs attention', 'at-risk': 'At risk' },
  reviewDue: 'Next review due',
  overdue: 'overdue',
};
