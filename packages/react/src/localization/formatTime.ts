// The times the surfaces show, apart from the panel's formatting (rules, admin text) so the banner's chunk carries
// only these.

/** A local wall-clock time for display (`4:41:47 PM`). Empty for an undefined time. */
export function formatTime(at: number | undefined, locale: string): string {
  if (at === undefined || !Number.isFinite(at)) return '';
  try {
    return new Intl.DateTimeFormat(locale, { timeStyle: 'medium' }).format(at);
  } catch {
    return new Date(at).toISOString();
  }
}

/** An unambiguous UTC timestamp for support (`2024-09-22T16:41:49.000Z`). */
export function formatIsoTime(at: number | undefined): string | undefined {
  return at === undefined || !Number.isFinite(at) ? undefined : new Date(at).toISOString();
}
