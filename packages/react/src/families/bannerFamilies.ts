/**
 * The banner's families, and how its chunk gets each one's part: in the chunk itself (the network family: its issues
 * must show at once, and offline, when nothing more can be fetched), or fetched when one of the family's UFDs is first
 * raised (the media family: a device problem leaves the network up). Typed by the precedence table's ids, so a family
 * added to core's `FAMILY_ORDER` does not compile until it has its row here.
 */
import { type BannerModel, type DiagnosticsState, selectNetworkIssues } from '@call-diagnostics/core';
import {
  FAMILY_ORDER,
  type FamilyBanner,
  type FamilyBanners,
  type FamilyId,
  family,
  networkBanner,
  selectBannerFrom,
  selectMediaRaised,
} from '@call-diagnostics/core/internal';
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import type { DiagnosticsSourceLike } from '../context/CallDiagnosticsContext.js';
import type { Chunk as LazyModule } from '../hooks/useChunk.js';
import { useDiagnosticsSelector } from '../hooks/useDiagnosticsSelector.js';
import { mediaSurfacesChunk } from './media/mediaSurfacesChunk.js';

/** A family's part: in the banner's chunk, or in a chunk of its own fetched while `raised` holds. */
type BannerFamilyPart =
  | { readonly part: FamilyBanner<unknown, BannerModel> }
  | {
      readonly chunk: LazyModule<{ readonly familyBanner: FamilyBanner<unknown, BannerModel> }>;
      readonly raised: (state: DiagnosticsState) => boolean;
    };

const PARTS: Readonly<Record<FamilyId, BannerFamilyPart>> = {
  network: { part: family({ issues: selectNetworkIssues, banner: networkBanner }) },
  media: { chunk: mediaSurfacesChunk, raised: selectMediaRaised },
};

const LAZY = FAMILY_ORDER.flatMap((id) => {
  const entry = PARTS[id];
  return 'chunk' in entry ? [{ id, ...entry }] : [];
});

/** The lazy families with a UFD raised now, by id (one string: compared by value, no render when it stays the same). */
const selectRaised = (state: DiagnosticsState): string => LAZY.map((e) => (e.raised(state) ? e.id : '')).join(' ');

/** The lazy families whose chunk has arrived, by id. */
const loadedNow = (): string => LAZY.map((e) => (e.chunk.peek() ? e.id : '')).join(' ');

const subscribeLoaded = (listener: () => void): (() => void) => {
  const unsubscribes = LAZY.map((e) => e.chunk.subscribe(listener));
  return () => {
    for (const unsubscribe of unsubscribes) unsubscribe();
  };
};

/**
 * The families' parts the banner has now: the eager ones, and each lazy one once its chunk has arrived (fetched when
 * one of its UFDs is first raised; a failed fetch is tried again on the next change of what is raised). Until then
 * that family's issues neither show nor count in "+N more".
 */
function useBannerFamilies(source?: DiagnosticsSourceLike): FamilyBanners<BannerModel> {
  const raised = useDiagnosticsSelector(selectRaised, source);
  const loaded = useSyncExternalStore(subscribeLoaded, loadedNow, () => '');
  useEffect(() => {
    for (const e of LAZY) if (raised.split(' ').includes(e.id)) e.chunk.load().catch(() => undefined);
  }, [raised]);
  return useMemo(() => {
    const out: Partial<Record<FamilyId, FamilyBanner<unknown, BannerModel>>> = {};
    for (const id of FAMILY_ORDER) {
      const entry = PARTS[id];
      const part =
        'part' in entry ? entry.part : loaded.split(' ').includes(id) ? entry.chunk.peek()?.familyBanner : undefined;
      if (part) out[id] = part;
    }
    return out;
  }, [loaded]);
}

/**
 * What the banner shows, from the families' parts it has now (`useBannerFamilies`): the same model as core's
 * `selectBanner` once every raised family's part has arrived.
 */
export function useLoadedBannerModel(source?: DiagnosticsSourceLike): BannerModel {
  const families = useBannerFamilies(source);
  const select = useMemo(() => (state: DiagnosticsState) => selectBannerFrom(state, families), [families]);
  return useDiagnosticsSelector(select, source);
}
