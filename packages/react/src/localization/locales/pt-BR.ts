import type { CallDiagnosticsStrings } from '../en-US.js';

/** Portuguese (Brazil). Machine-written: wants a native speaker's review (docs/localization.md). */
export const ptBR: CallDiagnosticsStrings = {
  locale: 'pt-BR',
  dir: 'ltr',
  banner: {
    relaysUnreachableTitle: 'Problemas para alcançar os servidores de chamada',
    relaysUnreachableBody:
      'Sua rede está bloqueando a conexão de que o áudio e o vídeo da chamada precisam. A chamada pode falhar se isso continuar.',
    relaysUnreachableSince: 'Desde {time}',
    endedTitle: 'Sua chamada foi encerrada por causa de um problema de rede',
    relayFailureTitle: 'Não foi possível conectar sua chamada: sua rede a bloqueou',
    relayFailureBody:
      'Seu dispositivo não conseguiu alcançar os servidores de retransmissão que transportam o áudio e o vídeo da chamada. Normalmente a causa é um firewall, uma VPN ou uma política de rede.',
    code: 'Código de erro {code}',
    callId: 'ID da chamada: {callId}',
    retry: 'Tentar novamente',
    checkNetwork: 'Verificar sua rede',
    copyDetails: 'Copiar detalhes',
    copied: 'Detalhes copiados',
    copyFailed: 'Não foi possível copiar. Selecione os detalhes abaixo e copie-os você mesmo.',
    detailsLabel: 'Detalhes da chamada para o suporte',
    dismiss: 'Fechar',
    transientHint: 'Suas chamadas já funcionaram nesta rede, então isso provavelmente é temporário: tente novamente.',
    persistentHint:
      'As chamadas continuam falhando nesta rede, então tentar de novo dificilmente ajudará. Verifique sua rede ou envie o relatório ao administrador de TI.',
  },
  toast: {
    recoveredTitle: 'Conexão restaurada',
    recoveredBody: 'Sua rede consegue alcançar os servidores de chamada novamente.',
  },
  panel: {
    title: 'Verifique seu firewall e sua rede',
    close: 'Fechar',
    intro:
      'As chamadas precisam alcançar as retransmissões de mídia dos Serviços de Comunicação do Azure (Azure Communication Services). Quando um firewall, VPN ou proxy as bloqueia, a chamada termina com o erro 410/3112.',
    failedCall: 'Sua última chamada terminou com o erro {code} (ID da chamada {callId}).',
    checklistTitle: 'O que verificar',
    checkMediaPorts: 'Permita as portas UDP 3478–3481 e a porta TCP 443 para o intervalo de endereços {range}.',
    checkSignalling: 'Permita as portas TCP 443 e 80 para {domains}.',
    checkUdp:
      'Verifique se o firewall não bloqueia UDP: as chamadas funcionam melhor por UDP e recorrem ao TCP 443 como alternativa.',
    checkNat:
      'Verifique as configurações de NAT: o firewall não deve reescrever endereços ou portas UDP mapeados, e o pool de NAT deve ser grande o suficiente.',
    checkVpn:
      'Em uma VPN, use o túnel dividido (split tunneling) para que o tráfego da chamada vá direto para a internet em vez de passar pela VPN.',
    checkCorporate:
      'Em uma rede corporativa, o firewall da sua organização pode precisar das mesmas regras. Envie os detalhes abaixo ao administrador de TI.',
    checkCustomTurn:
      'Se este aplicativo usa servidores TURN próprios, verifique se o endereço IP, a porta e o protocolo (UDP, TCP ou TLS) deles não estão bloqueados.',
    rulesTitle: 'Regras a permitir',
    ruleLine: '{protocol} {ports} → {destinations} ({purpose})',
    retryAdvice:
      'Se as chamadas costumam funcionar para você, sua rede pode ter mudado: tente novamente. Se todas as chamadas falham, a configuração de rede precisa ser corrigida; tentar de novo não vai ajudar.',
    adminTitle: 'Para o administrador de TI',
    adminIntro: 'Copie isto e envie para quem gerencia sua rede.',
    copyAdmin: 'Copiar para o administrador de TI',
    copied: 'Copiado',
    copyFailed: 'Não foi possível copiar. Selecione o texto e copie-o você mesmo.',
    adminText: {
      heading: 'As chamadas do Azure Communication Services estão bloqueadas nesta rede.',
      rulesHeading: 'Por favor, permita:',
      nat: 'Não reescrever endereços ou portas NAT mapeados para UDP; manter o pool de NAT grande o suficiente.',
      vpn: 'Excluir este tráfego dos túneis VPN (túnel dividido).',
      customTurn: 'Se o aplicativo usa servidores TURN personalizados, liberar o IP, a porta e o protocolo deles.',
      detailsHeading: 'Detalhes da chamada:',
    },
  },
  details: {
    callId: 'ID da chamada',
    participantId: 'ID do participante',
    code: 'Código de erro',
    time: 'Hora',
    relaysUnreachableSince: 'Retransmissões inacessíveis desde',
    relayStatus: 'Status das retransmissões',
    unknown: 'desconhecido',
  },
  report: {
    title: 'Relatório para o suporte',
    intro:
      'Tudo de que o suporte precisa para localizar esta chamada. Senhas, tokens e credenciais TURN são removidos antes que ele saia desta página.',
    previewLabel: 'Visualização do relatório para o suporte',
    copy: 'Copiar relatório',
    download: 'Baixar relatório',
    copied: 'Relatório copiado',
    copyFailed: 'Não foi possível copiar o relatório. Baixe-o ou selecione o texto e copie-o você mesmo.',
    downloaded: 'Relatório baixado',
    downloadFailed: 'Não foi possível baixar o relatório. Copie-o em vez disso.',
  },
  purpose: {
    media: 'mídia',
    signalling: 'sinalização',
  },
  endCodes: {
    relaysNotReachable: 'Sua rede bloqueou a conexão de mídia da chamada.',
    setupNetworkUnexpected: 'A chamada não pôde começar por causa de um problema de rede inesperado.',
    droppedNetworkUnexpected: 'A chamada foi desconectada devido a um problema de rede inesperado.',
    mediaOfferFailed: 'A chamada não conseguiu configurar o áudio e o vídeo.',
    noMediaConnectivitySetup:
      'A chamada não conseguiu conectar o áudio e o vídeo. Um firewall ou uma VPN pode estar bloqueando.',
    mediaConnectivityLost: 'A chamada perdeu a conexão de áudio e vídeo.',
    httpRequestFailed: 'O navegador não conseguiu concluir uma solicitação de rede para a chamada.',
    networkLostNoReconnect: 'Seu dispositivo perdeu a conexão de rede e não conseguiu se reconectar.',
    infrastructureUnreachable: 'Seu dispositivo não conseguiu alcançar o serviço de chamadas.',
    mediaStackError: 'O áudio e o vídeo falharam neste dispositivo.',
    localNetworkIssue: 'Um problema de rede neste dispositivo encerrou a chamada.',
    serviceError: 'O serviço de chamadas teve um problema.',
    unknown: 'A chamada foi encerrada inesperadamente.',
  },
  network: {
    noNetworkTitle: 'Você está offline',
    noNetworkBody:
      'Seu dispositivo está sem conexão de rede. Verifique o Wi-Fi ou o cabo de rede; a chamada continua quando você voltar.',
    relaysUnreachableTitle: 'Problemas para alcançar os servidores de chamada',
    reconnectingTitle: 'Reconectando…',
    reconnectingBody: 'A chamada perdeu a conexão de áudio e vídeo e está tentando se reconectar.',
    reconnectFailedTitle: 'Não foi possível reconectar sua chamada',
    reconnectFailedBody:
      'A conexão de rede foi perdida e a chamada não conseguiu se reconectar. Verifique sua conexão e ingresse novamente.',
    sendQualityBadTitle: 'Os outros talvez não ouçam ou vejam você',
    sendQualityBadBody:
      'Sua rede está com dificuldade para enviar áudio e vídeo. Aproxime-se do Wi-Fi ou feche outros aplicativos que usam a rede.',
    sendQualityPoorTitle: 'A qualidade da rede é baixa',
    sendQualityPoorBody: 'Os outros podem ouvir ou ver você com atraso.',
    receiveQualityBadTitle: 'Talvez você não ouça ou veja os outros',
    receiveQualityBadBody:
      'Sua rede está com dificuldade para receber áudio e vídeo. Aproxime-se do Wi-Fi ou feche outros aplicativos que usam a rede.',
    receiveQualityPoorTitle: 'O áudio e o vídeo recebidos podem falhar',
    receiveQualityPoorBody: 'Sua rede está recebendo dados lentamente.',
    since: 'Desde {time}',
    moreIssuesOne: '+1 outro problema',
    moreIssuesMany: '+{count} outros problemas',
    endTitles: {
      relaysNotReachable: 'Não foi possível conectar sua chamada: sua rede a bloqueou',
      setupNetworkUnexpected: 'Sua chamada não pôde começar por causa de um problema de rede',
      droppedNetworkUnexpected: 'Sua chamada foi desconectada devido a um problema de rede',
      mediaOfferFailed: 'Sua chamada não conseguiu configurar o áudio e o vídeo',
      noMediaConnectivitySetup: 'Sua chamada não conseguiu conectar o áudio e o vídeo',
      mediaConnectivityLost: 'Sua chamada perdeu a conexão de áudio e vídeo',
      httpRequestFailed: 'Uma solicitação de rede da sua chamada falhou',
      networkLostNoReconnect: 'Sua chamada foi encerrada: a conexão de rede foi perdida',
      infrastructureUnreachable: 'Sua chamada não conseguiu alcançar o serviço de chamadas',
      mediaStackError: 'Sua chamada terminou: o áudio e o vídeo falharam neste dispositivo',
      localNetworkIssue: 'Sua chamada terminou por causa de um problema de rede neste dispositivo',
      serviceError: 'Sua chamada terminou: o serviço de chamadas teve um problema',
      unknown: 'Sua chamada foi encerrada inesperadamente',
    },
    actions: {
      retry: 'Tente novamente: isso costuma ser temporário.',
      'fix-network': 'Verifique sua rede: um firewall, uma VPN ou uma conexão fraca costumam ser a causa.',
      'contact-support': 'Se isso continuar acontecendo, copie os detalhes e entre em contato com o suporte.',
      'update-environment': 'Atualize o navegador e use um dispositivo compatível; depois tente novamente.',
    },
  },
  probe: {
    title: 'Testar minha conexão',
    intro:
      'Verifique a partir deste dispositivo se os servidores de retransmissão deste aplicativo podem ser alcançados por UDP, TCP e TLS. Leva alguns segundos e não envia áudio nem vídeo.',
    noServers:
      'Este aplicativo usa as próprias retransmissões do Azure Communication Services. Testá-las exige credenciais de retransmissão do aplicativo, e ele não forneceu nenhuma, então o teste não está disponível aqui. A lista de verificação acima continua valendo.',
    start: 'Testar minha conexão',
    again: 'Testar novamente',
    cancel: 'Cancelar teste',
    running: 'Testando {count} endereços de retransmissão…',
    progressLabel: 'Progresso do teste de retransmissão',
    cancelled: 'Teste cancelado.',
    resultsLabel: 'Resultado por endereço de retransmissão',
    resultLine: '{transport} · {url}: {status} ({ms} ms)',
    verdictTitle: 'O que isso significa',
    transports: { udp: 'UDP', tcp: 'TCP', tls: 'TLS' },
    statuses: {
      reachable: 'funciona',
      'auth-failed': 'recusou as credenciais do aplicativo',
      unreachable: 'bloqueado ou inacessível',
      'server-error': 'o servidor respondeu com um erro',
      'invalid-url': 'não é um endereço de retransmissão válido',
      timeout: 'sem resposta (provavelmente bloqueado)',
      unsupported: 'não pode ser testado aqui',
    },
    verdicts: {
      'all-reachable':
        'Todas as retransmissões funcionam nesta rede. Se as chamadas ainda falharem, a causa está em outro lugar: tente novamente ou envie os detalhes ao suporte.',
      'udp-blocked-tcp-works':
        'O UDP está bloqueado, mas {working} funciona: as chamadas podem conectar, com áudio e vídeo retransmitidos por TCP, então a qualidade pode cair. Peça ao administrador de TI para permitir UDP para os servidores de retransmissão.',
      'partly-reachable':
        'Algumas retransmissões funcionam ({working}), outras estão bloqueadas ({blocked}). As chamadas devem conectar; envie os detalhes ao administrador de TI para que ele libere o restante.',
      'auth-failed':
        'Os servidores de retransmissão recusaram as credenciais do aplicativo. É um problema na configuração do aplicativo, não na sua rede: entre em contato com o suporte do aplicativo.',
      'server-error':
        'Os servidores de retransmissão responderam com um erro. Provavelmente não é a sua rede: entre em contato com o suporte do aplicativo.',
      'all-blocked':
        'Todas as retransmissões estão bloqueadas nesta rede: é isso que encerra as chamadas com o erro 410/3112. Envie os detalhes ao administrador de TI ou tente outra rede.',
      'no-testable-servers': 'Nenhum dos endereços de retransmissão do aplicativo pode ser testado aqui.',
      'no-webrtc':
        'Este navegador não consegue executar o teste (não tem WebRTC). Use uma versão atual do Edge, Chrome, Firefox ou Safari.',
    },
    adminHeading: 'Teste de retransmissão deste dispositivo:',
    adminVerdict: 'Resultado: {verdict}',
    adminLine: '- {transport} {url}: {status}{code} ({ms} ms)',
    adminCode: ', erro {code}',
  },
};
