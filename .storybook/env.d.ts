interface ImportMetaEnv {
  readonly VITE_STORYBOOK_THEME?: string;
  readonly VITE_STORYBOOK_DIRECTION?: string;
}
interface ImportMeta {
  readonly env: ImportMetaEnv;
}
