// The drop-in file's entry (`dist/upward.js`, bundled by Vite): every element registered on
// import, plus the element classes, the events and the SDK, for pages without a build step.
import './define.js';

export * from '@upward/sdk';
export * from './index.js';
