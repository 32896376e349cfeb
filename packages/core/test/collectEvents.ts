import type { DiagnosticEvent } from '../src/events.js';

/** A sink for a source under test: the events it emitted, in order, and their types. */
export function collectEvents() {
  const events: DiagnosticEvent[] = [];
  return {
    events,
    sink: (event: DiagnosticEvent) => {
      events.push(event);
    },
    types: () => events.map((e) => e.type),
  };
}
