/**
 * The precedence table: the diagnostic families in the order the banner weighs them. The first family with an issue
 * speaks; every other issue, in any family, counts in "+N more". Each family is a folder beside this file (its
 * catalog, selectors, banner model and telemetry); `banner.ts` and `telemetry.ts` map each id to its parts, and
 * TypeScript refuses a family listed here that one of them lacks. Adding a family: docs/architecture.md, "Add a
 * family".
 */
export const FAMILY_ORDER = ['network', 'media'] as const;

/** A family's id. */
export type FamilyId = (typeof FAMILY_ORDER)[number];
