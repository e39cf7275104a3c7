import { describeWrappers } from './wrapper-suite.js';

describeWrappers('19');
