// biome-ignore lint/suspicious/noExplicitAny: listeners of every SDK event shape share one registry.
type AnyListener = (...args: any[]) => void;

/**
 * A small event emitter that counts its listeners, so tests can prove a detach removed exactly what it added.
 * Like the SDK, `off` removes a listener only when given the same function reference.
 */
export class CountingEmitter {
  readonly #listeners = new Map<string, AnyListener[]>();

  /** Adds a listener (throws a `TypeError` for a non-function, as the SDK does). */
  on(event: string, listener: AnyListener): void {
    if (typeof listener !== 'function') throw new TypeError(`on('${event}') expects a function`);
    const list = this.#listeners.get(event) ?? [];
    list.push(listener);
    this.#listeners.set(event, list);
  }

  /** Removes exactly that listener. */
  off(event: string, listener: AnyListener): void {
    const list = this.#listeners.get(event);
    if (!list) return;
    const index = list.indexOf(listener);
    if (index >= 0) list.splice(index, 1);
  }

  /** Calls the event's listeners with `args`, in the order they were added. */
  emit(event: string, ...args: unknown[]): void {
    for (const listener of [...(this.#listeners.get(event) ?? [])]) listener(...args);
  }

  /** Listeners of one event, or of all events. */
  listenerCount(event?: string): number {
    if (event !== undefined) return this.#listeners.get(event)?.length ?? 0;
    let total = 0;
    for (const list of this.#listeners.values()) total += list.length;
    return total;
  }
}
