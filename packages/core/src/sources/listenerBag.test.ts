import { describe, expect, it } from 'vitest';
import { assertSink, createListenerBag, errorMessage } from './listenerBag.js';

describe('createListenerBag', () => {
  it('keeps each unsubscribe and runs them newest first, once', () => {
    const calls: string[] = [];
    const bag = createListenerBag(() => {});
    expect(
      bag.add(
        () => calls.push('on a'),
        () => calls.push('off a'),
      ),
    ).toBe(true);
    expect(
      bag.add(
        () => calls.push('on b'),
        () => calls.push('off b'),
      ),
    ).toBe(true);
    bag.release();
    bag.release();
    expect(calls).toEqual(['on a', 'on b', 'off b', 'off a']);
  });

  it('a subscription that throws is reported as subscribe-threw, returns false, and is never unsubscribed', () => {
    const errors: [string, string][] = [];
    const offs: string[] = [];
    const bag = createListenerBag((message, reason) => errors.push([message, reason]));
    expect(
      bag.add(
        () => {
          throw new Error('disposed');
        },
        () => offs.push('never'),
      ),
    ).toBe(false);
    expect(
      bag.add(
        () => {
          throw 'a string';
        },
        () => offs.push('never either'),
      ),
    ).toBe(false);
    bag.release();
    expect(errors).toEqual([
      ['disposed', 'subscribe-threw'],
      ['a string', 'subscribe-threw'],
    ]);
    expect(offs).toEqual([]);
  });

  it('an unsubscribe that throws does not stop the others', () => {
    const offs: string[] = [];
    const bag = createListenerBag(() => {});
    bag.add(
      () => {},
      () => offs.push('first'),
    );
    bag.add(
      () => {},
      () => {
        throw new Error('disposed');
      },
    );
    expect(() => bag.release()).not.toThrow();
    expect(offs).toEqual(['first']);
  });

  it('a guarded handler passes its arguments and reports what it throws as handler-threw', () => {
    const errors: [string, string][] = [];
    const seen: unknown[] = [];
    const bag = createListenerBag((message, reason) => errors.push([message, reason]));
    const handler = bag.guard((a: number, b: string) => {
      seen.push(a, b);
      if (a < 0) throw new Error(`bad ${a}`);
    });
    handler(1, 'x');
    expect(() => handler(-1, 'y')).not.toThrow();
    expect(seen).toEqual([1, 'x', -1, 'y']);
    expect(errors).toEqual([['bad -1', 'handler-threw']]);
  });
});

describe('assertSink', () => {
  it('names the source in the TypeError for a sink that is not a function', () => {
    expect(() => assertSink('attachX', undefined)).toThrow(
      new TypeError('attachX: the second argument must be an event sink function'),
    );
    expect(() => assertSink('attachX', {})).toThrow(TypeError);
    expect(() => assertSink('attachX', () => {})).not.toThrow();
  });
});

describe('errorMessage', () => {
  it("is an Error's message, anything else as a string", () => {
    expect(errorMessage(new TypeError('disposed'))).toBe('disposed');
    expect(errorMessage('gone')).toBe('gone');
    expect(errorMessage(42)).toBe('42');
  });
});
