import { createFakeCall, createFakeCallAgent } from '@call-diagnostics/testing';
import { describe, expect, it } from 'vitest';
import { chooseSource } from './chooseSource.js';

describe('chooseSource (the one place a binding picks its source)', () => {
  const call = createFakeCall();
  const agent = createFakeCallAgent();

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

  it('says precisely what is wrong (in development)', () => {
    expect(chooseSource({ call, callAgent: agent }).problem).toMatch(/exactly one of .*got `call` and `callAgent`/);
    expect(chooseSource({}).problem).toMatch(/^no source: give one of/);
    expect(chooseSource({}, { optional: true })).toEqual({ source: undefined });
    expect(chooseSource({ call, callId: 'x' }).problem).toMatch(/`callId` only applies with `statefulClient`/);
  });
});
