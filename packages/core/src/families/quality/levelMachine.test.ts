import { describe, expect, it } from 'vitest';
import type { SampleAssessment, SampleSeverity } from './assessSample.js';
import {
  BETTER_RUN,
  createLevelMachine,
  forcePoor,
  type LevelMachine,
  mergeReasons,
  SILENT_RUN,
  stepLevel,
  WORSE_COUNT,
  WORSE_WINDOW,
} from './levelMachine.js';
import type { QualityReason } from './types.js';

const reason = (kind: QualityReason['kind'], direction: QualityReason['direction'], value = 1): QualityReason => ({
  kind,
  direction,
  severity: 'fair',
  value,
  threshold: 0,
});

/** A flowing sample of this class (its reasons: one per class unless given). */
function sample(severity: SampleSeverity, reasons?: readonly QualityReason[]): SampleAssessment {
  const own = severity === 'good' ? [] : [reason(severity === 'poor' ? 'loss' : 'rtt', 'receive')];
  return { flowing: true, severity, reasons: reasons ?? own, mos: 4, figures: {} as SampleAssessment['figures'] };
}
const SILENCE: SampleAssessment = { ...sample('good'), flowing: false, mos: undefined };

/** Steps a machine through samples given as letters: g(ood), f(air), p(oor), s(ilent); the level after each. */
function run(letters: string, m: LevelMachine = createLevelMachine()) {
  const bySymbol: Record<string, SampleAssessment> = {
    g: sample('good'),
    f: sample('fair'),
    p: sample('poor'),
    s: SILENCE,
  };
  return [...letters].map((letter) => {
    stepLevel(m, bySymbol[letter] as SampleAssessment);
    return m.level[0];
  });
}
const levels = (letters: string, m?: LevelMachine) => run(letters, m).join('');

