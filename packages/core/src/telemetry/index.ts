export * from './applicationInsights.js';
export * from './telemetry.js';
