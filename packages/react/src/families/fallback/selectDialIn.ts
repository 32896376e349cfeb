import type { DialInInfo } from '@call-diagnostics/core';

/** The call's own dial-in details in the store (a Teams meeting's, read once it connected). */
export const selectDialIn = (state: { readonly dialIn?: DialInInfo | undefined }): DialInInfo | undefined =>
  state.dialIn;

/** Identity: the store keeps the same details object until they change. */
export const sameDialIn = (a: unknown, b: unknown): boolean => a === b;
