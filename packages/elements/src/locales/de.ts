// German: every string of every element, as one `UpwardTranslation`. Importing this module
// registers it, and elements already on the page re-render:
// `import '@upward/elements/locales/de';`

import type { FeedbackFormStrings } from '../components/feedback-form/feedback-form.strings.js';
import type { PairCardStrings } from '../components/pair-card/pair-card.strings.js';
import type { ReviewChecklistStrings } from '../components/review-checklist/review-checklist.strings.js';
import type { SessionLogStrings } from '../components/session-log/session-log.strings.js';
import type { CommonStrings } from '../i18n/common.strings.js';
import {
  formatList as list,
  formatNumber as n,
  formatNumber as number,
  plural,
} from '../i18n/locale.js';
import { registerTranslation, type UpwardTranslation } from '../i18n/translation.js';

const common: CommonStrings = {
  loading: 'Wird geladen …',
  retry: 'Erneut versuchen',
  offline: 'Sie scheinen offline zu sein. Sobald die Verbindung zurück ist, wird neu geladen.',
  signedOut: 'Melden Sie sich an, um dies zu sehen.',
  unauthorized: 'Ihre Anmeldung ist abgelaufen. Melden Sie sich erneut an.',
  forbidden: 'Sie haben keinen Zugriff darauf.',
  notFound: 'Das wurde nicht gefunden. Vielleicht wurde es entfernt.',
  failed: 'Beim Laden ist etwas schiefgegangen.',
  reference: (id) => `Referenz: ${id}`,
};

