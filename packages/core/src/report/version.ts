/** The kit's version (`@call-diagnostics/core` package.json), inlined so reports need no JSON import. */
export const KIT_VERSION = '0.1.0';
