import { plural, type Translations } from '../../i18n/locale.js';
import type { Direction, RatingKey } from './feedback-draft.js';

const number = (lang: string, value: number) => new Intl.NumberFormat(lang).format(value);

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

function list(lang: string, names: readonly string[], more: string | undefined) {
  const all = more ? [...names, more] : [...names];
  return new Intl.ListFormat(lang, { type: 'conjunction' }).format(all);
}

const en: FeedbackFormStrings = {
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

const de: FeedbackFormStrings = {
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

const ar: FeedbackFormStrings = {
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

export const feedbackFormStrings: Translations<FeedbackFormStrings> = { en, de, ar };
