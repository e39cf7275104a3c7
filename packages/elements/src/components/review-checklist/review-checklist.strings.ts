import type { components } from '@upward/sdk';
import { plural, type Translations } from '../../i18n/locale.js';

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

const n = (lang: string, value: number) => new Intl.NumberFormat(lang).format(value);

const en: ReviewChecklistStrings = {
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
    'Someone completed this review while you were answering, so your answers were not saved. It is in the history below; start a new review to record them.',
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

const de: ReviewChecklistStrings = {
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
    'Jemand hat diese Überprüfung abgeschlossen, während Sie geantwortet haben; Ihre Antworten wurden nicht gespeichert. Sie steht unten im Verlauf; beginnen Sie eine neue Überprüfung, um sie festzuhalten.',
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

const ar: ReviewChecklistStrings = {
  title: 'مراجعة العلاقة',
  dueOn: (date, relative) => `موعد المراجعة التالية ${date} (${relative}).`,
  overdueSince: (date, relative) => `المراجعة متأخرة: كان موعدها ${date} (${relative}).`,
  notScheduled: 'لا مراجعة مجدولة: لا يُراجَع إلا الثنائي النشط أو المتوقف مؤقتًا.',
  empty: 'لا مراجعة بعد. تسأل المراجعة إن كان الثنائي على المسار أم يعود إلى التسلسل الهرمي.',
  cannotStart: 'تبدأ المراجعات عندما يصبح الثنائي نشطًا.',
  startReview: 'بدء المراجعة',
  starting: 'جارٍ البدء…',
  started: 'بدأت المراجعة.',
  alreadyOpen: 'كانت هناك مراجعة مفتوحة بالفعل. وهي معروضة الآن.',
  startFailed: 'تعذّر بدء المراجعة.',
  openTitle: (date) => `المراجعة الحالية، موعدها ${date}`,
  signalsTitle: 'ما يُظهره نشاط الثنائي',
  signalsIntro: 'علامات على أن العلاقة قد تعود إلى التسلسل الهرمي:',
  noSignals: 'لا علامات انحراف في الجلسات الأخيرة للثنائي.',
  signals: {
    agenda: (senior, set, of, lang) =>
      `حدّد ${senior} جدول أعمال ${n(lang, set)} من آخر ${n(lang, of)} جلسات. جدول الأعمال من حق المرشد الأصغر.`,
    agendaOnly: (senior) =>
      `حدّد ${senior} جدول أعمال الجلسة الوحيدة. جدول الأعمال من حق المرشد الأصغر.`,
    cancels: (senior, cancelled, of, lang) =>
      `ألغى ${senior} ${n(lang, cancelled)} من آخر ${n(lang, of)} جلسات.`,
    gap: (days, cadence, lang) =>
      `لا جلسة منذ ${n(lang, days)} يومًا، مع أن الاتفاق هو اللقاء كل ${n(lang, cadence)} يومًا.`,
    neverMet: (days, cadence, lang) =>
      `لا جلسة خلال ${n(lang, days)} يومًا منذ بدء الثنائي، مع أن الاتفاق هو اللقاء كل ${n(lang, cadence)} يومًا.`,
    rating: (junior, rating, lang) =>
      `قيّم ${junior} مؤخرًا حرية الاعتراض بـ ${n(lang, rating)} من ${n(lang, 5)}.`,
    generic: {
      'senior-sets-agenda': 'القيادي هو من يحدّد معظم جداول الأعمال.',
      'senior-cancels': 'ألغى القيادي عدة جلسات.',
      'long-gap': 'لم يلتقِ الثنائي منذ مدة أطول بكثير من المتفق عليها.',
      'low-challenge-rating': 'لا يشعر المرشد الأصغر بحرية الاعتراض.',
    },
  },
  suggestionTitle: 'النتيجة المقترحة',
  fromActivity: (outcome) => `من نشاط الثنائي: ${outcome}.`,
  fromAnswers: (unchecked, total, lang) =>
    plural(lang, unchecked, {
      one: `بند واحد من ${n(lang, total)} غير محدَّد.`,
      two: `بندان من ${n(lang, total)} غير محدَّدين.`,
      other: `{n} من ${n(lang, total)} بنود غير محدَّدة.`,
    }),
  allChecked: 'كل البنود محدَّدة.',
  notAnswered: 'حدّد ما ينطبق: إجاباتك ستغيّر الاقتراح.',
  checklist: 'قائمة التحقق',
  checklistHint: 'حدّد كل عبارة تنطبق على الثنائي. الملاحظة اختيارية.',
  noItems: 'لا بنود في قائمة تحقق البرنامج: اختر نتيجة.',
  note: 'ملاحظة (اختيارية)',
  noteFor: (label) => `ملاحظة على «${label}» (اختيارية)`,
  noteTooLong: (max, actual, lang) => `الحد الأقصى ${n(lang, max)} حرف (الآن ${n(lang, actual)}).`,
  outcomeLegend: 'النتيجة',
  outcomeHint: 'أنتم من يقرر النتيجة: الاقتراح مجرد نقطة بداية.',
  outcome: {
    'on-track': 'على المسار الصحيح',
    'needs-attention': 'يحتاج إلى اهتمام',
    'at-risk': 'معرّض للخطر',
  },
  suggestedMark: '(مقترحة)',
  save: 'حفظ الإجابات',
  saving: 'جارٍ الحفظ…',
  saved: 'حُفظت الإجابات.',
  nothingToSave: 'لا جديد للحفظ.',
  unsaved: 'تغييرات غير محفوظة',
  complete: 'إكمال المراجعة',
  chooseOutcome: 'اختر نتيجة لإكمال المراجعة.',
  confirmComplete: (outcome) => `إكمال المراجعة بنتيجة «${outcome}»؟ لا يمكن تغيير مراجعة مكتملة.`,
  confirm: 'إكمالها',
  notYet: 'ليس بعد',
  completed: 'اكتملت المراجعة.',
  completedMeanwhile:
    'أكمل شخص آخر هذه المراجعة أثناء إجابتك، فلم تُحفظ إجاباتك. تجدها في السجل أدناه؛ ابدأ مراجعة جديدة لتسجيلها.',
  saveFailed: 'تعذّر حفظ الإجابات.',
  offlineSave: 'يبدو أنك غير متصل. لم يضِع شيء: احفظ مرة أخرى عند عودة الاتصال.',
  conflict:
    'حفظ شخص آخر هذه المراجعة بعد أن فتحتها. لم يُحفظ شيء من إجاباتك بعد ولن يُستبدل شيء. اختر كيف تتابع.',
  seeTheirs: 'عرض تغييراته',
  hideTheirs: 'إخفاء تغييراته',
  merge: 'الدمج بندًا بندًا',
  reload: 'تحميل نسخته وتجاهل نسختي',
  theirChanges: 'ما غيّره الطرف الآخر',
  noTheirChanges: 'حفظ الطرف الآخر الإجابات نفسها التي بدأت منها.',
  theirs: 'نسخته',
  yours: 'نسختك',
  checked: 'محدَّد',
  notChecked: 'غير محدَّد',
  noOutcome: 'لا نتيجة',
  mergeIntro:
    'دُمج كل ما غيّره طرف واحد فقط. هذه البنود غيّرتماها كلاكما: اختر الإجابة التي تبقى لكل بند.',
  keepMine: 'إبقاء إجابتي',
  takeTheirs: 'أخذ إجابته',
  pickEach: 'اختر إجابة لكل بند.',
  saveMerge: 'حفظ الدمج',
  cancelMerge: 'رجوع',
  merged: (taken, lang) =>
    plural(lang, taken, {
      zero: 'دُمجت وحُفظت: أُبقيت كل إجاباتك.',
      one: 'دُمجت وحُفظت: أُخذت إجابة واحدة منه وأُبقيت إجاباتك.',
      two: 'دُمجت وحُفظت: أُخذت إجابتان منه وأُبقيت إجاباتك.',
      other: 'دُمجت وحُفظت: أُخذت {n} من إجاباته وأُبقيت إجاباتك.',
    }),
  reloaded: 'تُعرض النسخة المحفوظة. تم تجاهل إجاباتك غير المحفوظة.',
  history: 'المراجعات السابقة',
  noHistory: 'لا مراجعة مكتملة بعد.',
  completedBy: (name, date) => `أكملها ${name} في ${date}`,
  completedOn: (date) => `اكتملت في ${date}`,
  itemsChecked: (checked, total, lang) => `${n(lang, checked)} من ${n(lang, total)} بنود محدَّدة`,
  showOlder: 'عرض المراجعات الأقدم',
  loadingOlder: 'جارٍ تحميل المراجعات الأقدم…',
};

export const reviewChecklistStrings: Translations<ReviewChecklistStrings> = { en, de, ar };
