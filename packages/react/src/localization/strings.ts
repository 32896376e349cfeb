import { type CallDiagnosticsStrings, enUS } from './en-US.js';

/** A partial override of {@link CallDiagnosticsStrings}, at any depth. */
export type PartialStrings<T = CallDiagnosticsStrings> = {
  readonly [K in keyof T]?: T[K] extends string ? string : PartialStrings<T[K]>;
};

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return !!value && typeof value === 'object' && !Array.isArray(value);
}

/**
 * Merges overrides over a base locale. Only keys the base has are taken, and only strings replace strings, so a
 * typo or a wrong type in an override never blanks out a message.
 */
export function mergeStrings<T extends object>(base: T, override: PartialStrings<T> | undefined): T {
  if (!override) return base;
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [key, value] of Object.entries(override)) {
    const current = out[key];
    if (current === undefined) continue;
    if (typeof current === 'string') {
      if (typeof value === 'string') out[key] = value;
    } else if (isPlainObject(current) && isPlainObject(value)) {
      out[key] = mergeStrings(current, value as never);
    }
  }
  return out as T;
}

/** Replaces `{name}` placeholders. Unknown placeholders are left as they are. */
export function formatString(template: string, values: Readonly<Record<string, string | number | undefined>>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => {
    const value = values[name];
    return value === undefined ? match : String(value);
  });
}

/** The default strings. */
export const defaultStrings: CallDiagnosticsStrings = enUS;
