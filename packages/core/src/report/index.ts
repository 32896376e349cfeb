export * from './createSupportReport.js';
export * from './environment.js';
export * from './redact.js';
export * from './version.js';
