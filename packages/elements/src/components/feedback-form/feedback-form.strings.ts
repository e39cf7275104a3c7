import { formatList as list, formatNumber as number, plural } from '../../i18n/locale.js';
import type { Direction, RatingKey } from './feedback-draft.js';

export interface FeedbackFormStrings {
  title: string;
  /** The heading over the form: feedback on working with the partner. */
  heading: (partner: string) => string;
  intro: Record<Direction, string>;
  // Why there is no form
  notMember: string;
  upwardOnly: string;
  notStarted: string;
  // Ratings
  ratingsLegend: string;
  scale: string;
  question: Record<RatingKey, string>;
  optional: string;
  /** The accessible name of a point of the scale, e.g. "1, not at all". */
  point: (value: string, rank: number) => string;
  ratingRequired: string;
  // Comment and themes
  comment: string;
  commentHint: string;
  count: (length: number, max: number, lang: string) => string;
  tooLong: (max: number, actual: number, lang: string) => string;
  themes: string;
  themesHint: (k: number, lang: string) => string;
  tooManyThemes: string;
  // Who reads it
  visibilityLegend: string;
  anonymousLabel: string;
  anonymousDetail: (partner: string, k: number, lang: string) => string;
  partnerLabel: (partner: string) => string;
  partnerDetail: (partner: string) => string;
  programmeLabel: string;
  /** `leads`: the leads' names as a list, or undefined when the API does not say. */
  programmeDetail: (leads: string | undefined, partner: string) => string;
  /** Upward only: where a "could challenge" rating given to the programme also shows. */
  challengeSignal: string;
  /** The names in a list ("Ana Ruiz and Jordan Reyes"); `more`: the list goes on. */
  names: (names: readonly string[], more: boolean, lang: string) => string;
  // Sending
  send: string;
  sending: string;
  fixErrors: (count: number, lang: string) => string;
  saveFailed: string;
  returned: string;
  draftSaved: string;
  draftRestored: (when: string) => string;
  storageUnavailable: string;
  // Pending
  pendingTitle: string;
  pendingBody: string;
  pendingCount: (count: number, lang: string) => string;
  sendNow: string;
  pendingSignIn: string;
  // Sent
  sentTitle: string;
  sentAnonymous: (k: number, lang: string) => string;
  sentPartner: (partner: string) => string;
  sentProgramme: (leads: string | undefined, partner: string) => string;
  giveMore: string;
}

/** English, built in. Other languages are opt-in modules: see src/locales. */
export const feedbackFormStrings: FeedbackFormStrings = {
  title: 'Feedback',
  heading: (partner) => `Your feedback on working with ${partner}`,
  intro: {
    upward:
      'You mentor, so your view counts most here: how does the relationship feel to you? Nothing is sent until you choose “Send feedback”.',
    downward:
      'How does the relationship feel to you as the learner? Nothing is sent until you choose “Send feedback”.',
  },
  notMember: 'Feedback is given by the pair’s two members only.',
  upwardOnly: 'This programme takes feedback from the mentor only.',
  notStarted: 'Feedback can be given once the pair has started.',
  ratingsLegend: 'Ratings',
  scale: '1 = not at all, 5 = fully.',
  question: {
    safety: 'How safe does it feel to speak openly?',
    learning: 'How much is being learned?',
    statusFree: 'How free of rank and status does it feel?',
    couldChallenge: 'Could you challenge your partner when you disagreed?',
  },
  optional: '(optional)',
  point: (value, rank) =>
    rank === 1 ? `${value}, not at all` : rank === 5 ? `${value}, fully` : value,
  ratingRequired: 'Choose a rating from 1 to 5.',
  comment: 'Comment',
  commentHint: 'What went well, what could change? Plain text; line breaks are kept.',
  count: (length, max, lang) => `${number(lang, length)} of ${number(lang, max)} characters`,
  tooLong: (max, actual, lang) =>
    `At most ${number(lang, max)} characters (now ${number(lang, actual)}). Nothing was cut: shorten it yourself.`,
  themes: 'Concern themes',
  themesHint: (k, lang) =>
    `Tick any that came up. Themes are also counted across the programme, without names, once at least ${number(lang, k)} pairs have raised the same one.`,
  tooManyThemes: 'Choose at most 10 themes.',
  visibilityLegend: 'Who will read this?',
  anonymousLabel: 'Nobody individually (the safest choice)',
  anonymousDetail: (partner, k, lang) =>
    `Not ${partner}, not the programme leads, nobody. It only counts in programme-wide themes, once at least ${number(lang, k)} pairs and ${number(lang, k)} people have raised the same theme. Only you can read it again.`,
  partnerLabel: (partner) => `${partner}, your partner`,
  partnerDetail: (partner) => `${partner} reads it, with your name. The programme leads do not.`,
  programmeLabel: 'The programme leads',
  programmeDetail: (leads, partner) =>
    `Read with your name by ${leads ? `the programme leads, ${leads}` : 'the programme leads'}, and by your organisation’s Upward admins. Not by ${partner}.`,
  challengeSignal:
    'A low “could challenge” rating may also show, as a number, among the review signals the leads see; your partner never sees it there.',
  names: (names, more, lang) => list(lang, names, more ? 'others' : undefined),
  send: 'Send feedback',
  sending: 'Sending…',
  fixErrors: (count, lang) =>
    plural(lang, count, {
      one: 'Please correct the field marked below.',
      other: 'Please correct the {n} fields marked below.',
    }),
  saveFailed: 'The feedback could not be sent.',
  returned: 'The server did not accept it, so it is back in the form: nothing was lost.',
  draftSaved: 'Draft saved on this device.',
  draftRestored: (when) => `Your draft from ${when} was restored.`,
  storageUnavailable:
    'This browser does not let the form keep a draft: send it before you leave the page.',
  pendingTitle: 'Waiting to be sent',
  pendingBody:
    'Your feedback is saved on this device and will be sent as soon as the connection is back. If you close the page, it is sent the next time this form opens.',
  pendingCount: (count, lang) =>
    plural(lang, count, {
      one: 'One piece of feedback is waiting.',
      other: '{n} pieces of feedback are waiting.',
    }),
  sendNow: 'Try now',
  pendingSignIn: 'Your sign-in has expired. Sign in again and it will be sent.',
  sentTitle: 'Thank you: your feedback was sent.',
  sentAnonymous: (k, lang) =>
    `Nobody will read it individually. Its concern themes count in programme-wide figures once at least ${number(lang, k)} pairs have raised them.`,
  sentPartner: (partner) => `${partner} can read it now, with your name.`,
  sentProgramme: (leads, partner) =>
    `The programme leads${leads ? ` (${leads})` : ''} can read it now, with your name. ${partner} cannot.`,
  giveMore: 'Give more feedback',
};
