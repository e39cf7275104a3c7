import type { components } from '@upward/sdk';
import { plural, type Translations } from '../../i18n/locale.js';

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

const en: SessionLogStrings = {
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

const de: SessionLogStrings = {
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

const ar: SessionLogStrings = {
  title: 'الجلسات',
  logSession: 'تسجيل جلسة',
  empty: 'لا جلسات بعد. سجّل أول جلسة بعد لقائكما.',
  forbidden: 'الجلسات ملك للثنائي: لا يقرؤها إلا عضواه.',
  loadingMore: 'جارٍ تحميل المزيد من الجلسات…',
  loaded: (count, lang) =>
    plural(lang, count, {
      zero: 'لا جلسات معروضة',
      one: 'جلسة واحدة معروضة',
      two: 'جلستان معروضتان',
      few: '{n} جلسات معروضة',
      many: '{n} جلسة معروضة',
      other: '{n} جلسة معروضة',
    }),
  format: { 'in-person': 'حضوريًا', video: 'فيديو', phone: 'هاتف', chat: 'دردشة' },
  agenda: { mentor: 'المرشد', mentee: 'المتعلّم', both: 'كلاهما' },
  cancelledBy: { mentor: 'ألغاها المرشد', mentee: 'ألغاها المتعلّم' },
  loggedBy: (name) => `سجّلها ${name}`,
  agendaBy: (who) => `جدول الأعمال: ${who}`,
  newSession: 'تسجيل جلسة',
  editSession: 'تعديل الجلسة',
  heldAt: 'متى',
  duration: 'المدة',
  minutes: 'دقيقة',
  formatLabel: 'الشكل',
  topics: 'المواضيع',
  topicsHint: 'افصل بين المواضيع بفواصل.',
  learnings: 'ما تعلّمه المتعلّم',
  learningsHint: 'في جملة أو جملتين: ما الجديد بالنسبة للقيادي؟',
  agendaSetBy: 'من حدّد جدول الأعمال',
  actions: 'الخطوات',
  actionText: 'الخطوة',
  actionOwner: 'من',
  actionDone: 'تمّت',
  addAction: 'إضافة خطوة',
  removeAction: 'إزالة هذه الخطوة',
  sharedNotes: 'ملاحظات لكليكما',
  sharedNotesHint: 'يراها شريكك. لا يراها قادة البرنامج أبدًا.',
  privateNote: 'ملاحظة خاصة',
  privateNoteHint: 'لن يراها أحد غيرك.',
  tookPlace: 'عُقدت',
  outcome: 'هل عُقدت؟',
  save: 'حفظ',
  saving: 'جارٍ الحفظ…',
  cancel: 'إلغاء',
  required: 'أدخل موعد انعقاد الجلسة.',
  durationRange: 'أدخل عددًا صحيحًا من الدقائق بين 1 و600.',
  tooLong: (max, actual, lang) =>
    `الحد الأقصى ${new Intl.NumberFormat(lang).format(max)} حرف (الآن ${new Intl.NumberFormat(lang).format(actual)}).`,
  tooManyTopics: 'عشرون موضوعًا مختلفًا على الأكثر.',
  topicTooLong: 'لا يتجاوز كل موضوع 80 حرفًا.',
  fixErrors: (count, lang) =>
    plural(lang, count, {
      one: 'يرجى تصحيح الحقل المحدّد أدناه.',
      two: 'يرجى تصحيح الحقلين المحدّدين أدناه.',
      other: 'يرجى تصحيح الحقول المحدّدة أدناه ({n}).',
    }),
  logged: 'سُجّلت الجلسة.',
  updated: 'حُفظت الجلسة.',
  deleted: 'حُذفت الجلسة.',
  conflict: 'غيّر شريكك هذه الجلسة بعد أن فتحتها. لم يُحفظ شيء. اختر النسخة التي تبقى.',
  showTheirs: 'عرض نسخته',
  keepMine: 'حفظ نسختي بدلًا منها',
  saveFailed: 'تعذّر حفظ الجلسة.',
  offlineSave: 'يبدو أنك غير متصل. لم يضِع شيء: احفظ مرة أخرى عند عودة الاتصال.',
  close: 'إغلاق',
  edit: 'تعديل',
  delete: 'حذف',
  confirmDelete: 'حذف هذه الجلسة لكليكما؟ لا يمكن التراجع عن ذلك.',
  keep: 'إبقاؤها',
  onlyYou: 'أنت وحدك ترى هذا.',
  noLearnings: 'لم تُدوَّن أي تعلّمات.',
};

export const sessionLogStrings: Translations<SessionLogStrings> = { en, de, ar };
