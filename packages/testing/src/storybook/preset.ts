/// <reference types="node" />
/**
 * The addon's preset (Node): Storybook loads it for `addons: ['@call-diagnostics/testing/storybook']`. It tells the
 * preview whether `@azure/communication-react` is installed, so a story asking for an `adapter` or `statefulClient`
 * without it gets a message naming the package. No Storybook import: presets are plain objects of functions.
 *
 * @packageDocumentation
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** Looks for `node_modules/<name>/package.json` from `start` up to the file system root. */
function isInstalled(name: string, start: string): boolean {
  let dir = resolve(start);
  for (;;) {
    if (existsSync(join(dir, 'node_modules', name, 'package.json'))) return true;
    const parent = dirname(dir);
    if (parent === dir) return false;
    dir = parent;
  }
}

/** Adds one inline script to the preview's head: `globalThis.__CALL_DIAGNOSTICS_STORYBOOK__`. */
export function previewHead(head: string | undefined, options: { readonly configDir?: string } = {}): string {
  const from = options.configDir ?? process.cwd();
  const environment = { communicationReact: isInstalled('@azure/communication-react', from) };
  return `${head ?? ''}<script>globalThis.__CALL_DIAGNOSTICS_STORYBOOK__=${JSON.stringify(environment)};</script>`;
}
