import type { FallbackStrings } from './en-US.js';

/**
 * Portuguese (Brazil): the fallback family's strings. "Você" and terms as in ACS's pt-BR: its "Join by Phone" button
 * (Ingressar por telefone, in sentence case) and phone-quality message, its dial-in panel's "Chamada tarifada" /
 * "Chamada gratuita", "a ID", reunião, chamada, vídeo, "Desligar" (its camera button). "ID da conferência" as Teams'
 * dial-in invitation (ACS's panel says "ID da reunião"). Machine-written: wants a native speaker's review
 * (docs/localization.md).
 */
export const fallbackPtBR: FallbackStrings = {
  locale: 'pt-BR',
  phone: {
    action: 'Ingressar por telefone',
    instructions: 'Ligue para {number} e, em seguida, insira a ID da conferência {conferenceId} seguida de #.',
    title: 'Ingressar por telefone',
    intro: 'Sua rede bloqueia chamadas deste dispositivo. Você ainda pode ingressar na reunião por um telefone.',
    conferenceId: 'ID da conferência: {conferenceId}',
    toll: 'Chamada tarifada',
    tollFree: 'Chamada gratuita',
    numberLine: '{number} ({kind})',
    numberLinePlace: '{number} ({kind}, {place})',
    call: 'Ligar para {number}',
    copyNumber: 'Copiar número',
    copyConferenceId: 'Copiar ID da conferência',
    copied: 'Copiado',
    copyFailed: 'Não foi possível copiar. Selecione o texto e copie-o você mesmo.',
    moreNumbers: 'Encontrar um número local',
  },
  video: {
    title: 'Sua rede está com dificuldades',
    body: 'Desligar seu vídeo pode manter o áudio nítido.',
    turnOff: 'Desligar meu vídeo',
    dismiss: 'Agora não',
    failed: 'Não foi possível desligar seu vídeo. Use os controles da chamada.',
    phoneTitle: 'A conexão continua ruim',
    phoneBody: 'Ingresse nesta chamada do seu telefone para melhorar o som.',
  },
};