const pairCard: PairCardStrings = {
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

const sessionLog: SessionLogStrings = {
  title: 'Treffen',
  logSession: 'Treffen eintragen',
  empty: 'Noch keine Treffen. Tragen Sie das erste nach Ihrem Treffen ein.',
  forbidden: 'Treffen gehören dem Paar: nur seine beiden Mitglieder können sie lesen.',
  loadingMore: 'Weitere Treffen werden geladen …',
  loaded: (count, lang) =>
    plural(lang, count, { one: '{n} Treffen angezeigt', other: '{n} Treffen angezeigt' }),
  format: { 'in-person': 'Vor Ort', video: 'Video', phone: 'Telefon', chat: 'Chat' },
  agenda: { mentor: 'Mentor:in', mentee: 'Lernende:r', both: 'Beide' },
  cancelledBy: { mentor: 'Von Mentor:in abgesagt', mentee: 'Von Lernender:m abgesagt' },
  loggedBy: (name) => `Eingetragen von ${name}`,
  agendaBy: (who) => `Agenda: ${who}`,
  newSession: 'Treffen eintragen',
  editSession: 'Treffen bearbeiten',
  heldAt: 'Wann',
  duration: 'Dauer',
  minutes: 'Minuten',
  formatLabel: 'Form',
  topics: 'Themen',
  topicsHint: 'Themen mit Kommas trennen.',
  learnings: 'Was die lernende Person gelernt hat',
  learningsHint: 'In ein, zwei Sätzen: Was war für die Führungskraft neu?',
  agendaSetBy: 'Wer hat die Agenda bestimmt',
  actions: 'Vereinbarte Schritte',
  actionText: 'Schritt',
  actionOwner: 'Wer',
  actionDone: 'Erledigt',
  addAction: 'Schritt hinzufügen',
  removeAction: 'Diesen Schritt entfernen',
  sharedNotes: 'Notizen für Sie beide',
  sharedNotesHint: 'Ihr Gegenüber sieht sie, die Programmleitung nie.',
  privateNote: 'Private Notiz',
  privateNoteHint: 'Nur Sie werden das je sehen.',
  tookPlace: 'Hat stattgefunden',
  outcome: 'Hat es stattgefunden?',
  save: 'Speichern',
  saving: 'Wird gespeichert …',
  cancel: 'Abbrechen',
  required: 'Geben Sie an, wann das Treffen war.',
  durationRange: 'Geben Sie ganze Minuten von 1 bis 600 an.',
  tooLong: (max, actual, lang) =>
    `Höchstens ${new Intl.NumberFormat(lang).format(max)} Zeichen (jetzt ${new Intl.NumberFormat(lang).format(actual)}).`,
  tooManyTopics: 'Höchstens 20 verschiedene Themen.',
  topicTooLong: 'Jedes Thema darf höchstens 80 Zeichen haben.',
  fixErrors: (count, lang) =>
    plural(lang, count, {
      one: 'Bitte korrigieren Sie das markierte Feld.',
      other: 'Bitte korrigieren Sie die {n} markierten Felder.',
    }),
  logged: 'Treffen eingetragen.',
  updated: 'Treffen gespeichert.',
  deleted: 'Treffen gelöscht.',
  conflict:
    'Ihr Gegenüber hat dieses Treffen geändert, nachdem Sie es geöffnet haben. Nichts wurde gespeichert. Wählen Sie, welche Fassung bleibt.',
  showTheirs: 'Andere Fassung anzeigen',
  keepMine: 'Meine Fassung speichern',
  saveFailed: 'Das Treffen konnte nicht gespeichert werden.',
  offlineSave:
    'Sie scheinen offline zu sein. Nichts ist verloren: Speichern Sie erneut, wenn die Verbindung zurück ist.',
  close: 'Schließen',
  edit: 'Bearbeiten',
  delete: 'Löschen',
  confirmDelete: 'Dieses Treffen für Sie beide löschen? Das lässt sich nicht rückgängig machen.',
  keep: 'Behalten',
  onlyYou: 'Nur Sie sehen das.',
  noLearnings: 'Keine Erkenntnisse notiert.',
};

const feedbackForm: FeedbackFormStrings = {
  title: 'Feedback',
  heading: (partner) => `Ihr Feedback zur Zusammenarbeit mit ${partner}`,
  intro: {
    upward:
      'Sie sind Mentor:in, Ihre Sicht zählt hier am meisten: Wie fühlt sich die Beziehung für Sie an? Gesendet wird erst, wenn Sie „Feedback senden“ wählen.',
    downward:
      'Wie fühlt sich die Beziehung für Sie als lernende Person an? Gesendet wird erst, wenn Sie „Feedback senden“ wählen.',
  },
  notMember: 'Feedback geben nur die beiden Mitglieder des Paars.',
  upwardOnly: 'In diesem Programm gibt nur die Mentorin oder der Mentor Feedback.',
  notStarted: 'Feedback ist möglich, sobald das Paar begonnen hat.',
  ratingsLegend: 'Bewertungen',
  scale: '1 = gar nicht, 5 = voll und ganz.',
  question: {
    safety: 'Wie sicher fühlt es sich an, offen zu sprechen?',
    learning: 'Wie viel wird gelernt?',
    statusFree: 'Wie frei von Rang und Status fühlt es sich an?',
    couldChallenge: 'Konnten Sie Ihrem Gegenüber widersprechen, wenn Sie anderer Meinung waren?',
  },
  optional: '(optional)',
  point: (value, rank) =>
    rank === 1 ? `${value}, gar nicht` : rank === 5 ? `${value}, voll und ganz` : value,
  ratingRequired: 'Wählen Sie eine Bewertung von 1 bis 5.',
  comment: 'Kommentar',
  commentHint:
    'Was lief gut, was könnte sich ändern? Reiner Text; Zeilenumbrüche bleiben erhalten.',
  count: (length, max, lang) => `${number(lang, length)} von ${number(lang, max)} Zeichen`,
  tooLong: (max, actual, lang) =>
    `Höchstens ${number(lang, max)} Zeichen (jetzt ${number(lang, actual)}). Nichts wurde abgeschnitten: Bitte kürzen Sie selbst.`,
  themes: 'Themen, die Sorgen machen',
  themesHint: (k, lang) =>
    `Kreuzen Sie an, was zur Sprache kam. Themen werden außerdem programmweit gezählt, ohne Namen, sobald mindestens ${number(lang, k)} Paare dasselbe genannt haben.`,
  tooManyThemes: 'Wählen Sie höchstens 10 Themen.',
  visibilityLegend: 'Wer wird das lesen?',
  anonymousLabel: 'Niemand einzeln (die sicherste Wahl)',
  anonymousDetail: (partner, k, lang) =>
    `Nicht ${partner}, nicht die Programmleitung, niemand. Es zählt nur in programmweiten Themen, sobald mindestens ${number(lang, k)} Paare und ${number(lang, k)} Personen dasselbe Thema genannt haben. Nur Sie können es wieder lesen.`,
  partnerLabel: (partner) => `${partner}, Ihr Gegenüber`,
  partnerDetail: (partner) => `${partner} liest es, mit Ihrem Namen. Die Programmleitung nicht.`,
  programmeLabel: 'Die Programmleitung',
  programmeDetail: (leads, partner) =>
    `Gelesen mit Ihrem Namen von der Programmleitung${leads ? ` (${leads})` : ''} und den Upward-Admins Ihrer Organisation. Nicht von ${partner}.`,
  challengeSignal:
    'Eine niedrige Bewertung „widersprechen können“ kann außerdem als Zahl unter den Signalen der Überprüfung erscheinen, die die Programmleitung sieht; Ihr Gegenüber sieht sie dort nie.',
  names: (names, more, lang) => list(lang, names, more ? 'weitere' : undefined),
  send: 'Feedback senden',
  sending: 'Wird gesendet …',
  fixErrors: (count, lang) =>
    plural(lang, count, {
      one: 'Bitte korrigieren Sie das markierte Feld.',
      other: 'Bitte korrigieren Sie die {n} markierten Felder.',
    }),
  saveFailed: 'Das Feedback konnte nicht gesendet werden.',
  returned:
    'Der Server hat es nicht angenommen, daher steht es wieder im Formular: nichts ging verloren.',
  draftSaved: 'Entwurf auf diesem Gerät gespeichert.',
  draftRestored: (when) => `Ihr Entwurf vom ${when} wurde wiederhergestellt.`,
  storageUnavailable:
    'Dieser Browser lässt das Formular keinen Entwurf speichern: Senden Sie, bevor Sie die Seite verlassen.',
  pendingTitle: 'Wartet auf das Senden',
  pendingBody:
    'Ihr Feedback ist auf diesem Gerät gespeichert und wird gesendet, sobald die Verbindung zurück ist. Schließen Sie die Seite, wird es beim nächsten Öffnen dieses Formulars gesendet.',
  pendingCount: (count, lang) =>
    plural(lang, count, {
      one: 'Ein Feedback wartet.',
      other: '{n} Feedbacks warten.',
    }),
  sendNow: 'Jetzt versuchen',
  pendingSignIn: 'Ihre Anmeldung ist abgelaufen. Melden Sie sich erneut an, dann wird es gesendet.',
  sentTitle: 'Danke: Ihr Feedback wurde gesendet.',
  sentAnonymous: (k, lang) =>
    `Niemand wird es einzeln lesen. Seine Themen zählen in programmweiten Zahlen, sobald mindestens ${number(lang, k)} Paare sie genannt haben.`,
  sentPartner: (partner) => `${partner} kann es jetzt lesen, mit Ihrem Namen.`,
  sentProgramme: (leads, partner) =>
    `Die Programmleitung${leads ? ` (${leads})` : ''} kann es jetzt lesen, mit Ihrem Namen. ${partner} nicht.`,
  giveMore: 'Weiteres Feedback geben',
};

const reviewChecklist: ReviewChecklistStrings = {
  title: 'Überprüfung der Beziehung',
  dueOn: (date, relative) => `Nächste Überprüfung fällig am ${date} (${relative}).`,
  overdueSince: (date, relative) =>
    `Die Überprüfung ist überfällig: fällig war sie am ${date} (${relative}).`,
  notScheduled: 'Keine Überprüfung geplant: nur aktive oder pausierte Paare werden überprüft.',
  empty:
    'Noch keine Überprüfung. Sie fragt, ob das Paar auf Kurs ist oder in die Hierarchie zurückfällt.',
  cannotStart: 'Überprüfungen beginnen, sobald das Paar aktiv ist.',
  startReview: 'Überprüfung beginnen',
  starting: 'Wird begonnen …',
  started: 'Überprüfung begonnen.',
  alreadyOpen: 'Eine Überprüfung war schon offen. Sie wird jetzt angezeigt.',
  startFailed: 'Die Überprüfung konnte nicht begonnen werden.',
  openTitle: (date) => `Aktuelle Überprüfung, fällig am ${date}`,
  signalsTitle: 'Was die Aktivität des Paars zeigt',
  signalsIntro: 'Anzeichen, dass die Beziehung in die Hierarchie zurückfallen könnte:',
  noSignals: 'Keine Anzeichen in den letzten Treffen des Paars.',
  signals: {
    agenda: (senior, set, of, lang) =>
      `${senior} hat ${n(lang, set)} der letzten ${n(lang, of)} Agenden bestimmt. Die Agenda gehört der jüngeren Mentorin bzw. dem jüngeren Mentor.`,
    agendaOnly: (senior) =>
      `${senior} hat die Agenda des einzigen Treffens bestimmt. Die Agenda gehört der jüngeren Mentorin bzw. dem jüngeren Mentor.`,
    cancels: (senior, cancelled, of, lang) =>
      `${senior} hat ${n(lang, cancelled)} der letzten ${n(lang, of)} Treffen abgesagt.`,
    gap: (days, cadence, lang) =>
      `Seit ${n(lang, days)} Tagen kein Treffen, vereinbart war alle ${n(lang, cadence)} Tage.`,
    neverMet: (days, cadence, lang) =>
      `In den ${n(lang, days)} Tagen seit dem Start noch kein Treffen, vereinbart war alle ${n(lang, cadence)} Tage.`,
    rating: (junior, rating, lang) =>
      `${junior} hat zuletzt mit ${n(lang, rating)} von ${n(lang, 5)} bewertet, wie frei Widerspruch möglich war.`,
    generic: {
      'senior-sets-agenda': 'Die Führungskraft bestimmt die meisten Agenden.',
      'senior-cancels': 'Die Führungskraft hat mehrere Treffen abgesagt.',
      'long-gap': 'Das Paar hat sich viel seltener getroffen als vereinbart.',
      'low-challenge-rating': 'Die jüngere Person fühlt sich nicht frei zu widersprechen.',
    },
  },
  suggestionTitle: 'Vorgeschlagenes Ergebnis',
  fromActivity: (outcome) => `Aus der Aktivität des Paars: ${outcome}.`,
  fromAnswers: (unchecked, total, lang) =>
    plural(lang, unchecked, {
      one: `{n} von ${n(lang, total)} Punkten ist nicht abgehakt.`,
      other: `{n} von ${n(lang, total)} Punkten sind nicht abgehakt.`,
    }),
  allChecked: 'Alle Punkte sind abgehakt.',
  notAnswered: 'Haken Sie ab, was zutrifft: Ihre Antworten verändern den Vorschlag.',
  checklist: 'Checkliste',
  checklistHint: 'Haken Sie jede Aussage ab, die für Ihr Paar zutrifft. Eine Notiz ist freiwillig.',
  noItems: 'Die Checkliste des Programms hat keine Punkte: Wählen Sie ein Ergebnis.',
  note: 'Notiz (freiwillig)',
  noteFor: (label) => `Notiz zu „${label}“ (freiwillig)`,
  noteTooLong: (max, actual, lang) =>
    `Höchstens ${n(lang, max)} Zeichen (jetzt ${n(lang, actual)}).`,
  outcomeLegend: 'Ergebnis',
  outcomeHint: 'Sie entscheiden über das Ergebnis: der Vorschlag ist nur ein Ausgangspunkt.',
  outcome: {
    'on-track': 'Auf Kurs',
    'needs-attention': 'Braucht Aufmerksamkeit',
    'at-risk': 'Gefährdet',
  },
  suggestedMark: '(vorgeschlagen)',
  save: 'Antworten speichern',
  saving: 'Wird gespeichert …',
  saved: 'Antworten gespeichert.',
  nothingToSave: 'Nichts Neues zu speichern.',
  unsaved: 'Ungespeicherte Änderungen',
  complete: 'Überprüfung abschließen',
  chooseOutcome: 'Wählen Sie ein Ergebnis, um die Überprüfung abzuschließen.',
  confirmComplete: (outcome) =>
    `Überprüfung mit „${outcome}“ abschließen? Eine abgeschlossene Überprüfung lässt sich nicht mehr ändern.`,
  confirm: 'Abschließen',
  notYet: 'Noch nicht',
  completed: 'Überprüfung abgeschlossen.',
  completedMeanwhile:
    'Jemand hat diese Überprüfung abgeschlossen, während Sie geantwortet haben; Ihre Antworten wurden darin nicht gespeichert. Sie bleiben erhalten: Beginnen Sie eine neue Überprüfung, dann sind sie wieder eingetragen. Die abgeschlossene steht unten im Verlauf.',
  saveFailed: 'Die Antworten konnten nicht gespeichert werden.',
  offlineSave:
    'Sie scheinen offline zu sein. Nichts ist verloren: Speichern Sie erneut, wenn die Verbindung zurück ist.',
  conflict:
    'Jemand anderes hat diese Überprüfung gespeichert, nachdem Sie sie geöffnet haben. Von Ihnen wurde noch nichts gespeichert und nichts wird überschrieben. Wählen Sie, wie es weitergeht.',
  seeTheirs: 'Ihre Änderungen ansehen',
  hideTheirs: 'Ihre Änderungen ausblenden',
  merge: 'Punkt für Punkt zusammenführen',
  reload: 'Deren Fassung laden, meine verwerfen',
  theirChanges: 'Was die andere Person geändert hat',
  noTheirChanges: 'Die andere Person hat dieselben Antworten gespeichert, von denen Sie ausgingen.',
  theirs: 'Andere Fassung',
  yours: 'Ihre Fassung',
  checked: 'Abgehakt',
  notChecked: 'Nicht abgehakt',
  noOutcome: 'Kein Ergebnis',
  mergeIntro:
    'Was nur eine Seite geändert hat, ist zusammengeführt. Diese Punkte haben Sie beide geändert: Wählen Sie je Punkt, welche Antwort bleibt.',
  keepMine: 'Meine behalten',
  takeTheirs: 'Deren übernehmen',
  pickEach: 'Wählen Sie für jeden Punkt eine Antwort.',
  saveMerge: 'Zusammenführung speichern',
  cancelMerge: 'Zurück',
  merged: (taken, lang) =>
    plural(lang, taken, {
      zero: 'Zusammengeführt und gespeichert: alle Ihre Antworten behalten.',
      one: 'Zusammengeführt und gespeichert: eine Antwort der anderen Person übernommen, Ihre behalten.',
      other:
        'Zusammengeführt und gespeichert: {n} Antworten der anderen Person übernommen, Ihre behalten.',
    }),
  reloaded:
    'Die gespeicherte Fassung wird angezeigt. Ihre ungespeicherten Antworten wurden verworfen.',
  history: 'Frühere Überprüfungen',
  noHistory: 'Noch keine abgeschlossene Überprüfung.',
  completedBy: (name, date) => `Abgeschlossen von ${name} am ${date}`,
  completedOn: (date) => `Abgeschlossen am ${date}`,
  itemsChecked: (checked, total, lang) =>
    plural(lang, total, {
      one: `${n(lang, checked)} von {n} Punkt abgehakt`,
      other: `${n(lang, checked)} von {n} Punkten abgehakt`,
    }),
  showOlder: 'Ältere Überprüfungen zeigen',
  loadingOlder: 'Ältere Überprüfungen werden geladen …',
};

export const de: UpwardTranslation = {
  common,
  pairCard,
  sessionLog,
  feedbackForm,
  reviewChecklist,
};

registerTranslation('de', de);
