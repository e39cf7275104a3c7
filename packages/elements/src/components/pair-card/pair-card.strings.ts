import type { components } from '@upward/sdk';
import { plural, type Translations } from '../../i18n/locale.js';

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

const en: PairCardStrings = {
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

const de: PairCardStrings = {
  pair: (mentor, mentee) => `${mentor} ist Mentor:in von ${mentee}`,
  mentor: 'Mentor:in',
  mentee: 'Lernende:r',
  status: {
    proposed: 'Vorgeschlagen',
    active: 'Aktiv',
    paused: 'Pausiert',
    completed: 'Abgeschlossen',
    ended: 'Beendet',
  },
  focusAreas: 'Schwerpunkte',
  nextSession: 'Nächstes Treffen',
  notPlanned: 'Noch nicht geplant',
  sessions: 'Bisherige Treffen',
  sessionCount: (count, lang) =>
    plural(lang, count, { zero: 'Noch keine', one: '{n} Treffen', other: '{n} Treffen' }),
  lastReview: 'Letzte Überprüfung',
  noReview: 'Noch keine Überprüfung',
  outcome: {
    'on-track': 'Auf Kurs',
    'needs-attention': 'Braucht Aufmerksamkeit',
    'at-risk': 'Gefährdet',
  },
  reviewDue: 'Nächste Überprüfung fällig',
  overdue: 'überfällig',
};

const ar: PairCardStrings = {
  pair: (mentor, mentee) => `${mentor} يرشد ${mentee}`,
  mentor: 'المرشد',
  mentee: 'المتعلّم',
  status: {
    proposed: 'مقترح',
    active: 'نشط',
    paused: 'متوقف مؤقتًا',
    completed: 'مكتمل',
    ended: 'منتهٍ',
  },
  focusAreas: 'مجالات التركيز',
  nextSession: 'الجلسة التالية',
  notPlanned: 'لم تُحدَّد بعد',
  sessions: 'الجلسات حتى الآن',
  sessionCount: (count, lang) =>
    plural(lang, count, {
      zero: 'لا جلسات بعد',
      one: 'جلسة واحدة',
      two: 'جلستان',
      few: '{n} جلسات',
      many: '{n} جلسة',
      other: '{n} جلسة',
    }),
  lastReview: 'آخر مراجعة',
  noReview: 'لا مراجعة بعد',
  outcome: {
    'on-track': 'على المسار الصحيح',
    'needs-attention': 'يحتاج إلى اهتمام',
    'at-risk': 'معرّض للخطر',
  },
  reviewDue: 'موعد المراجعة التالية',
  overdue: 'متأخرة',
};

export const pairCardStrings: Translations<PairCardStrings> = { en, de, ar };
