import type { ReadinessStrings } from './en-US.js';

/**
 * Portuguese (Brazil) strings of the readiness check. "Você" and terms as in ACS's pt-BR
 * (`@azure/communication-react`): chamada, ingressar, rede, conexão, microfone, câmera, navegador, "sem suporte",
 * "Tentar novamente", Cancelar. Machine-written: wants a native speaker's review (docs/localization.md).
 */
export const readinessPtBR: ReadinessStrings = {
  locale: 'pt-BR',
  title: 'Verifique sua conexão antes de ingressar',
  intro:
    'Verificamos seu navegador, seus dispositivos e sua rede para que você saiba, antes de ingressar, se a chamada vai conseguir se conectar.',
  start: 'Iniciar a verificação',
  runAgain: 'Verificar novamente',
  cancel: 'Cancelar',
  allowDevices: 'Permitir câmera e microfone',
  join: 'Ingressar',
  joinAnyway: 'Ingressar mesmo assim',
  running: 'Verificando sua conexão…',
  progress: '{done} de {total} verificações concluídas',
  aborted: 'A verificação foi cancelada.',
  untested: 'Não testado: {checks}.',
  listSeparator: ', ',
  unknown: 'desconhecido',
  verdicts: {
    ready: { title: 'Tudo pronto para ingressar', body: 'Tudo o que testamos funciona.' },
    warnings: {
      title: 'Você pode ingressar, mas pode haver problemas',
      body: 'Algumas verificações encontraram problemas ou não puderam ser executadas. Leia os detalhes abaixo.',
    },
    blocked: {
      title: 'Sua chamada não consegue se conectar daqui',
      body: 'Sua rede ou seu dispositivo impede que as chamadas funcionem. Corrija o problema abaixo e execute a verificação novamente.',
    },
    untested: {
      title: 'Não conseguimos testar nada aqui',
      body: 'Nenhuma verificação pôde ser executada neste navegador ou nesta configuração, então não podemos dizer se a chamada vai se conectar.',
    },
  },
  checks: {
    environment: 'Navegador',
    devices: 'Microfone e câmera',
    relays: 'Servidores de mídia das chamadas',
    signalling: 'Serviço de chamadas',
    history: 'Suas chamadas recentes',
  },
  status: {
    idle: 'Não iniciado',
    running: 'Verificando',
    pass: 'Aprovado',
    warn: 'Aviso',
    fail: 'Falhou',
    skipped: 'Não testado',
  },
  reasons: {
    'not-in-browser': 'Esta verificação precisa de um navegador.',
    'timed-out': 'Esta verificação demorou demais e foi interrompida.',
    'sdk-error': 'Não foi possível executar esta verificação: o navegador ou o SDK de chamadas relatou um erro.',
    aborted: 'Cancelado.',
    supported: 'Seu navegador tem suporte ({browser} {browserVersion} em {platform}).',
    'webrtc-available': 'Seu navegador pode fazer chamadas (WebRTC). Não foi verificado se ele tem suporte.',
    'unsupported-browser':
      'Este navegador não tem suporte para chamadas ({browser}). As chamadas podem não funcionar bem.',
    'unsupported-browser-version':
      'Esta versão do navegador é antiga demais para chamadas ({browser} {browserVersion}). Atualize seu navegador.',
    'unsupported-platform':
      'Este sistema operacional não tem suporte para chamadas ({platform}). As chamadas podem não funcionar bem.',
    'no-webrtc':
      'Este navegador não consegue fazer chamadas: ele não tem WebRTC. Use uma versão atual do Edge, Chrome, Firefox ou Safari.',
    'devices-available': '{microphones} microfone(s) e {cameras} câmera(s) encontrados.',
    'no-microphone': 'Nenhum microfone encontrado. Os outros não vão ouvir você: conecte um microfone.',
    'no-camera': 'Nenhuma câmera encontrada. Os outros não vão ver você.',
    'microphone-denied':
      'O acesso ao microfone está bloqueado. Os outros não vão ouvir você: permita o acesso nas configurações do navegador.',
    'camera-denied':
      'O acesso à câmera está bloqueado. Os outros não vão ver você: permita o acesso nas configurações do navegador.',
    'permission-needed': 'Permita o acesso à câmera e ao microfone para que possamos verificá-los.',
    'no-media-devices': 'Este navegador não consegue listar os dispositivos de mídia.',
    'relays-reachable': 'Sua rede consegue alcançar os servidores de mídia das chamadas ({transports}).',
    'relays-answered':
      'Os servidores de mídia das chamadas responderam ({transports}). Não foi testado se o áudio e o vídeo conseguem passar por eles.',
    'udp-blocked-tcp-works':
      'Sua rede bloqueia UDP, então o áudio e o vídeo das chamadas vão usar TCP. As chamadas devem se conectar, mas a qualidade pode ser menor.',
    'udp-blocked':
      'Sua rede bloqueia UDP para os servidores de mídia das chamadas. As chamadas ainda podem se conectar pela porta TCP 443, que não foi testada.',
    'partly-reachable':
      'Alguns servidores de mídia das chamadas não puderam ser alcançados. As chamadas ainda podem se conectar.',
    'relays-blocked':
      'Sua rede bloqueia os servidores de mídia das chamadas. As chamadas vão falhar com o erro 410/3112 até que o firewall as permita.',
    'relay-auth-failed':
      'As credenciais do aplicativo para os servidores de mídia foram recusadas. O problema é do aplicativo, não da sua rede.',
    'relay-server-error': 'Os servidores de mídia responderam com um erro. Tente novamente mais tarde.',
    'no-relay-urls': 'Nenhum servidor de mídia foi informado para teste, então isso não foi testado.',
    'endpoints-reachable': 'O serviço de chamadas pode ser alcançado.',
    'endpoints-unreachable':
      'O serviço de chamadas não pode ser alcançado ({hosts}). Verifique sua conexão com a Internet ou o proxy.',
    'no-endpoints': 'Nenhum endereço do serviço de chamadas foi informado para teste, então isso não foi testado.',
    'recent-relay-failures':
      'Suas últimas chamadas neste dispositivo ({count}) terminaram com o erro 410/3112: sua rede as bloqueou.',
    'history-clear': 'Suas chamadas recentes neste dispositivo se conectaram.',
    'no-history': 'Nenhuma chamada anterior neste dispositivo.',
  },
  adminTitle: 'Para o administrador de TI',
  adminIntro: 'Envie isto para quem gerencia sua rede.',
  adminFindings: 'O que a verificação antes da chamada encontrou:',
  copyAdmin: 'Copiar para o administrador de TI',
  copied: 'Copiado',
  copyFailed: 'Não foi possível copiar. Selecione o texto acima e copie-o você mesmo.',
  inCall: {
    found: 'A verificação antes desta chamada encontrou: {finding}',
    passed: 'A verificação antes desta chamada não encontrou nenhum problema.',
  },
};
