import type { ReadinessStrings } from './en-US.js';

/**
 * German strings of the readiness check. Register "Sie" and terms as in ACS's de-DE (`@azure/communication-react`):
 * Anruf, teilnehmen, Netzwerk, Verbindung, Mikrofon, Kamera, Betriebssystem, "wird nicht unterstützt", Abbrechen,
 * "Versuchen Sie es später noch mal". Machine-written: wants a native speaker's review (docs/localization.md).
 */
export const readinessDeDE: ReadinessStrings = {
  locale: 'de-DE',
  title: 'Prüfen Sie Ihre Verbindung, bevor Sie teilnehmen',
  intro:
    'Wir prüfen Ihren Browser, Ihre Geräte und Ihr Netzwerk, damit Sie vor der Teilnahme wissen, ob der Anruf eine Verbindung herstellen kann.',
  start: 'Überprüfung starten',
  runAgain: 'Erneut prüfen',
  cancel: 'Abbrechen',
  allowDevices: 'Kamera und Mikrofon zulassen',
  join: 'Teilnehmen',
  joinAnyway: 'Trotzdem teilnehmen',
  running: 'Ihre Verbindung wird überprüft…',
  progress: '{done} von {total} Prüfungen abgeschlossen',
  aborted: 'Die Überprüfung wurde abgebrochen.',
  untested: 'Nicht geprüft: {checks}.',
  listSeparator: ', ',
  unknown: 'unbekannt',
  verdicts: {
    ready: { title: 'Sie können teilnehmen', body: 'Alles, was wir geprüft haben, funktioniert.' },
    warnings: {
      title: 'Sie können teilnehmen, aber es kann Probleme geben',
      body: 'Einige Prüfungen haben Probleme gefunden oder konnten nicht ausgeführt werden. Details finden Sie unten.',
    },
    blocked: {
      title: 'Ihr Anruf kann von hier aus keine Verbindung herstellen',
      body: 'Ihr Netzwerk oder Ihr Gerät verhindert, dass Anrufe funktionieren. Beheben Sie das Problem unten, und führen Sie die Überprüfung dann erneut aus.',
    },
    untested: {
      title: 'Hier konnten wir nichts prüfen',
      body: 'Keine der Prüfungen konnte in diesem Browser oder dieser Umgebung ausgeführt werden. Daher können wir nicht sagen, ob der Anruf eine Verbindung herstellen wird.',
    },
  },
  checks: {
    environment: 'Browser',
    devices: 'Mikrofon und Kamera',
    relays: 'Medienserver für Anrufe',
    signalling: 'Anrufdienst',
    history: 'Ihre letzten Anrufe',
  },
  status: {
    idle: 'Nicht gestartet',
    running: 'Wird geprüft',
    pass: 'Bestanden',
    warn: 'Warnung',
    fail: 'Fehlgeschlagen',
    skipped: 'Nicht geprüft',
  },
  reasons: {
    'not-in-browser': 'Diese Prüfung erfordert einen Browser.',
    'timed-out': 'Diese Prüfung hat zu lange gedauert und wurde beendet.',
    'sdk-error':
      'Diese Prüfung konnte nicht ausgeführt werden: Der Browser oder das Calling SDK hat einen Fehler gemeldet.',
    aborted: 'Abgebrochen.',
    supported: 'Ihr Browser wird unterstützt ({browser} {browserVersion} unter {platform}).',
    'webrtc-available': 'Ihr Browser kann Anrufe tätigen (WebRTC). Ob er unterstützt wird, wurde nicht geprüft.',
    'unsupported-browser':
      'Dieser Browser wird für Anrufe nicht unterstützt ({browser}). Anrufe funktionieren möglicherweise nicht richtig.',
    'unsupported-browser-version':
      'Diese Browserversion ist für Anrufe zu alt ({browser} {browserVersion}). Aktualisieren Sie Ihren Browser.',
    'unsupported-platform':
      'Dieses Betriebssystem wird für Anrufe nicht unterstützt ({platform}). Anrufe funktionieren möglicherweise nicht richtig.',
    'no-webrtc':
      'Mit diesem Browser sind keine Anrufe möglich: Er hat kein WebRTC. Verwenden Sie eine aktuelle Version von Edge, Chrome, Firefox oder Safari.',
    'devices-available': '{microphones} Mikrofon(e) und {cameras} Kamera(s) gefunden.',
    'no-microphone': 'Es wurde kein Mikrofon gefunden. Andere können Sie nicht hören: Schließen Sie ein Mikrofon an.',
    'no-camera': 'Es wurde keine Kamera gefunden. Andere können Sie nicht sehen.',
    'microphone-denied':
      'Der Zugriff auf das Mikrofon ist blockiert. Andere können Sie nicht hören: Lassen Sie ihn in den Einstellungen Ihres Browsers zu.',
    'camera-denied':
      'Der Zugriff auf die Kamera ist blockiert. Andere können Sie nicht sehen: Lassen Sie ihn in den Einstellungen Ihres Browsers zu.',
    'permission-needed': 'Lassen Sie den Zugriff auf Ihre Kamera und Ihr Mikrofon zu, damit wir sie prüfen können.',
    'no-media-devices': 'Dieser Browser kann keine Mediengeräte auflisten.',
    'relays-reachable': 'Ihr Netzwerk kann die Medienserver für Anrufe erreichen ({transports}).',
    'relays-answered':
      'Die Medienserver für Anrufe haben geantwortet ({transports}). Ob Audio und Video über sie fließen können, wurde nicht geprüft.',
    'udp-blocked-tcp-works':
      'Ihr Netzwerk blockiert UDP, daher verwenden Audio und Video des Anrufs TCP. Anrufe sollten eine Verbindung herstellen, die Qualität kann aber geringer sein.',
    'udp-blocked':
      'Ihr Netzwerk blockiert UDP zu den Medienservern für Anrufe. Anrufe können trotzdem über TCP-Port 443 eine Verbindung herstellen; das wurde nicht geprüft.',
    'partly-reachable':
      'Einige Medienserver für Anrufe waren nicht erreichbar. Anrufe können trotzdem eine Verbindung herstellen.',
    'relays-blocked':
      'Ihr Netzwerk blockiert die Medienserver für Anrufe. Anrufe schlagen mit dem Fehler 410/3112 fehl, bis die Firewall sie zulässt.',
    'relay-auth-failed':
      'Die Anmeldeinformationen der App für die Medienserver wurden abgelehnt. Das ist ein Problem der App, nicht Ihres Netzwerks.',
    'relay-server-error': 'Die Medienserver haben mit einem Fehler geantwortet. Versuchen Sie es später noch mal.',
    'no-relay-urls': 'Es wurden keine Medienserver zum Prüfen angegeben, daher wurde dies nicht geprüft.',
    'endpoints-reachable': 'Der Anrufdienst ist erreichbar.',
    'endpoints-unreachable':
      'Der Anrufdienst ist nicht erreichbar ({hosts}). Überprüfen Sie Ihre Internetverbindung oder Ihren Proxy.',
    'no-endpoints': 'Es wurde keine Adresse des Anrufdiensts zum Prüfen angegeben, daher wurde dies nicht geprüft.',
    'recent-relay-failures':
      'Ihre letzten {count} Anrufe auf diesem Gerät wurden mit dem Fehler 410/3112 beendet: Ihr Netzwerk hat sie blockiert.',
    'history-clear': 'Ihre letzten Anrufe auf diesem Gerät wurden verbunden.',
    'no-history': 'Keine früheren Anrufe auf diesem Gerät.',
  },
  adminTitle: 'Für Ihre IT-Abteilung',
  adminIntro: 'Senden Sie dies an die Person, die Ihr Netzwerk verwaltet.',
  adminFindings: 'Ergebnisse der Überprüfung vor dem Anruf:',
  copyAdmin: 'Für die IT-Abteilung kopieren',
  copied: 'Kopiert',
  copyFailed: 'Kopieren nicht möglich. Markieren Sie den Text oben, und kopieren Sie ihn selbst.',
  inCall: {
    found: 'Die Überprüfung vor diesem Anruf hat Folgendes ergeben: {finding}',
    passed: 'Die Überprüfung vor diesem Anruf hat kein Problem gefunden.',
  },
};
