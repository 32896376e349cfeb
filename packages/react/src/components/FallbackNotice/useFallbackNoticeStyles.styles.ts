/** Class names of the notice, for app CSS that needs a stable hook. */
export const fallbackNoticeClassNames = { root: 'cdk-FallbackNotice' } as const;