describe('levelMachine', () => {
  it('starts unknown, with nothing seen', () => {
    expect(createLevelMachine()).toEqual({
      level: 'unknown',
      reasons: [],
      window: [],
      betterRun: 0,
      betterWorst: 0,
      silentRun: 0,
    });
  });

  it('counts 3 of 5, 10 in a row and 5 silent samples', () => {
    expect([WORSE_COUNT, WORSE_WINDOW, BETTER_RUN, SILENT_RUN]).toEqual([3, 5, 10, 5]);
  });

  it.each([
    // samples → levels after each (u = unknown)
    ['gggggggggg', 'uuuuuuuuug'],
    ['ggggggggggppp', 'uuuuuuuuugggp'],
    ['ggggggggggpggpgp', 'uuuuuuuuuggggggg'],
    ['ggggggggggfpf', 'uuuuuuuuugggf'],
    ['ggggggggggppfp', 'uuuuuuuuugggfp'],
    ['ppp', 'uup'],
    ['fff', 'uuf'],
    ['ffp', 'uuf'],
    ['pgpgp', 'uuuup'],
    ['pppgggggggggg', 'uuppppppppppg'],
    ['pppfggggggggg', 'uuppppppppppf'],
  ])('%s → %s', (samples, expected) => {
    expect(levels(samples)).toBe(expected);
  });

  it('keeps only the last 5 flowing samples for the worse rule', () => {
    // The first p is 6 samples back when the third arrives: only 2 of the last 5.
    expect(levels('ggggggggggpgggpp')).toBe('uuuuuuuuuggggggg');
    // 5 samples back: 3 of the last 5.
    expect(levels('ggggggggggpggpp')).toBe('uuuuuuuuugggggp');
  });

  it('needs 10 better samples in a row: a sample at the level or worse starts the count again', () => {
    expect(levels('pppggggggggg')).toBe('uupppppppppp');
    expect(levels('pppgggggggggpgggggggggg').at(-1)).toBe('g');
    expect(levels('pppgggggggggpggggggggg').at(-1)).toBe('p');
    // From fair, a fair sample is not better.
    expect(levels('fffgggggggggfggggggggg').at(-1)).toBe('f');
  });

  it('goes from unknown to good only on 10 good samples in a row; fair samples break the run', () => {
    expect(levels('gggggfggggggggg').at(-1)).toBe('u');
    expect(levels('gggggfgggggggggg').at(-1)).toBe('g');
  });

  it('is unknown after 5 silent samples, which clear the window and the run; silence alone changes nothing', () => {
    expect(levels('ggggggggggssss')).toBe('uuuuuuuuuggggg');
    expect(levels('ggggggggggsssss').at(-1)).toBe('u');
    expect(levels('sssssssss')).toBe('uuuuuuuuu');
    expect(levels('ppsssssp').at(-1)).toBe('u');
    expect(levels('ppssssp').at(-1)).toBe('p');
    // The run of better samples goes too.
    expect(levels('pppgggggsssssggggg').at(-1)).toBe('u');
  });

  it('a flowing sample restarts the silent count', () => {
    expect(levels('ggggggggggssssgssss').at(-1)).toBe('g');
  });

  describe('reasons', () => {
    it('are those of the window’s samples at the level or worse, merged, the latest winning', () => {
      const m = createLevelMachine();
      stepLevel(m, sample('poor', [reason('loss', 'receive', 1), reason('rtt', 'send', 1)]));
      stepLevel(m, sample('fair', [reason('jitter', 'send')]));
      stepLevel(m, sample('poor', [reason('loss', 'receive', 2)]));
      stepLevel(m, sample('poor', [reason('loss', 'send', 3)]));
      expect(m.level).toBe('poor');
      expect(m.reasons).toEqual([reason('rtt', 'send', 1), reason('loss', 'send', 3), reason('loss', 'receive', 2)]);
    });

    it('at fair include the reasons of poor samples', () => {
      const m = createLevelMachine();
      stepLevel(m, sample('fair', [reason('rtt', 'send')]));
      stepLevel(m, sample('poor', [reason('loss', 'send')]));
      stepLevel(m, sample('fair', [reason('rtt', 'send')]));
      expect(m.level).toBe('fair');
      expect(m.reasons.map((r) => r.kind)).toEqual(['rtt', 'loss']);
    });

    it('are empty at good and unknown', () => {
      const m = createLevelMachine();
      stepLevel(m, sample('poor'));
      expect(m.reasons).toEqual([]);
      run('gggggggggg', m);
      expect(m.level).toBe('good');
      stepLevel(m, sample('poor'));
      expect(m.reasons).toEqual([]);
    });

    it('stay the last ones while no sample at the level is left in the window', () => {
      const m = createLevelMachine();
      run('ppp', m);
      const poor = m.reasons;
      run('ggggggg', m);
      expect(m.level).toBe('poor');
      expect(m.reasons).toEqual(poor);
      expect(m.reasons).not.toEqual([]);
    });

    it('go with silence', () => {
      const m = createLevelMachine();
      run('pppsssss', m);
      expect(m.reasons).toEqual([]);
      expect(m.window).toEqual([]);
    });
  });

  describe('forcePoor (the UFD hold)', () => {
    it('makes the level poor, restarts the better run and joins the UFD reasons', () => {
      const m = createLevelMachine();
      run('ffggggggg', m);
      expect(m.betterRun).toBe(7);
      const ufd = reason('ufd', 'receive');
      forcePoor(m, [ufd]);
      expect(m.level).toBe('poor');
      expect(m.betterRun).toBe(0);
      expect(m.reasons).toEqual([ufd]);
      expect(levels('ggggggggg', m).at(-1)).toBe('p');
      expect(levels('g', m)).toBe('g');
    });

    it('keeps the level’s reasons beside the UFD’s', () => {
      const m = createLevelMachine();
      run('fff', m);
      forcePoor(m, [reason('ufd', 'send')]);
      expect(m.reasons.map((r) => `${r.kind}:${r.direction}`)).toEqual(['ufd:send', 'rtt:receive']);
    });

    it('does not outlast silence', () => {
      const m = createLevelMachine();
      run('ssssss', m);
      forcePoor(m, [reason('ufd', 'send')]);
      expect(levels('s', m)).toBe('u');
    });
  });
});

describe('mergeReasons', () => {
  it('orders by kind (ufd, rtt, jitter, loss, bandwidth, freeze), send before receive; the last one wins', () => {
    const merged = mergeReasons([
      [reason('freeze', 'receive'), reason('loss', 'receive', 1), reason('bandwidth', 'send')],
      [reason('loss', 'receive', 2), reason('jitter', 'send'), reason('rtt', 'receive'), reason('ufd', 'send')],
      [reason('loss', 'send'), reason('rtt', 'send'), reason('ufd', 'receive')],
    ]);
    expect(merged.map((r) => `${r.kind}:${r.direction}:${r.value}`)).toEqual([
      'ufd:send:1',
      'ufd:receive:1',
      'rtt:send:1',
      'rtt:receive:1',
      'jitter:send:1',
      'loss:send:1',
      'loss:receive:2',
      'bandwidth:send:1',
      'freeze:receive:1',
    ]);
    expect(Object.isFrozen(merged)).toBe(true);
  });

  it('is empty for no reasons', () => {
    expect(mergeReasons([])).toEqual([]);
    expect(mergeReasons([[], []])).toEqual([]);
  });
});
