import type { FallbackStrings } from './en-US.js';

/**
 * Russian: the fallback family's strings. Register "вы" and terms as in ACS's ru-RU: its "Join by Phone" button
 * (Присоединиться по телефону) and phone-quality message, its dial-in panel's "платный" / "бесплатный",
 * идентификатор, собрание, звонок, видео, "Выключить" (its camera button). "Идентификатор конференции" as Teams'
 * dial-in invitation (ACS's panel says "идентификатор собрания"). Machine-written: wants a native speaker's review
 * (docs/localization.md).
 */
export const fallbackRuRU: FallbackStrings = {
  locale: 'ru-RU',
  phone: {
    action: 'Присоединиться по телефону',
    instructions:
      'Позвоните по номеру {number}, затем введите идентификатор конференции {conferenceId}, а после него #.',
    title: 'Присоединиться по телефону',
    intro: 'Ваша сеть блокирует звонки с этого устройства. Вы всё равно можете присоединиться к собранию по телефону.',
    conferenceId: 'Идентификатор конференции: {conferenceId}',
    toll: 'платный',
    tollFree: 'бесплатный',
    numberLine: '{number} ({kind})',
    numberLinePlace: '{number} ({kind}, {place})',
    call: 'Позвонить по номеру {number}',
    copyNumber: 'Копировать номер',
    copyConferenceId: 'Копировать идентификатор конференции',
    copied: 'Скопировано',
    copyFailed: 'Не удалось скопировать. Выделите текст и скопируйте его вручную.',
    moreNumbers: 'Найти местный номер',
  },
  video: {
    title: 'Ваша сеть не справляется',
    body: 'Если выключить видео, звук останется чётким.',
    turnOff: 'Выключить моё видео',
    dismiss: 'Не сейчас',
    failed: 'Не удалось выключить видео. Используйте элементы управления звонком.',
    phoneTitle: 'Подключение по-прежнему плохое',
    phoneBody: 'Присоединитесь к звонку с телефона, чтобы улучшить звук.',
  },
};
