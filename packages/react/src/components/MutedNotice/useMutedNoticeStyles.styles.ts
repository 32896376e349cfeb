/** Class names of the notice, for app CSS that needs a stable hook. */
export const mutedNoticeClassNames = { root: 'cdk-MutedNotice' } as const;
