import type { MediaStrings } from './en-US.js';

/**
 * Portuguese (Brazil): the media family's strings. Register "você" and terms as in ACS's pt-BR: microfone, câmera,
 * alto-falante, "mudo ativado" / "Desativar mudo", permissão, compartilhamento de tela; macOS's Brazilian names
 * (Ajustes do Sistema › Privacidade e Segurança). Machine-written: wants a native speaker's review
 * (docs/localization.md).
 */
export const mediaPtBR: MediaStrings = {
  locale: 'pt-BR',
  issues: {
    microphonePermissionDenied: {
      title: 'Seu computador está bloqueando o microfone',
      body: 'As outras pessoas não vão ouvir você até que este navegador tenha permissão para usar o microfone.',
    },
    cameraPermissionDenied: {
      title: 'Seu computador está bloqueando a câmera',
      body: 'As outras pessoas não vão ver você até que este navegador tenha permissão para usar a câmera.',
    },
    screenshareRecordingDisabled: {
      title: 'Seu computador está bloqueando o compartilhamento de tela',
      body: 'Você não poderá compartilhar a tela até que este navegador tenha permissão para gravá-la.',
    },
    noMicrophoneDevicesEnumerated: {
      title: 'Nenhum microfone encontrado',
      body: 'Conecte um microfone ou um headset para que as outras pessoas ouçam você.',
    },
    noSpeakerDevicesEnumerated: {
      title: 'Nenhum alto-falante encontrado',
      body: 'Conecte alto-falantes ou fones de ouvido para ouvir a chamada.',
    },
    microphoneNotFunctioning: {
      title: 'Seu microfone não está funcionando',
      body: 'As outras pessoas não ouvem você. Ele pode estar desligado ou em uso por outro aplicativo: feche esse aplicativo ou escolha outro microfone.',
    },
    microphoneMuteUnexpectedly: {
      title: 'O mudo do seu microfone foi ativado pelo sistema',
      body: 'Desative o mudo para ser ouvido de novo, ou escolha outro microfone.',
    },
    microphoneNotMuteButSilent: {
      title: 'Seu microfone não está captando nenhum som',
      body: 'Verifique se ele está conectado e sem o mudo ativado no próprio dispositivo, ou escolha outro microfone.',
    },
    cameraStartFailed: {
      title: 'Não foi possível iniciar a câmera',
      body: 'Ela pode estar desligada ou em uso por outro aplicativo: feche esse aplicativo e ligue a câmera de novo, ou escolha outra câmera.',
    },
    cameraStartTimedOut: {
      title: 'A câmera está demorando demais para iniciar',
      body: 'Desligue e ligue a câmera de novo, ou escolha outra câmera.',
    },
    cameraStoppedUnexpectedly: {
      title: 'Sua câmera parou',
      body: 'O sistema interrompeu o seu vídeo. Ligue a câmera de novo, ou escolha outra câmera.',
    },
    capturerStartFailed: {
      title: 'Não foi possível iniciar o compartilhamento de tela',
      body: 'Tente compartilhar a tela de novo.',
    },
    capturerStoppedUnexpectedly: {
      title: 'O compartilhamento de tela parou',
      body: 'Compartilhe a tela de novo para continuar.',
    },
    cameraFreeze: {
      title: 'As outras pessoas veem seu vídeo congelado',
      body: 'Sua rede pode estar lenta demais para vídeo agora. Verifique a rede, ou desligue e ligue a câmera de novo.',
    },
  },
  allow: {
    microphone: {
      macos:
        'Para permitir: abra Ajustes do Sistema › Privacidade e Segurança › Microfone, ative o seu navegador e reinicie o navegador.',
      chromium:
        'No navegador: selecione o ícone de configurações do site à esquerda da barra de endereços, permita o microfone e recarregue a página.',
      safari: 'No Safari: escolha Safari › Ajustes deste Site, defina Microfone como Permitir e recarregue a página.',
      firefox:
        'No Firefox: selecione o ícone de permissões na barra de endereços, remova a permissão bloqueada do microfone e recarregue a página.',
    },
    camera: {
      macos:
        'Para permitir: abra Ajustes do Sistema › Privacidade e Segurança › Câmera, ative o seu navegador e reinicie o navegador.',
      chromium:
        'No navegador: selecione o ícone de configurações do site à esquerda da barra de endereços, permita a câmera e recarregue a página.',
      safari: 'No Safari: escolha Safari › Ajustes deste Site, defina Câmera como Permitir e recarregue a página.',
      firefox:
        'No Firefox: selecione o ícone de permissões na barra de endereços, remova a permissão bloqueada da câmera e recarregue a página.',
    },
    screen: {
      macos:
        'Para permitir: abra Ajustes do Sistema › Privacidade e Segurança › Gravação de Tela e Áudio do Sistema, ative o seu navegador e reinicie o navegador.',
      chromium: 'No navegador: compartilhe a tela de novo e escolha o que compartilhar quando o navegador perguntar.',
      safari: 'No Safari: compartilhe a tela de novo e permita quando o Safari perguntar.',
      firefox: 'No Firefox: compartilhe a tela de novo e permita quando o Firefox perguntar.',
    },
  },
  actions: {
    unmute: 'Desativar mudo',
    chooseMicrophone: 'Escolher outro microfone',
    chooseCamera: 'Escolher outra câmera',
    chooseSpeaker: 'Escolher outro alto-falante',
    checkNetwork: 'Verificar a rede',
  },
  muted: {
    title: 'Você está com o mudo ativado',
    body: 'Você está falando, mas o seu microfone está com o mudo ativado.',
    unmute: 'Desativar mudo',
    dismiss: 'Fechar',
    unmuteFailed: 'Não foi possível desativar o mudo. Use os controles da chamada para desativá-lo.',
  },
  remote: {
    poorConnection: 'Conexão ruim',
    reconnecting: 'Reconectando',
    offline: 'Offline',
    connectionBlocked: 'Conexão bloqueada',
    cameraFrozen: 'Câmera congelada',
    cameraStopped: 'Câmera parada',
    microphoneNotWorking: 'Microfone não está funcionando',
    mutedBySystem: 'Mudo ativado pelo dispositivo',
    noMicrophone: 'Sem microfone',
    noSpeaker: 'Não está ouvindo a chamada',
    label: '{name}: {problem}',
    someone: 'Um participante',
  },
};
