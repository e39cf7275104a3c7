export { buildApp, loadContract } from './app.js';
export { type Config, readConfig } from './config.js';
export { type Database, openDatabase } from './db/connect.js';
export { seedDemo } from './demo/seed.js';
