// Bundled with React 18 in place of `react` and `react-dom` (web-test-runner.config.mjs).
import { describeWrappers } from './wrapper-suite.js';

describeWrappers('18');
