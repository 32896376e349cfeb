/**
 * The media family's banner words: the problem's title and body (`media.issues.<UFD>`), the steps to allow a device
 * on the person's platform, and up to two of the catalog's actions the app can carry out (Unmute, Choose another
 * device, Check your network).
 */
import type { MediaBannerModel } from '@call-diagnostics/core';
import type { BannerKindState, BannerStateContext } from '../../components/RelayDiagnosticsBanner/bannerStates.js';
import type { RelayDiagnosticsBannerAction } from '../../components/RelayDiagnosticsBanner/RelayDiagnosticsBanner.types.js';
import { formatTime } from '../../localization/formatTime.js';
import { formatString } from '../../localization/strings.js';
import type { ClientPlatform } from './platform.js';
import type { MediaStrings } from './strings/en-US.js';

/** The lines that say how to allow the device: the operating system's steps first where it is the one that blocks. */
function allowSteps(model: MediaBannerModel, media: MediaStrings, platform: ClientPlatform): string[] {
  if (model.category !== 'permission' || model.device === 'speaker') return [];
  const steps = media.allow[model.device];
  const browser = steps[platform.browser];
  return model.systemSettings && platform.os === 'macos'
    ? [steps.macos, browser]
    : model.systemSettings
      ? [steps.macos]
      : [browser];
}

/** The actions the app can carry out, in the catalog's order, at most two. */
function mediaActions(model: MediaBannerModel, ctx: BannerStateContext): RelayDiagnosticsBannerAction[] {
  const actions: RelayDiagnosticsBannerAction[] = [];
  for (const action of model.actions) {
    const found =
      action === 'unmute'
        ? ctx.unmute
        : action === 'chooseDevice' && model.device !== 'screen'
          ? ctx.chooseDevice?.(model.device)
          : action === 'checkNetwork'
            ? ctx.checkNetwork
            : undefined;
    if (found) actions.push(found);
  }
  return actions.slice(0, 2);
}

/** A media or device problem: its words once the media strings have arrived (nothing before). */
export function mediaIssueState(model: MediaBannerModel, ctx: BannerStateContext): BannerKindState | undefined {
  const media = ctx.media;
  if (!media || !ctx.platform) return undefined;
  const words = media.issues[model.diagnostic as keyof MediaStrings['issues']];
  if (!words) return undefined;
  const [primaryAction, secondaryAction] = mediaActions(model, ctx);
  return {
    intent: model.intent,
    politeness: model.intent === 'error' ? 'assertive' : 'polite',
    issue: model.diagnostic,
    title: words.title,
    lines: [
      words.body,
      ...allowSteps(model, media, ctx.platform),
      ...(ctx.unmuteFailed ? [media.muted.unmuteFailed] : []),
    ],
    meta: [
      formatString(ctx.strings.network.since, { time: formatTime(model.since, ctx.strings.locale) }),
      ...(model.moreIssues > 0 ? [ctx.moreIssues(model.moreIssues)] : []),
    ],
    primaryAction,
    secondaryAction,
  };
}
