/**
 * The network family's banner words: the warning while the relays are unreachable, and the other network issues
 * (`network.<key>Title` / `Body` strings). The banner's table (`components/RelayDiagnosticsBanner/bannerStates.ts`)
 * maps each model kind to its family's function.
 */
import type { NetworkBannerModel } from '@call-diagnostics/core';
import type { BannerKindState, BannerStateContext } from '../../components/RelayDiagnosticsBanner/bannerStates.js';
import type { BannerStrings } from '../../localization/bannerStrings.js';
import { formatTime } from '../../localization/formatTime.js';
import { formatString } from '../../localization/strings.js';

type Model<K extends NetworkBannerModel['kind']> = Extract<NetworkBannerModel, { kind: K }>;

const since = (time: number, template: string, strings: BannerStrings) =>
  formatString(template, { time: formatTime(time, strings.locale) });

/** "+1 more issue" / "+N more issues". */
export function moreIssuesText(strings: BannerStrings, count: number): string {
  return count === 1
    ? strings.network.moreIssuesOne
    : formatString(strings.network.moreIssuesMany, { count: String(count) });
}

/** The warning while the relays are unreachable: "Check your network" first. */
export function relaysUnreachableState(model: Model<'relaysUnreachable'>, ctx: BannerStateContext): BannerKindState {
  const { strings } = ctx;
  const b = strings.banner;
  return {
    intent: 'warning',
    politeness: 'polite',
    issue: undefined,
    title: b.relaysUnreachableTitle,
    lines: [b.relaysUnreachableBody],
    meta: [
      ...(model.since !== undefined ? [since(model.since, b.relaysUnreachableSince, strings)] : []),
      ...(model.moreIssues ? [moreIssuesText(strings, model.moreIssues)] : []),
    ],
    primaryAction: ctx.checkNetwork,
    secondaryAction: undefined,
  };
}

/** Another network issue: its catalog row decides the intent and whether "Try again" comes first. */
export function networkIssueState(model: Model<'networkIssue'>, ctx: BannerStateContext): BannerKindState {
  const { strings, retry, checkNetwork } = ctx;
  const n = strings.network;
  const title = n[`${model.issue}Title` as keyof typeof n] as string | undefined;
  const body = n[`${model.issue}Body` as keyof typeof n] as string | undefined;
  const retryFirst = model.action === 'retry' && retry !== undefined;
  return {
    intent: model.intent,
    politeness: model.intent === 'error' ? 'assertive' : 'polite',
    issue: model.issue,
    title: title ?? n.reconnectingTitle,
    lines: body ? [body] : [],
    meta: [
      since(model.since, n.since, strings),
      ...(model.moreIssues > 0 ? [moreIssuesText(strings, model.moreIssues)] : []),
    ],
    primaryAction: retryFirst ? retry : checkNetwork,
    secondaryAction: retryFirst ? checkNetwork : undefined,
  };
}
