/** The little of jsdom's API the hydration test uses (the workspace has jsdom but not @types/jsdom). */
declare module 'jsdom' {
  export class JSDOM {
    constructor(html?: string, options?: { readonly pretendToBeVisual?: boolean; readonly url?: string });
    readonly window: Window & typeof globalThis;
  }
}
