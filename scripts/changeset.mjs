#!/usr/bin/env node
// Runs the Changesets CLI (`pnpm changeset ...`).
// @changesets/cli 3.x declares Node ^22.11; its bin.js calls module.enableCompileCache(), which Node 20 lacks
// (TypeError: enableCompileCache is not a function). The CLI itself runs on Node 20, so on Node < 22 this wrapper
// imports it directly, skipping only that optional compile-cache call.
import module from 'node:module';

if (typeof module.enableCompileCache === 'function') module.enableCompileCache();
await import('@changesets/cli');
