import type { MediaStrings } from './en-US.js';

/**
 * Chinese (Traditional, Taiwan): the media family's strings, written with Taiwan terms. "您" and terms as in ACS's
 * zh-TW: 麥克風, 相機, 喇叭, 靜音 / 取消靜音, 權限, 畫面分享, 裝置, 網路, 連線; macOS's Taiwan names (「系統設定」›
 * 「隱私權與安全性」). Machine-written: wants a native speaker's review (docs/localization.md).
 */
export const mediaZhTW: MediaStrings = {
  locale: 'zh-TW',
  issues: {
    microphonePermissionDenied: {
      title: '您的電腦正在封鎖您的麥克風',
      body: '在此瀏覽器獲准使用麥克風之前，其他人聽不到您的聲音。',
    },
    cameraPermissionDenied: {
      title: '您的電腦正在封鎖您的相機',
      body: '在此瀏覽器獲准使用相機之前，其他人看不到您。',
    },
    screenshareRecordingDisabled: {
      title: '您的電腦正在封鎖螢幕畫面分享',
      body: '在此瀏覽器獲准錄製螢幕之前，您無法分享螢幕畫面。',
    },
    noMicrophoneDevicesEnumerated: {
      title: '找不到麥克風',
      body: '請連接麥克風或耳機麥克風，讓其他人能聽到您的聲音。',
    },
    noSpeakerDevicesEnumerated: {
      title: '找不到喇叭',
      body: '請連接喇叭或耳機以聆聽通話。',
    },
    microphoneNotFunctioning: {
      title: '您的麥克風無法運作',
      body: '其他人聽不到您的聲音。麥克風可能已關閉，或正由其他應用程式使用：請關閉該應用程式或選擇其他麥克風。',
    },
    microphoneMuteUnexpectedly: {
      title: '系統已將您的麥克風設為靜音',
      body: '取消靜音即可讓其他人再次聽到您的聲音，或選擇其他麥克風。',
    },
    microphoneNotMuteButSilent: {
      title: '您的麥克風沒有收到任何聲音',
      body: '請檢查麥克風是否已插好，且未在裝置上設為靜音，或選擇其他麥克風。',
    },
    cameraStartFailed: {
      title: '無法啟動您的相機',
      body: '相機可能已關閉，或正由其他應用程式使用：請關閉該應用程式並重新開啟相機，或選擇其他相機。',
    },
    cameraStartTimedOut: {
      title: '您的相機啟動時間過長',
      body: '請關閉相機後重新開啟，或選擇其他相機。',
    },
    cameraStoppedUnexpectedly: {
      title: '您的相機已停止',
      body: '系統已停止您的視訊。請重新開啟相機，或選擇其他相機。',
    },
    capturerStartFailed: {
      title: '無法啟動畫面分享',
      body: '請再次嘗試分享您的螢幕畫面。',
    },
    capturerStoppedUnexpectedly: {
      title: '畫面分享已停止',
      body: '請再次分享您的螢幕畫面以繼續。',
    },
    cameraFreeze: {
      title: '其他人看到您的視訊畫面凍結',
      body: '您的網路目前可能太慢，無法傳送視訊。請檢查網路，或關閉相機後重新開啟。',
    },
  },
  allow: {
    microphone: {
      macos: '若要允許：開啟「系統設定」›「隱私權與安全性」›「麥克風」，開啟您的瀏覽器，然後重新啟動瀏覽器。',
      chromium: '在瀏覽器中：選取網址列左側的網站設定圖示，允許使用麥克風，然後重新載入頁面。',
      safari: '在 Safari 中：選擇「Safari」›「此網站的設定」，將「麥克風」設為「允許」，然後重新載入頁面。',
      firefox: '在 Firefox 中：選取網址列中的權限圖示，移除已封鎖的麥克風權限，然後重新載入頁面。',
    },
    camera: {
      macos: '若要允許：開啟「系統設定」›「隱私權與安全性」›「相機」，開啟您的瀏覽器，然後重新啟動瀏覽器。',
      chromium: '在瀏覽器中：選取網址列左側的網站設定圖示，允許使用相機，然後重新載入頁面。',
      safari: '在 Safari 中：選擇「Safari」›「此網站的設定」，將「相機」設為「允許」，然後重新載入頁面。',
      firefox: '在 Firefox 中：選取網址列中的權限圖示，移除已封鎖的相機權限，然後重新載入頁面。',
    },
    screen: {
      macos: '若要允許：開啟「系統設定」›「隱私權與安全性」›「螢幕與系統錄音」，開啟您的瀏覽器，然後重新啟動瀏覽器。',
      chromium: '在瀏覽器中：再次分享您的螢幕畫面，並在瀏覽器詢問時選擇要分享的內容。',
      safari: '在 Safari 中：再次分享您的螢幕畫面，並在 Safari 詢問時允許。',
      firefox: '在 Firefox 中：再次分享您的螢幕畫面，並在 Firefox 詢問時允許。',
    },
  },
  actions: {
    unmute: '取消靜音',
    chooseMicrophone: '選擇其他麥克風',
    chooseCamera: '選擇其他相機',
    chooseSpeaker: '選擇其他喇叭',
    checkNetwork: '檢查網路',
  },
  muted: {
    title: '您的麥克風已設為靜音',
    body: '您正在說話，但您的麥克風已設為靜音。',
    unmute: '取消靜音',
    dismiss: '關閉',
    unmuteFailed: '無法取消靜音。請使用通話控制項取消靜音。',
  },
  remote: {
    poorConnection: '連線不佳',
    reconnecting: '正在重新連線',
    offline: '離線',
    connectionBlocked: '連線遭封鎖',
    cameraFrozen: '相機畫面凍結',
    cameraStopped: '相機已停止',
    microphoneNotWorking: '麥克風無法運作',
    mutedBySystem: '已被其裝置設為靜音',
    noMicrophone: '沒有麥克風',
    noSpeaker: '聽不到通話',
    label: '{name}：{problem}',
    someone: '一位參與者',
  },
};
