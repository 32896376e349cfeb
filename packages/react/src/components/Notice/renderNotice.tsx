import { type ReactElement, useEffect, useState } from 'react';

/** One action of a notice: a native button, or a link when it has an `href`, with a Fluent link's look. */
interface NoticeAction {
  readonly id: string;
  readonly label: string;
  readonly onClick: () => void;
  readonly href?: string | undefined;
}

/** What a notice shows. */
export interface NoticeContent {
  readonly title: string;
  readonly lines: readonly string[];
  readonly actions: readonly (NoticeAction | undefined)[];
  /** The root's class (the notice's look: `useNoticeClasses`). */
  readonly className: string;
  readonly classes: { readonly body: string; readonly title: string; readonly actions: string };
  readonly actionClassName: string | undefined;
  readonly data?: Readonly<Record<string, string>> | undefined;
}

/** The words, filled in after the live region is in the page (a region born with its text is not always read). */
function Words({ title, lines, className }: { title: string; lines: readonly string[]; className: string }) {
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  if (!ready) return null;
  return (
    <>
      <span className={className}>{title}</span>
      {lines.map((line) => (
        <span key={line}> {line}</span>
      ))}
    </>
  );
}

/**
 * Draws a non-blocking notice (the muted notice, the fallback notice): Fluent's tokens on native elements (a
 * MessageBar's look), a polite live region, and its actions as native buttons or links with a Fluent link's look. No
 * Fluent component: the notices come with the guidance panel's chunk, and a Fluent component there that the app also
 * uses makes the bundler split the app's vendor chunk (a larger first load).
 */
export function renderNotice(notice: NoticeContent): ReactElement {
  return (
    <section className={notice.className} aria-label={notice.title} {...notice.data}>
      <div role="status" className={notice.classes.body}>
        <Words title={notice.title} lines={notice.lines} className={notice.classes.title} />
      </div>
      <div className={notice.classes.actions}>
        {notice.actions.map((a) => {
          if (!a) return null;
          const common = { className: notice.actionClassName, onClick: a.onClick, 'data-action': a.id };
          return a.href ? (
            <a key={a.id} {...common} href={a.href}>
              {a.label}
            </a>
          ) : (
            <button key={a.id} {...common} type="button">
              {a.label}
            </button>
          );
        })}
      </div>
    </section>
  );
}
