import type { Translations } from './locale.js';

/** What every element says about its data: loading, empty, errors, offline. */
export interface CommonStrings {
  loading: string;
  retry: string;
  offline: string;
  signedOut: string;
  unauthorized: string;
  forbidden: string;
  notFound: string;
  failed: string;
  /** The server's reference for a failure, for support. */
  reference: (requestId: string) => string;
}

const en: CommonStrings = {
  loading: 'Loading…',
  retry: 'Try again',
  offline: 'You seem to be offline. This will load again when the connection is back.',
  signedOut: 'Sign in to see this.',
  unauthorized: 'Your sign-in has expired. Sign in again to see this.',
  forbidden: 'You do not have access to this.',
  notFound: 'This could not be found. It may have been removed.',
  failed: 'Something went wrong while loading this.',
  reference: (id) => `Reference: ${id}`,
};

const de: CommonStrings = {
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

const ar: CommonStrings = {
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

export const commonStrings: Translations<CommonStrings> = { en, de, ar };
