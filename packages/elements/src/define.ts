// The self-registering entry, for pages that only drop tags in: `import '@upward/elements/define'`.
// Each import registers one `upward-*` tag (and declares its type for TypeScript).
import './components/provider/provider.js';
import './components/pair-card/pair-card.js';
import './components/session-log/session-log.js';
import './components/feedback-form/feedback-form.js';
import './components/review-checklist/review-checklist.js';
