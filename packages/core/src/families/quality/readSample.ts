/**
 * Reading the SDK's `MediaStatsReportSample` (the `sampleReported` event of `Features.MediaStats`' collector): the
 * structural type core accepts, and the checked figures the monitor works from.
 */

/**
 * The parts of the SDK's `MediaStatsReportSample` the quality monitor reads (the SDK's sample is assignable to it;
 * core does not import the SDK). Every figure is optional; one that is present must be a finite number ≥ 0, or the
 * whole sample is ignored.
 *
 * @public
 */
export interface MediaStatsSampleLike {
  /** Audio streams: the estimate, the loss and the flow (`unknown` after 5 samples without packets either way). */
  readonly audio: {
    readonly send: readonly {
      readonly packetsPerSecond?: number | undefined;
      readonly packetsLostPerSecond?: number | undefined;
      readonly rttInMs?: number | undefined;
      readonly jitterInMs?: number | undefined;
      readonly transportId?: string | undefined;
    }[];
    readonly receive: readonly {
      readonly packetsPerSecond?: number | undefined;
      readonly packetsLostPerSecond?: number | undefined;
      readonly rttInMs?: number | undefined;
      readonly jitterInMs?: number | undefined;
      readonly transportId?: string | undefined;
    }[];
  };
  /** Video streams: received freezes; whether video is sent (the bandwidth is judged only then). */
  readonly video?:
    | {
        readonly send: readonly { readonly packetsPerSecond?: number | undefined }[];
        readonly receive: readonly {
          readonly id?: string | undefined;
          readonly streamId?: number | undefined;
          readonly totalFreezeDurationInMs?: number | undefined;
        }[];
      }
    | undefined;
  /** Screen sharing: whether a screen is sent (the bandwidth is judged then too). */
  readonly screenShare?:
    | {
        readonly send: readonly { readonly packetsPerSecond?: number | undefined }[];
        readonly receive: readonly unknown[];
      }
    | undefined;
  /** Transports: round-trip time (when a stream has none) and the available outgoing bitrate. */
  readonly transports?:
    | readonly {
        readonly id?: string | undefined;
        readonly rttInMs?: number | undefined;
        readonly availableOutgoingBitrate?: number | undefined;
      }[]
    | undefined;
}

/** One audio stream's checked figures. */
export interface AudioStreamFigures {
  readonly packetsPerSecond: number;
  readonly packetsLostPerSecond: number;
  readonly rttMs: number | undefined;
  readonly jitterMs: number | undefined;
  readonly transportId: unknown;
}

/** One transport's checked figures. */
export interface TransportFigures {
  readonly id: unknown;
  readonly rttMs: number | undefined;
  readonly availableOutgoingBitrate: number | undefined;
}

/** A sample's checked figures: what the assessment reads. */
export interface SampleFigures {
  readonly audioSend: readonly AudioStreamFigures[];
  readonly audioReceive: readonly AudioStreamFigures[];
  /** Video and screen-share packets sent per second, all streams. */
  readonly visualSendPackets: number;
  /** Received video streams' `totalFreezeDurationInMs`, by stream (`id`, else `streamId`, else position). */
  readonly freezeTotals: ReadonlyMap<unknown, number>;
  readonly transports: readonly TransportFigures[];
}

type Entry = Readonly<Record<string, unknown>>;

/** `value` as an object to read fields from; throws when it is not one. */
function entry(value: unknown): Entry {
  if (Object(value) !== value) throw new TypeError();
  return value as Entry;
}

/** `holder[key]` as an array; throws when it is not one. */
function list(holder: Entry, key: string): readonly unknown[] {
  const value = holder[key];
  if (!Array.isArray(value)) throw new TypeError();
  return value;
}

/** `holder[key]` as a figure: undefined when absent, a finite number ≥ 0 when present; throws otherwise. */
function figure(holder: Entry, key: string): number | undefined {
  const value = holder[key];
  if (value === undefined) return undefined;
  // `Number.isFinite` is false for anything but a finite number (no coercion).
  if (Number.isFinite(value) && (value as number) >= 0) return value as number;
  throw new TypeError();
}

/** A send/receive group (`sample.audio`, `sample.video`…): required, or optional (an absent one is empty). */
function group(
  sample: Entry,
  key: string,
  optional: boolean,
): { send: readonly unknown[]; receive: readonly unknown[] } {
  if (optional && sample[key] === undefined) return { send: [], receive: [] };
  const holder = entry(sample[key]);
  return { send: list(holder, 'send'), receive: list(holder, 'receive') };
}

function audioStream(value: unknown): AudioStreamFigures {
  const e = entry(value);
  return {
    packetsPerSecond: figure(e, 'packetsPerSecond') ?? 0,
    packetsLostPerSecond: figure(e, 'packetsLostPerSecond') ?? 0,
    rttMs: figure(e, 'rttInMs'),
    jitterMs: figure(e, 'jitterInMs'),
    transportId: e.transportId,
  };
}

/** Packets per second sent by `streams` (video or screen share). */
function packetsSent(streams: readonly unknown[]): number {
  return streams.reduce<number>((sum, stream) => sum + (figure(entry(stream), 'packetsPerSecond') ?? 0), 0);
}

function freezeTotals(streams: readonly unknown[]): Map<unknown, number> {
  const totals = new Map<unknown, number>();
  streams.forEach((stream, index) => {
    const e = entry(stream);
    const total = figure(e, 'totalFreezeDurationInMs');
    if (total !== undefined) totals.set(e.id ?? e.streamId ?? index, total);
  });
  return totals;
}

function transport(value: unknown): TransportFigures {
  const e = entry(value);
  return { id: e.id, rttMs: figure(e, 'rttInMs'), availableOutgoingBitrate: figure(e, 'availableOutgoingBitrate') };
}

/**
 * Checks `sample` and returns the figures the assessment reads. Throws a `TypeError` (or whatever a hostile getter
 * throws) when the sample is not an object, lacks `audio.send` / `audio.receive` arrays, has a
 * `video`, `screenShare` or `transports` part of the wrong shape, or holds a figure that is not a finite number ≥ 0.
 * Figures the monitor does not read are not checked.
 */
export function readSample(sample: unknown): SampleFigures {
  const s = entry(sample);
  const audio = group(s, 'audio', false);
  const video = group(s, 'video', true);
  const screen = group(s, 'screenShare', true);
  return {
    audioSend: audio.send.map(audioStream),
    audioReceive: audio.receive.map(audioStream),
    visualSendPackets: packetsSent(video.send) + packetsSent(screen.send),
    freezeTotals: freezeTotals(video.receive),
    transports: (s.transports === undefined ? [] : list(s, 'transports')).map(transport),
  };
}
