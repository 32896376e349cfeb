import type { QualityStrings } from './en-US.js';

/**
 * Portuguese (Brazil): the quality family's strings. Terms as in ACS's pt-BR: qualidade da rede (its "A qualidade da
 * rede é baixa"), chamada, vídeo, largura de banda; the levels agree with qualidade (feminine). % without a space, as
 * Brazilian Portuguese writes it. Machine-written: wants a native speaker's review (docs/localization.md).
 */
export const qualityPtBR: QualityStrings = {
  locale: 'pt-BR',
  levels: {
    good: 'Boa',
    fair: 'Razoável',
    poor: 'Ruim',
    unknown: 'Ainda não medida',
  },
  label: 'Qualidade da rede: {level}',
  labelWithReasons: 'Qualidade da rede: {level} — {reasons}',
  reasons: {
    rtt: 'atraso',
    jitter: 'áudio irregular',
    loss: 'perda de pacotes',
    bandwidth: 'largura de banda baixa',
    freeze: 'vídeo congelado',
    ufd: 'a qualidade da rede é baixa',
  },
  directions: {
    send: 'envio',
    receive: 'recebimento',
  },
  reasonWithDirection: '{reason} ({direction})',
  separator: ', ',
  announcement: 'A qualidade da rede mudou: {level}.',
  figures: {
    title: 'Qualidade da chamada',
    mos: 'Qualidade de áudio estimada: {mos} de 5',
    rtt: 'Tempo de ida e volta: {value}\u00a0ms',
    jitter: 'Variação de atraso: {value}\u00a0ms',
    loss: 'Perda de pacotes: {value}%',
    bandwidth: 'Upload disponível: {value}\u00a0kbit/s',
    freeze: 'Vídeo congelado: {value}\u00a0ms',
    send: 'Envio',
    receive: 'Recebimento',
    none: 'Nenhum áudio está sendo transmitido, então não é possível medir a qualidade.',
  },
};
