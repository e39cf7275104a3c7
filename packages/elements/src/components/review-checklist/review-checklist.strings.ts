import type { components } from '@upward/sdk';
import { formatNumber as n, plural } from '../../i18n/locale.js';

type Outcome = components['schemas']['ReviewOutcome'];
type SignalCode = components['schemas']['DriftSignal']['code'];

export interface ReviewChecklistStrings {
  title: string;
  dueOn: (date: string, relative: string) => string;
  overdueSince: (date: string, relative: string) => string;
  notScheduled: string;
  empty: string;
  cannotStart: string;
  startReview: string;
  starting: string;
  started: string;
  alreadyOpen: string;
  startFailed: string;
  openTitle: (date: string) => string;
  // Drift and the suggestion
  signalsTitle: string;
  signalsIntro: string;
  noSignals: string;
  signals: {
    agenda: (senior: string, set: number, of: number, lang: string) => string;
    agendaOnly: (senior: string) => string;
    cancels: (senior: string, cancelled: number, of: number, lang: string) => string;
    gap: (days: number, cadence: number, lang: string) => string;
    neverMet: (days: number, cadence: number, lang: string) => string;
    rating: (junior: string, rating: number, lang: string) => string;
    generic: Record<SignalCode, string>;
  };
  suggestionTitle: string;
  fromActivity: (outcome: string) => string;
  fromAnswers: (unchecked: number, total: number, lang: string) => string;
  allChecked: string;
  notAnswered: string;
  // The checklist
  checklist: string;
  checklistHint: string;
  noItems: string;
  note: string;
  noteFor: (label: string) => string;
  noteTooLong: (max: number, actual: number, lang: string) => string;
  outcomeLegend: string;
  outcomeHint: string;
  outcome: Record<Outcome, string>;
  suggestedMark: string;
  save: string;
  saving: string;
  saved: string;
  nothingToSave: string;
  unsaved: string;
  complete: string;
  chooseOutcome: string;
  confirmComplete: (outcome: string) => string;
  confirm: string;
  notYet: string;
  completed: string;
  completedMeanwhile: string;
  saveFailed: string;
  offlineSave: string;
  // Two people editing
  conflict: string;
  seeTheirs: string;
  hideTheirs: string;
  merge: string;
  reload: string;
  theirChanges: string;
  noTheirChanges: string;
  theirs: string;
  yours: string;
  checked: string;
  notChecked: string;
  noOutcome: string;
  mergeIntro: string;
  keepMine: string;
  takeTheirs: string;
  pickEach: string;
  saveMerge: string;
  cancelMerge: string;
  merged: (taken: number, lang: string) => string;
  reloaded: string;
  // History
  history: string;
  noHistory: string;
  completedBy: (name: string, date: string) => string;
  completedOn: (date: string) => string;
  itemsChecked: (checked: number, total: number, lang: string) => string;
  showOlder: string;
  loadingOlder: string;
}

