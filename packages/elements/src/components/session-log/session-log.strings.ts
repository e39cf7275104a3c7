import type { components } from '@upward/sdk';
import { plural } from '../../i18n/locale.js';

type Format = components['schemas']['SessionFormat'];
type AgendaSetter = components['schemas']['AgendaSetter'];

export interface SessionLogStrings {
  title: string;
  logSession: string;
  empty: string;
  forbidden: string;
  loadingMore: string;
  loaded: (count: number, lang: string) => string;
  format: Record<Format, string>;
  agenda: Record<AgendaSetter, string>;
  cancelledBy: Record<'mentor' | 'mentee', string>;
  loggedBy: (name: string) => string;
  agendaBy: (who: string) => string;
  // The form
  newSession: string;
  editSession: string;
  heldAt: string;
  duration: string;
  minutes: string;
  formatLabel: string;
  topics: string;
  topicsHint: string;
  learnings: string;
  learningsHint: string;
  agendaSetBy: string;
  actions: string;
  actionText: string;
  actionOwner: string;
  actionDone: string;
  addAction: string;
  removeAction: string;
  sharedNotes: string;
  sharedNotesHint: string;
  privateNote: string;
  privateNoteHint: string;
  tookPlace: string;
  outcome: string;
  save: string;
  saving: string;
  cancel: string;
  // Messages
  required: string;
  durationRange: string;
  tooLong: (max: number, actual: number, lang: string) => string;
  tooManyTopics: string;
  topicTooLong: string;
  fixErrors: (count: number, lang: string) => string;
  logged: string;
  updated: string;
  deleted: string;
  conflict: string;
  showTheirs: string;
  keepMine: string;
  saveFailed: string;
  offlineSave: string;
  // Details
  close: string;
  edit: string;
  delete: string;
  confirmDelete: string;
  keep: string;
  onlyYou: string;
  noLearnings: string;
}

/** English, built in. Other languages are opt-in modules: see src/locales. */
export const sessionLogStrings: SessionLogStrings = {
  title: 'Sessions',
  logSession: 'Log a session',
  empty: 'No sessions yet. Log your first one after you meet.',
  forbidden: 'Sessions belong to the pair: only its two members can read them.',
  loadingMore: 'Loading more sessions…',
  loaded: (count, lang) =>
    plural(lang, count, { one: '{n} session shown', other: '{n} sessions shown' }),
  format: { 'in-person': 'In person', video: 'Video', phone: 'Phone', chat: 'Chat' },
  agenda: { mentor: 'The mentor', mentee: 'The learner', both: 'Both' },
  cancelledBy: { mentor: 'Cancelled by the mentor', mentee: 'Cancelled by the learner' },
  loggedBy: (name) => `Logged by ${name}`,
  agendaBy: (who) => `Agenda: ${who}`,
  newSession: 'Log a session',
  editSession: 'Edit the session',
  heldAt: 'When',
  duration: 'How long',
  minutes: 'minutes',
  formatLabel: 'Format',
  topics: 'Topics',
  topicsHint: 'Separate topics with commas.',
  learnings: 'What the learner learned',
  learningsHint: 'In a sentence or two: what was new for the senior?',
  agendaSetBy: 'Who set the agenda',
  actions: 'Actions',
  actionText: 'Action',
  actionOwner: 'Who',
  actionDone: 'Done',
  addAction: 'Add an action',
  removeAction: 'Remove this action',
  sharedNotes: 'Notes for both of you',
  sharedNotesHint: 'Your partner sees these. Programme leads never do.',
  privateNote: 'Private note',
  privateNoteHint: 'Only you will ever see this.',
  tookPlace: 'It took place',
  outcome: 'Did it take place?',
  save: 'Save',
  saving: 'Saving…',
  cancel: 'Cancel',
  required: 'Enter when the session took place.',
  durationRange: 'Enter a whole number of minutes from 1 to 600.',
  tooLong: (max, actual, lang) =>
    `At most ${new Intl.NumberFormat(lang).format(max)} characters (now ${new Intl.NumberFormat(lang).format(actual)}).`,
  tooManyTopics: 'At most 20 different topics.',
  topicTooLong: 'Each topic can have at most 80 characters.',
  fixErrors: (count, lang) =>
    plural(lang, count, {
      one: 'Please correct the field marked below.',
      other: 'Please correct the {n} fields marked below.',
    }),
  logged: 'Session logged.',
  updated: 'Session saved.',
  deleted: 'Session deleted.',
  conflict:
    'Your partner changed this session after you opened it. Nothing was saved. Choose which version to keep.',
  showTheirs: 'Show their version',
  keepMine: 'Save mine over theirs',
  saveFailed: 'The session could not be saved.',
  offlineSave: 'You seem to be offline. Nothing was lost: save again when you are back online.',
  close: 'Close',
  edit: 'Edit',
  delete: 'Delete',
  confirmDelete: 'Delete this session for both of you? This cannot be undone.',
  keep: 'Keep it',
  onlyYou: 'Only you can see this.',
  noLearnings: 'No learnings noted.',
};
