/**
 * The addon's preview entry (Storybook loads it for `addons: ['@call-diagnostics/testing/storybook']`).
 *
 * @packageDocumentation
 */
import { callDiagnosticsAnnotations } from './annotations.js';

/** The decorator, for stories that set `parameters.callDiagnostics`. */
export const decorators = callDiagnosticsAnnotations.decorators;
/** The "Call diagnostics" toolbar. */
export const globalTypes = callDiagnosticsAnnotations.globalTypes;
/** The toolbar starts on each story's own scenario. */
export const initialGlobals = callDiagnosticsAnnotations.initialGlobals;
