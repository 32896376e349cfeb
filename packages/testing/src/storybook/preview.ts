/**
 * The addon's preview entry (Storybook loads it for `addons: ['@call-diagnostics/testing/storybook']`).
 *
 * @packageDocumentation
 */
import { callDiagnosticsAnnotations } from './annotations.js';

/** The decorator, for stories that set `parameters.callDiagnostics`. */
export const decorators = callDiagnosticsAnnotations.decorators;
/** Loads the kit's banner and toast before a story renders. */
export const loaders = callDiagnosticsAnnotations.loaders;
/** The "Call diagnostics" toolbar. */
export const globalTypes = callDiagnosticsAnnotations.globalTypes;
/** The toolbar starts on each story's own scenario. */
export const initialGlobals = callDiagnosticsAnnotations.initialGlobals;