/** English, built in. Other languages are opt-in modules: see src/locales. */
export const reviewChecklistStrings: ReviewChecklistStrings = {
  title: 'Relationship review',
  dueOn: (date, relative) => `Next review due ${date} (${relative}).`,
  overdueSince: (date, relative) => `The review is overdue: it was due ${date} (${relative}).`,
  notScheduled: 'No review is scheduled: only an active or paused pair is reviewed.',
  empty:
    'No review yet. A review asks whether the pair is on track or falling back into hierarchy.',
  cannotStart: 'Reviews start once the pair is active.',
  startReview: 'Start the review',
  starting: 'Starting…',
  started: 'Review started.',
  alreadyOpen: 'A review was already open. It is shown now.',
  startFailed: 'The review could not be started.',
  openTitle: (date) => `Current review, due ${date}`,
  signalsTitle: 'What the pair’s activity shows',
  signalsIntro: 'Signs that the relationship may be falling back into hierarchy:',
  noSignals: 'No signs of drift in the pair’s recent sessions.',
  signals: {
    agenda: (senior, set, of, lang) =>
      `${senior} set ${n(lang, set)} of the last ${n(lang, of)} agendas. The junior mentor should own the agenda.`,
    agendaOnly: (senior) =>
      `${senior} set the agenda of the only session. The junior mentor should own the agenda.`,
    cancels: (senior, cancelled, of, lang) =>
      `${senior} cancelled ${n(lang, cancelled)} of the last ${n(lang, of)} sessions.`,
    gap: (days, cadence, lang) =>
      `No session for ${n(lang, days)} days, though the pair agreed to meet every ${n(lang, cadence)}.`,
    neverMet: (days, cadence, lang) =>
      `No session in the ${n(lang, days)} days since the pair started, though it agreed to meet every ${n(lang, cadence)}.`,
    rating: (junior, rating, lang) =>
      `${junior} last rated how freely they could challenge at ${n(lang, rating)} of ${n(lang, 5)}.`,
    generic: {
      'senior-sets-agenda': 'The senior has been setting most agendas.',
      'senior-cancels': 'The senior has cancelled several sessions.',
      'long-gap': 'The pair has not met for much longer than agreed.',
      'low-challenge-rating': 'The junior mentor does not feel free to challenge.',
    },
  },
  suggestionTitle: 'Suggested outcome',
  fromActivity: (outcome) => `From the pair’s activity: ${outcome}.`,
  fromAnswers: (unchecked, total, lang) =>
    plural(lang, unchecked, {
      one: `{n} of ${n(lang, total)} items is not checked.`,
      other: `{n} of ${n(lang, total)} items are not checked.`,
    }),
  allChecked: 'Every item is checked.',
  notAnswered: 'Check what holds: your answers will move the suggestion.',
  checklist: 'Checklist',
  checklistHint: 'Check each statement that holds for your pair. A note is optional.',
  noItems: 'The programme’s checklist has no items: choose an outcome.',
  note: 'Note (optional)',
  noteFor: (label) => `Note on “${label}” (optional)`,
  noteTooLong: (max, actual, lang) =>
    `At most ${n(lang, max)} characters (now ${n(lang, actual)}).`,
  outcomeLegend: 'Outcome',
  outcomeHint: 'You decide the outcome: the suggestion is only a starting point.',
  outcome: { 'on-track': 'On track', 'needs-attention': 'Needs attention', 'at-risk': 'At risk' },
  suggestedMark: '(suggested)',
  save: 'Save answers',
  saving: 'Saving…',
  saved: 'Answers saved.',
  nothingToSave: 'Nothing new to save.',
  unsaved: 'Unsaved changes',
  complete: 'Complete the review',
  chooseOutcome: 'Choose an outcome to complete the review.',
  confirmComplete: (outcome) =>
    `Complete the review as “${outcome}”? A completed review cannot be changed.`,
  confirm: 'Complete it',
  notYet: 'Not yet',
  completed: 'Review completed.',
  completedMeanwhile:
    'Someone completed this review while you were answering, so your answers were not saved in it. They are kept: start a new review and they are filled in again. The completed review is in the history below.',
  saveFailed: 'The answers could not be saved.',
  offlineSave: 'You seem to be offline. Nothing was lost: save again when you are back online.',
  conflict:
    'Someone else saved this review after you opened it. Nothing of yours was saved yet and nothing will be overwritten. Choose how to go on.',
  seeTheirs: 'See their changes',
  hideTheirs: 'Hide their changes',
  merge: 'Merge item by item',
  reload: 'Reload theirs, discard mine',
  theirChanges: 'What they changed',
  noTheirChanges: 'They saved the same answers you started from.',
  theirs: 'Theirs',
  yours: 'Yours',
  checked: 'Checked',
  notChecked: 'Not checked',
  noOutcome: 'No outcome',
  mergeIntro:
    'Everything only one of you changed is merged. You both changed these: choose which answer to keep for each.',
  keepMine: 'Keep mine',
  takeTheirs: 'Take theirs',
  pickEach: 'Choose an answer for each item.',
  saveMerge: 'Save the merge',
  cancelMerge: 'Back',
  merged: (taken, lang) =>
    plural(lang, taken, {
      zero: 'Merged and saved: all your answers kept.',
      one: 'Merged and saved: one of their answers taken, yours kept.',
      other: 'Merged and saved: {n} of their answers taken, yours kept.',
    }),
  reloaded: 'Showing the saved version. Your unsaved answers were discarded.',
  history: 'Past reviews',
  noHistory: 'No completed review yet.',
  completedBy: (name, date) => `Completed by ${name} on ${date}`,
  completedOn: (date) => `Completed on ${date}`,
  itemsChecked: (checked, total, lang) =>
    plural(lang, total, {
      one: `${n(lang, checked)} of {n} item checked`,
      other: `${n(lang, checked)} of {n} items checked`,
    }),
  showOlder: 'Show older reviews',
  loadingOlder: 'Loading older reviews…',
};
