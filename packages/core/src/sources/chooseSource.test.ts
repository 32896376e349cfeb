import { createFakeCall, createFakeCallAgent } from '@call-diagnostics/testing';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { chooseSource } from './chooseSource.js';

// Development texts are guarded by `isDevelopment() && process.env.NODE_ENV !== 'production'`; a bundler replaces the
// second half with a literal, and `isDevelopment()` is false where there is no `process`. Each half is set here.
const dev = vi.hoisted(() => ({ on: true }));
vi.mock('../dev.js', () => ({ isDevelopment: () => dev.on }));

afterEach(() => {
  dev.on = true;
  vi.unstubAllEnvs();
});

const call = createFakeCall();
const agent = createFakeCallAgent();
const adapter = { adapter: true } as never;

const problems = () => [
  chooseSource({ call, callAgent: agent }).problem,
  chooseSource({}).problem,
  chooseSource({ call, callId: 'x' }).problem,
];

describe('chooseSource (the one place a binding picks its source)', () => {
  it('maps each holder prop to its source kind; a holder that is not there yet gives no source', () => {
    expect(chooseSource({ call })).toEqual({ source: { kind: 'call', call } });
    expect(chooseSource({ callAgent: agent })).toEqual({ source: { kind: 'callAgent', agent } });
    expect(chooseSource({ statefulClient: { x: 1 } as never, callId: 'c' }).source).toMatchObject({
      kind: 'statefulCallClient',
      callId: 'c',
    });
    expect(chooseSource({ adapter: { a: 1 } as never }).source?.kind).toBe('callAdapter');
    expect(chooseSource({ call: undefined })).toEqual({ source: undefined });
    expect(chooseSource({ call: null, callAgent: undefined })).toEqual({ source: undefined });
  });

  it('a null holder beside a real one is not counted', () => {
    expect(chooseSource({ call, callAgent: null })).toEqual({ source: { kind: 'call', call } });
    expect(chooseSource({ adapter, statefulClient: null, call: undefined })).toEqual({
      source: { kind: 'callAdapter', adapter },
    });
  });

  it('with `optional`, no holder prop at all is no problem', () => {
    expect(chooseSource({}, { optional: true })).toEqual({ source: undefined });
  });
});

describe('chooseSource: what a developer is told', () => {
  it('in development, the exact sentences', () => {
    vi.stubEnv('NODE_ENV', 'development');
    expect(problems()).toEqual([
      'give exactly one of `call`, `callAgent`, `adapter` or `statefulClient`; got `call` and `callAgent`.',
      'no source: give one of `call`, `callAgent`, `adapter` or `statefulClient` (or a `diagnostics` object).',
      '`callId` only applies with `statefulClient`.',
    ]);
    expect(chooseSource({ call, callAgent: agent, adapter }).problem).toBe(
      'give exactly one of `call`, `callAgent`, `adapter` or `statefulClient`; got `call` and `callAgent` and `adapter`.',
    );
  });

  it('in production, the short codes 1, 2 and 3', () => {
    vi.stubEnv('NODE_ENV', 'production');
    dev.on = false;
    expect(problems()).toEqual(['1', '2', '3']);
  });

  it('a bundle whose NODE_ENV was replaced by "production" gets the codes even if isDevelopment() says otherwise', () => {
    vi.stubEnv('NODE_ENV', 'production');
    dev.on = true;
    expect(problems()).toEqual(['1', '2', '3']);
  });

  it('where isDevelopment() is false (no process), the codes, whatever NODE_ENV reads', () => {
    vi.stubEnv('NODE_ENV', 'development');
    dev.on = false;
    expect(problems()).toEqual(['1', '2', '3']);
  });
});
