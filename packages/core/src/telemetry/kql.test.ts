/**
 * Every query in docs/kql/ is parsed and analyzed with the Kusto language service (`@kusto/language-service-next`)
 * against docs/kql/schema.json (ACSCallSummary, ACSCallDiagnostics and AppEvents as Azure Monitor's table reference
 * gives them): any syntax or semantic diagnostic fails. The last tests show the check can fail: a wrong column, table
 * or type, and a syntax error, each give a diagnostic, in the 3112 queries and in the quality and fallback ones.
 */

import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { QUALITY_THRESHOLDS } from '../families/quality/thresholds.js';
import { createReadinessTelemetryRecord } from '../readiness/telemetry.js';
import { INITIAL_STATE } from '../store/state.js';
import { createTelemetryRecord } from './telemetry.js';

const KQL_DIR = fileURLToPath(new URL('../../../../docs/kql/', import.meta.url));

interface Schema {
  readonly tables: Record<
    string,
    {
      readonly source: string;
      readonly columns: Record<string, string>;
      /** Where each column and type was checked (ACSCallDiagnostics): a key of `sources`, then notes. */
      readonly sources?: Record<string, string>;
      readonly columnSources?: Record<string, string>;
    }
  >;
}
const schema = JSON.parse(readFileSync(join(KQL_DIR, 'schema.json'), 'utf8')) as Schema;
const files = readdirSync(KQL_DIR)
  .filter((name) => name.endsWith('.kql'))
  .sort();

// The language service is a Bridge.NET build: two scripts that define the global `Kusto` namespace.
interface KustoList<T> {
  readonly Count: number;
  getItem(index: number): T;
}
interface KustoDiagnostic {
  readonly Code: string;
  readonly Severity: string;
  readonly Message: string;
  readonly Start: number;
  readonly Length: number;
}
interface KustoApi {
  Language: {
    GlobalState: { Default: { WithDatabase(db: unknown): unknown } };
    KustoCode: {
      ParseAndAnalyze(
        text: string,
        globals: unknown,
      ): {
        GetDiagnostics(): KustoList<KustoDiagnostic>;
      };
    };
    Symbols: {
      TableSymbol: { From(schema: string): { WithName(name: string): unknown } };
      DatabaseSymbol: { ctor: new (name: string, members: unknown[]) => unknown };
    };
  };
}
const require = createRequire(import.meta.url);
require('@kusto/language-service-next/bridge.js');
require('@kusto/language-service-next');
const Kusto = (globalThis as unknown as { Kusto: KustoApi }).Kusto;

const SCALAR_TYPES = new Set([
  'string',
  'long',
  'int',
  'real',
  'bool',
  'datetime',
  'timespan',
  'guid',
  'dynamic',
  'decimal',
]);

function globalsFor(tables: Schema['tables']): unknown {
  const symbols = Object.entries(tables).map(([name, table]) =>
    Kusto.Language.Symbols.TableSymbol.From(
      `(${Object.entries(table.columns)
        .map(([column, type]) => `['${column}']:${type}`)
        .join(', ')})`,
    ).WithName(name),
  );
  const database = new Kusto.Language.Symbols.DatabaseSymbol.ctor('workspace', symbols);
  return Kusto.Language.GlobalState.Default.WithDatabase(database);
}
const globals = globalsFor(schema.tables);

/** `line:column severity code message [text]` for every diagnostic of `text`: syntax and semantic (binding, types). */
function diagnose(text: string): string[] {
  const list = Kusto.Language.KustoCode.ParseAndAnalyze(text, globals).GetDiagnostics();
  const out: string[] = [];
  for (let i = 0; i < list.Count; i += 1) {
    const d = list.getItem(i);
    const before = text.slice(0, d.Start).split('\n');
    const where = `${before.length}:${(before.at(-1)?.length ?? 0) + 1}`;
    out.push(`${where} ${d.Severity} ${d.Code} ${d.Message} [${text.slice(d.Start, d.Start + d.Length)}]`);
  }
  return out;
}

