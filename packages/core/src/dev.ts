// The type of the one thing read from `process`; module-scoped, so the package needs no Node typings.
declare const process: { readonly env: { readonly NODE_ENV?: string } };

/**
 * True in a development build, false in production: `process.env.NODE_ENV !== 'production'`, read without throwing
 * where there is no `process` and no bundler replaced it (then false: stay quiet).
 *
 * Guard development-only code with `isDevelopment() && process.env.NODE_ENV !== 'production'`: bundlers (Vite,
 * webpack, Next.js, esbuild) replace `process.env.NODE_ENV` with a literal, so in production the condition is
 * `isDevelopment() && false` and, the call being free of side effects, the minifier drops the branch and its text;
 * in development the message shows even in a browser without `process`. Where nothing replaced it and `process` does
 * not exist, `isDevelopment()` is false and the unguarded read after `&&` never runs.
 */
/* @__NO_SIDE_EFFECTS__ */
export function isDevelopment(): boolean {
  try {
    return process.env.NODE_ENV !== 'production';
  } catch {
    return false;
  }
}
