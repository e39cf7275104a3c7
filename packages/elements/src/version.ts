/** The version of @upward/elements, checked by the define guard. Kept in step with package.json by a test. */
export const VERSION = '0.1.0';
