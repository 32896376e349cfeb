import type { CallDiagnosticsStrings } from '../en-US.js';
import { mergeStrings } from '../strings.js';
import { frFR } from './fr-FR.js';

/**
 * French (Canada): fr-FR with Canadian usage (OQLF: « soutien technique », « responsable des TI », « tunnellisation
 * fractionnée », no space before a semicolon; « hors connexion » for offline, as ACS's fr-CA says). Only the strings that differ are written here, so a
 * string added to fr-FR is French in fr-CA too. Machine-written: wants a native speaker's review
 * (docs/localization.md).
 */
export const frCA: CallDiagnosticsStrings = mergeStrings(frFR, {
  locale: 'fr-CA',
  banner: {
    detailsLabel: 'Détails de l’appel pour le soutien technique',
    persistentHint:
      'Les appels échouent sans cesse sur ce réseau, réessayer a donc peu de chances d’aider. Vérifiez votre réseau ou envoyez le rapport à votre responsable des TI.',
  },
  panel: {
    checkVpn:
      'Sur un VPN, utilisez la tunnellisation fractionnée pour que le trafic des appels aille directement sur Internet au lieu de passer par le VPN.',
    checkCorporate:
      'Sur un réseau d’entreprise, le pare-feu de votre organisation peut nécessiter les mêmes règles. Envoyez les détails ci-dessous à votre responsable des TI.',
    retryAdvice:
      'Si vos appels fonctionnent d’habitude, votre réseau a peut-être changé : réessayez. Si tous les appels échouent, la configuration réseau doit être corrigée; réessayer n’aidera pas.',
    adminTitle: 'Pour votre responsable des TI',
    copyAdmin: 'Copier pour votre responsable des TI',
    adminText: {
      nat: 'Ne pas réécrire les adresses ou ports NAT mappés pour UDP; garder un pool NAT assez grand.',
      vpn: 'Exclure ce trafic des tunnels VPN (tunnellisation fractionnée).',
    },
  },
  report: {
    title: 'Rapport pour le soutien technique',
    intro:
      'Tout ce dont le soutien technique a besoin pour retrouver cet appel. Les mots de passe, jetons et identifiants TURN sont supprimés avant qu’il quitte cette page.',
    previewLabel: 'Aperçu du rapport pour le soutien technique',
  },
  network: {
    noNetworkBody:
      'Votre appareil n’a aucune connexion réseau. Vérifiez le Wi-Fi ou votre câble réseau; l’appel reprend dès votre retour.',
    sendQualityBadBody:
      'Votre réseau a du mal à envoyer l’audio et la vidéo. Rapprochez-vous de votre borne Wi-Fi ou fermez les autres applications qui utilisent le réseau.',
    receiveQualityBadBody:
      'Votre réseau a du mal à recevoir l’audio et la vidéo. Rapprochez-vous de votre borne Wi-Fi ou fermez les autres applications qui utilisent le réseau.',
    actions: {
      'contact-support': 'Si cela se reproduit, copiez les détails et contactez le soutien technique.',
    },
  },
  probe: {
    verdicts: {
      'all-reachable':
        'Tous les relais fonctionnent depuis ce réseau. Si les appels échouent encore, la cause est ailleurs : réessayez, ou envoyez les détails au soutien technique.',
      'udp-blocked-tcp-works':
        'UDP est bloqué, mais {working} fonctionne : les appels peuvent se connecter, avec l’audio et la vidéo relayés en TCP, la qualité peut donc baisser. Demandez à votre responsable des TI d’autoriser UDP vers les serveurs relais.',
      'partly-reachable':
        'Certains relais fonctionnent ({working}), d’autres sont bloqués ({blocked}). Les appels devraient se connecter; envoyez les détails à votre responsable des TI pour qu’il ouvre le reste.',
      'auth-failed':
        'Les serveurs relais ont refusé les identifiants de l’application. C’est un problème de configuration de l’application, pas de votre réseau : contactez le soutien technique de l’application.',
      'server-error':
        'Les serveurs relais ont répondu par une erreur. Ce n’est probablement pas votre réseau : contactez le soutien technique de l’application.',
      'all-blocked':
        'Tous les relais sont bloqués depuis ce réseau : c’est ce qui met fin aux appels avec l’erreur 410/3112. Envoyez les détails à votre responsable des TI, ou essayez un autre réseau.',
    },
  },
});
