// Arabic: every string of every element, as one `UpwardTranslation`. Importing this module
// registers it, and elements already on the page re-render:
// `import '@upward/elements/locales/ar';`

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
  loading: 'جارٍ التحميل…',
  retry: 'حاول مرة أخرى',
  offline: 'يبدو أنك غير متصل. سيُعاد التحميل عند عودة الاتصال.',
  signedOut: 'سجّل الدخول لرؤية هذا.',
  unauthorized: 'انتهت صلاحية تسجيل دخولك. سجّل الدخول مرة أخرى.',
  forbidden: 'ليس لديك صلاحية الوصول إلى هذا.',
  notFound: 'تعذّر العثور على هذا. ربما تمت إزالته.',
  failed: 'حدث خطأ أثناء التحميل.',
  reference: (id) => `المرجع: ${id}`,
};

const pairCard: PairCardStrings = {
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

const sessionLog: SessionLogStrings = {
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

const feedbackForm: FeedbackFormStrings = {
  title: 'الملاحظات',
  heading: (partner) => `ملاحظاتك عن العمل مع ${partner}`,
  intro: {
    upward:
      'أنت المرشد، فرأيك هو الأهم هنا: كيف تشعر بهذه العلاقة؟ لا يُرسل شيء حتى تختار «إرسال الملاحظات».',
    downward: 'كيف تشعر بهذه العلاقة بصفتك المتعلّم؟ لا يُرسل شيء حتى تختار «إرسال الملاحظات».',
  },
  notMember: 'لا يقدّم الملاحظات إلا عضوا الثنائي.',
  upwardOnly: 'في هذا البرنامج لا يقدّم الملاحظات إلا المرشد.',
  notStarted: 'يمكن تقديم الملاحظات بعد أن يبدأ الثنائي.',
  ratingsLegend: 'التقييمات',
  scale: '1 = إطلاقًا، 5 = تمامًا.',
  question: {
    safety: 'ما مدى الأمان في التحدث بصراحة؟',
    learning: 'ما مقدار ما يُتعلَّم؟',
    statusFree: 'ما مدى التحرر من الرتبة والمكانة؟',
    couldChallenge: 'هل استطعت الاعتراض على شريكك حين اختلفتما؟',
  },
  optional: '(اختياري)',
  point: (value, rank) =>
    rank === 1 ? `${value}، إطلاقًا` : rank === 5 ? `${value}، تمامًا` : value,
  ratingRequired: 'اختر تقييمًا من 1 إلى 5.',
  comment: 'تعليق',
  commentHint: 'ما الذي سار جيدًا، وما الذي يمكن أن يتغيّر؟ نص عادي؛ تُحفظ فواصل الأسطر.',
  count: (length, max, lang) => `${number(lang, length)} من ${number(lang, max)} حرف`,
  tooLong: (max, actual, lang) =>
    `الحد الأقصى ${number(lang, max)} حرف (الآن ${number(lang, actual)}). لم يُحذف شيء: اختصره بنفسك.`,
  themes: 'مواضيع مثيرة للقلق',
  themesHint: (k, lang) =>
    `اختر ما طُرح منها. تُحصى المواضيع أيضًا على مستوى البرنامج، دون أسماء، متى طرح الموضوع نفسه ${number(lang, k)} ثنائيات على الأقل.`,
  tooManyThemes: 'اختر 10 مواضيع على الأكثر.',
  visibilityLegend: 'من سيقرأ هذا؟',
  anonymousLabel: 'لا أحد بشكل فردي (الخيار الأكثر أمانًا)',
  anonymousDetail: (partner, k, lang) =>
    `لا ${partner}، ولا قادة البرنامج، ولا أحد. لا يُحتسب إلا ضمن مواضيع البرنامج العامة، متى طرح الموضوع نفسه ${number(lang, k)} ثنائيات و${number(lang, k)} أشخاص على الأقل. أنت وحدك تستطيع قراءته مجددًا.`,
  partnerLabel: (partner) => `${partner}، شريكك`,
  partnerDetail: (partner) => `يقرؤه ${partner} مع اسمك. لا يقرؤه قادة البرنامج.`,
  programmeLabel: 'قادة البرنامج',
  programmeDetail: (leads, partner) =>
    `يقرؤه قادة البرنامج${leads ? ` (${leads})` : ''} مع اسمك، وكذلك مسؤولو Upward في مؤسستك. لا يقرؤه ${partner}.`,
  challengeSignal:
    'قد يظهر تقييم منخفض لـ«القدرة على الاعتراض» أيضًا، كرقم، بين مؤشرات المراجعة التي يراها قادة البرنامج؛ ولا يراه شريكك هناك أبدًا.',
  names: (names, more, lang) => list(lang, names, more ? 'آخرون' : undefined),
  send: 'إرسال الملاحظات',
  sending: 'جارٍ الإرسال…',
  fixErrors: (count, lang) =>
    plural(lang, count, {
      one: 'يرجى تصحيح الحقل المحدّد أدناه.',
      two: 'يرجى تصحيح الحقلين المحدّدين أدناه.',
      other: 'يرجى تصحيح الحقول المحدّدة أدناه ({n}).',
    }),
  saveFailed: 'تعذّر إرسال الملاحظات.',
  returned: 'لم يقبلها الخادم، فعادت إلى النموذج: لم يضِع شيء.',
  draftSaved: 'حُفظت المسودة على هذا الجهاز.',
  draftRestored: (when) => `استُعيدت مسودتك من ${when}.`,
  storageUnavailable: 'لا يسمح هذا المتصفح للنموذج بحفظ مسودة: أرسلها قبل مغادرة الصفحة.',
  pendingTitle: 'بانتظار الإرسال',
  pendingBody:
    'ملاحظاتك محفوظة على هذا الجهاز وستُرسل فور عودة الاتصال. إن أغلقت الصفحة، فستُرسل في المرة القادمة التي يُفتح فيها هذا النموذج.',
  pendingCount: (count, lang) =>
    plural(lang, count, {
      one: 'ملاحظة واحدة بالانتظار.',
      two: 'ملاحظتان بالانتظار.',
      few: '{n} ملاحظات بالانتظار.',
      other: '{n} ملاحظة بالانتظار.',
    }),
  sendNow: 'حاول الآن',
  pendingSignIn: 'انتهت صلاحية تسجيل دخولك. سجّل الدخول مجددًا وستُرسل.',
  sentTitle: 'شكرًا لك: أُرسلت ملاحظاتك.',
  sentAnonymous: (k, lang) =>
    `لن يقرأها أحد بشكل فردي. تُحتسب مواضيعها في أرقام البرنامج العامة متى طرحها ${number(lang, k)} ثنائيات على الأقل.`,
  sentPartner: (partner) => `يستطيع ${partner} قراءتها الآن مع اسمك.`,
  sentProgramme: (leads, partner) =>
    `يستطيع قادة البرنامج${leads ? ` (${leads})` : ''} قراءتها الآن مع اسمك. لا يستطيع ${partner} ذلك.`,
  giveMore: 'تقديم ملاحظات أخرى',
};

const reviewChecklist: ReviewChecklistStrings = {
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
    'أكمل شخص آخر هذه المراجعة أثناء إجابتك، فلم تُحفظ إجاباتك فيها. إجاباتك محفوظة: ابدأ مراجعة جديدة وستُملأ من جديد. تجد المراجعة المكتملة في السجل أدناه.',
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

export const ar: UpwardTranslation = {
  common,
  pairCard,
  sessionLog,
  feedbackForm,
  reviewChecklist,
};

registerTranslation('ar', ar);
