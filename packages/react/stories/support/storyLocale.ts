import { createContext } from 'react';

/**
 * The Storybook toolbar's locale (a BCP-47 tag such as `he-IL`), handed from the preview's decorator to
 * `CallScreen`, which gives it to `CallDiagnosticsProvider` with the `locales` map. Undefined means en-US.
 */
export const StoryLocaleContext = createContext<string | undefined>(undefined);