// The first analysis loads the service's function tables (a few seconds on a busy machine): done once, up front.
beforeAll(() => {
  diagnose('ACSCallSummary | take 1');
}, 60_000);

describe('docs/kql/schema.json', () => {
  it('holds ACSCallDiagnostics, ACSCallSummary and AppEvents, with Kusto types, and the columns the kit joins on', () => {
    expect(Object.keys(schema.tables).sort()).toEqual(['ACSCallDiagnostics', 'ACSCallSummary', 'AppEvents']);
    for (const table of Object.values(schema.tables)) {
      expect(table.source).toMatch(/^https:\/\/learn\.microsoft\.com\/azure\/azure-monitor\/reference\/tables\//);
      for (const type of Object.values(table.columns)) expect(SCALAR_TYPES).toContain(type);
    }
    expect(schema.tables.ACSCallSummary?.columns).toMatchObject({
      TimeGenerated: 'datetime',
      CorrelationId: 'string',
      ParticipantId: 'string',
      Identifier: 'string',
      ParticipantEndReason: 'string',
      ParticipantEndSubCode: 'string',
    });
    expect(schema.tables.AppEvents?.columns).toMatchObject({
      TimeGenerated: 'datetime',
      Name: 'string',
      Properties: 'dynamic',
      SessionId: 'string',
    });
    // The service's per-stream figures, as the table reference types them (jitter and round trip in whole ms, packet
    // loss as a fraction).
    expect(schema.tables.ACSCallDiagnostics?.columns).toMatchObject({
      TimeGenerated: 'datetime',
      CorrelationId: 'string',
      ParticipantId: 'string',
      EndpointType: 'string',
      MediaType: 'string',
      JitterAvg: 'int',
      JitterMax: 'int',
      PacketLossRateAvg: 'real',
      PacketLossRateMax: 'real',
      RoundTripTimeAvg: 'int',
      RoundTripTimeMax: 'int',
      RecvFreezeDurationPerMinuteInMs: 'real',
    });
  });

  it('says where every ACSCallDiagnostics column and type was checked', () => {
    const table = schema.tables.ACSCallDiagnostics;
    const sources = Object.keys(table?.sources ?? {});
    expect(sources.length).toBeGreaterThan(0);
    expect(Object.keys(table?.columnSources ?? {}).sort()).toEqual(Object.keys(table?.columns ?? {}).sort());
    for (const note of Object.values(table?.columnSources ?? {})) {
      expect(sources).toContain(note.split(/[ ;]/)[0]);
    }
  });
});

describe('docs/kql/*.kql against the schema', () => {
  it('finds the queries: the guide’s three and the ones over AppEvents', () => {
    expect(files).toEqual(
      expect.arrayContaining([
        '01-calls-ended-3112.kql',
        '02-daily-3112-timechart.kql',
        '03-3112-per-identifier.kql',
        '04-app-events-join-acs-call-summary.kql',
        '08-quality-vs-service.kql',
        '08-quality-vs-service-summary.kql',
        '09-fallback-offered-taken.kql',
      ]),
    );
    expect(files.filter((f) => readFileSync(join(KQL_DIR, f), 'utf8').includes('AppEvents')).length).toBeGreaterThan(2);
  });

  it.each(files)('%s parses and binds with no diagnostic', (file) => {
    expect(diagnose(readFileSync(join(KQL_DIR, file), 'utf8'))).toEqual([]);
  });

  it('every Properties.<name> a query reads is a field of the kit’s records (the service cannot check dynamic bags)', () => {
    const fields = new Set([
      ...Object.keys(createTelemetryRecord('callEnded', INITIAL_STATE, { at: 0 })),
      // The readiness check's record (CallDiagnostics.readinessChecked).
      ...Object.keys(
        createReadinessTelemetryRecord({
          verdict: 'untested',
          checks: [],
          untested: [],
          startedAt: 0,
          finishedAt: 0,
          ms: 0,
        }),
      ),
    ]);
    const read = new Set(
      files.flatMap((f) =>
        [...readFileSync(join(KQL_DIR, f), 'utf8').matchAll(/\bProperties\.(\w+)/g)].map((m) => m[1]),
      ),
    );
    expect(read.size).toBeGreaterThan(5);
    expect([...read].filter((name) => !fields.has(name as string))).toEqual([]);
  });

  it('the queries over AppEvents read the event names and properties the sink sends', () => {
    const text = files.map((f) => readFileSync(join(KQL_DIR, f), 'utf8')).join('\n');
    for (const name of ['CallDiagnostics.', 'CallDiagnostics.readinessChecked']) expect(text).toContain(`"${name}"`);
    for (const kind of [
      'callEnded',
      'relaysUnreachable',
      'retryPressed',
      'panelOpened',
      'reportCopied',
      'reportDownloaded',
    ]) {
      expect(text).toContain(`"${kind}"`);
    }
    for (const property of ['kind', 'CorrelationId', 'ParticipantId', 'classification', 'verdict', 'relays']) {
      expect(text).toContain(`Properties.${property}`);
    }
    for (const kind of ['qualityChanged', 'fallbackOffered', 'fallbackChosen']) {
      expect(text).toContain(`"CallDiagnostics.${kind}"`);
    }
    for (const property of ['qualityLevel', 'mos', 'qualityReasons', 'fallback', 'trigger']) {
      expect(text).toContain(`Properties.${property}`);
    }
  });

  it('the quality queries judge the service’s figures with the kit’s own thresholds, both files alike', () => {
    const query08 = readFileSync(join(KQL_DIR, '08-quality-vs-service.kql'), 'utf8');
    const value = (name: string) => Number(query08.match(new RegExp(`let ${name} = ([\\d.]+);`))?.[1]);
    const t = QUALITY_THRESHOLDS;
    expect([value('rttFairMs'), value('rttPoorMs')]).toEqual([t.rttMs.fair, t.rttMs.poor]);
    expect([value('jitterFairMs'), value('jitterPoorMs')]).toEqual([t.jitterMs.fair, t.jitterMs.poor]);
    expect([value('lossFairPercent'), value('lossPoorPercent')]).toEqual([t.lossPercent.fair, t.lossPercent.poor]);
    expect([value('mosFair'), value('mosPoor')]).toEqual([t.mos.fair, t.mos.poor]);
    // The summary repeats 08's definitions word for word (Log Analytics has no include): they cannot drift apart.
    const definitions = query08.slice(query08.indexOf('let lookback'), query08.indexOf('kit\n| lookup'));
    expect(definitions.length).toBeGreaterThan(1000);
    expect(readFileSync(join(KQL_DIR, '08-quality-vs-service-summary.kql'), 'utf8')).toContain(definitions);
  });
});

describe('the check can fail', () => {
  const query04 = readFileSync(join(KQL_DIR, '04-app-events-join-acs-call-summary.kql'), 'utf8');

  it('a column ACSCallSummary does not have', () => {
    const wrong = query04.replace(
      'ParticipantType, SdkVersion',
      'ParticipantType, ParticipantEndSubCodeText, SdkVersion',
    );
    expect(wrong).not.toBe(query04);
    const diagnostics = diagnose(wrong);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatch(
      /Error KS142 The name 'ParticipantEndSubCodeText' does not refer to any known column/,
    );
  });

  it('the classic mix-up: customDimensions (the classic customEvents table) in place of AppEvents.Properties', () => {
    const wrong = query04.replace('Kind = tostring(Properties.kind)', 'Kind = tostring(customDimensions.kind)');
    expect(diagnose(wrong).join('\n')).toMatch(/KS142 The name 'customDimensions' does not refer/);
  });

  it('a table that is not in the schema (the old custom table)', () => {
    expect(diagnose('CallDiagnosticsEvents_CL | where kind == "callEnded"').join('\n')).toMatch(
      /KS204 The name 'CallDiagnosticsEvents_CL' does not refer to any known table/,
    );
  });

  it('a column whose type does not fit the function', () => {
    expect(diagnose('ACSCallSummary | summarize by bin(CorrelationId, 1d)').join('\n')).toMatch(
      /KS127 The function 'bin' is not compatible with arguments \(string, timespan\)/,
    );
    expect(diagnose('ACSCallSummary | extend Next = ParticipantEndSubCode + 1').join('\n')).toMatch(
      /KS106 The operator '\+' is not defined for the operand types string and long/,
    );
  });

  it('a syntax error', () => {
    expect(diagnose(query04.replace('| summarize arg_max(', '| summarize arg_max(,')).join('\n')).toMatch(
      /Error KS\d+/,
    );
    expect(diagnose('ACSCallSummary | where').join('\n')).toMatch(/KS006 Missing expression/);
  });

  describe('in the quality and fallback queries', () => {
    const query08 = readFileSync(join(KQL_DIR, '08-quality-vs-service.kql'), 'utf8');
    const query09 = readFileSync(join(KQL_DIR, '09-fallback-offered-taken.kql'), 'utf8');

    it('a column ACSCallDiagnostics does not have (the Skype for Business QoE name)', () => {
      const wrong = query08.replace('100.0 * PacketLossRateAvg),', '100.0 * PacketLossRate),');
      expect(wrong).not.toBe(query08);
      expect(diagnose(wrong)).toEqual([
        expect.stringMatching(/Error KS142 The name 'PacketLossRate' does not refer to any known column/),
      ]);
    });

    it('a figure compared with a string', () => {
      const wrong = query08.replace('iff(JitterAvg > jitterPoorMs', 'iff(JitterAvg > "50"');
      expect(wrong).not.toBe(query08);
      expect(diagnose(wrong).join('\n')).toMatch(
        /KS106 The operator '>' is not defined for the operand types int and string/,
      );
    });

    it('a column ACSCallSummary does not have, and seconds added to a time without a unit', () => {
      const noColumn = query09.replace('CallEndAt = CallStartTime + CallDuration * 1s', 'CallEndAt = CallEndTime');
      expect(noColumn).not.toBe(query09);
      expect(diagnose(noColumn)).toEqual([
        expect.stringMatching(/Error KS142 The name 'CallEndTime' does not refer to any known column/),
      ]);
      const noUnit = query09.replace('JoinedAt + ParticipantDuration * 1s', 'JoinedAt + ParticipantDuration');
      expect(noUnit).not.toBe(query09);
      expect(diagnose(noUnit).join('\n')).toMatch(
        /KS106 The operator '\+' is not defined for the operand types datetime and long/,
      );
    });

    it('a schema without ACSCallDiagnostics', () => {
      const { ACSCallDiagnostics: _, ...tables } = schema.tables;
      const code = Kusto.Language.KustoCode.ParseAndAnalyze(query08, globalsFor(tables));
      const list = code.GetDiagnostics();
      const messages = Array.from({ length: list.Count }, (_unused, i) => list.getItem(i).Message);
      expect(messages).toContain(
        "The name 'ACSCallDiagnostics' does not refer to any known table, tabular variable or function.",
      );
    });
  });

  it('and a schema without the column makes a correct query fail (the schema is what the queries are checked against)', () => {
    const { ParticipantEndSubCode: _, ...columns } = schema.tables.ACSCallSummary?.columns ?? {};
    const narrowed = globalsFor({ ...schema.tables, ACSCallSummary: { source: '', columns } });
    const code = Kusto.Language.KustoCode.ParseAndAnalyze(
      readFileSync(join(KQL_DIR, '01-calls-ended-3112.kql'), 'utf8'),
      narrowed,
    );
    expect(code.GetDiagnostics().Count).toBeGreaterThan(0);
  });
});
