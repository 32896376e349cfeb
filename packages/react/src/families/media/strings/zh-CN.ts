import type { MediaStrings } from './en-US.js';

/**
 * Chinese (Simplified): the media family's strings. "你" and terms as in ACS's zh-CN: 麦克风, 相机, 扬声器, 静音 /
 * 取消静音, 权限, 屏幕共享; macOS's Simplified Chinese names (“系统设置” › “隐私与安全性”; its camera pane is
 * “摄像头”, so those steps also say 相机). Machine-written: wants a native speaker's review (docs/localization.md).
 */
export const mediaZhCN: MediaStrings = {
  locale: 'zh-CN',
  issues: {
    microphonePermissionDenied: {
      title: '你的电脑正在阻止你的麦克风',
      body: '在此浏览器获准使用麦克风之前，其他人听不到你的声音。',
    },
    cameraPermissionDenied: {
      title: '你的电脑正在阻止你的相机',
      body: '在此浏览器获准使用相机之前，其他人看不到你。',
    },
    screenshareRecordingDisabled: {
      title: '你的电脑正在阻止屏幕共享',
      body: '在此浏览器获准录制屏幕之前，你无法共享屏幕。',
    },
    noMicrophoneDevicesEnumerated: {
      title: '找不到麦克风',
      body: '请连接麦克风或耳麦，以便其他人能听到你的声音。',
    },
    noSpeakerDevicesEnumerated: {
      title: '找不到扬声器',
      body: '请连接扬声器或耳机以收听通话。',
    },
    microphoneNotFunctioning: {
      title: '你的麦克风无法正常工作',
      body: '其他人听不到你的声音。麦克风可能已关闭，或正被其他应用使用：请关闭该应用或选择其他麦克风。',
    },
    microphoneMuteUnexpectedly: {
      title: '系统已将你的麦克风静音',
      body: '取消静音即可让其他人再次听到你的声音，或选择其他麦克风。',
    },
    microphoneNotMuteButSilent: {
      title: '你的麦克风未拾取到任何声音',
      body: '请检查麦克风是否已插好，以及设备本身是否未静音，或选择其他麦克风。',
    },
    cameraStartFailed: {
      title: '无法启动你的相机',
      body: '相机可能已关闭，或正被其他应用使用：请关闭该应用并重新打开相机，或选择其他相机。',
    },
    cameraStartTimedOut: {
      title: '你的相机启动时间过长',
      body: '请关闭相机后重新打开，或选择其他相机。',
    },
    cameraStoppedUnexpectedly: {
      title: '你的相机已停止',
      body: '系统已停止你的视频。请重新打开相机，或选择其他相机。',
    },
    capturerStartFailed: {
      title: '无法启动屏幕共享',
      body: '请重新尝试共享你的屏幕。',
    },
    capturerStoppedUnexpectedly: {
      title: '屏幕共享已停止',
      body: '请重新共享你的屏幕以继续。',
    },
    cameraFreeze: {
      title: '其他人看到你的视频卡住了',
      body: '你的网络目前可能太慢，无法传输视频。请检查网络，或关闭相机后重新打开。',
    },
  },
  allow: {
    microphone: {
      macos: '若要允许：打开“系统设置” › “隐私与安全性” › “麦克风”，为你的浏览器打开开关，然后重启浏览器。',
      chromium: '在浏览器中：选择地址栏左侧的网站设置图标，允许使用麦克风，然后重新加载页面。',
      safari: '在 Safari 中：选择“Safari 浏览器” › “此网站的设置”，将“麦克风”设为“允许”，然后重新加载页面。',
      firefox: '在 Firefox 中：选择地址栏中的权限图标，删除被阻止的麦克风权限，然后重新加载页面。',
    },
    camera: {
      macos: '若要允许使用相机：打开“系统设置” › “隐私与安全性” › “摄像头”，为你的浏览器打开开关，然后重启浏览器。',
      chromium: '在浏览器中：选择地址栏左侧的网站设置图标，允许使用相机，然后重新加载页面。',
      safari:
        '在 Safari 中：若要允许使用相机，选择“Safari 浏览器” › “此网站的设置”，将“摄像头”设为“允许”，然后重新加载页面。',
      firefox: '在 Firefox 中：选择地址栏中的权限图标，删除被阻止的相机权限，然后重新加载页面。',
    },
    screen: {
      macos: '若要允许：打开“系统设置” › “隐私与安全性” › “录屏与系统录音”，为你的浏览器打开开关，然后重启浏览器。',
      chromium: '在浏览器中：重新共享你的屏幕，并在浏览器询问时选择要共享的内容。',
      safari: '在 Safari 中：重新共享你的屏幕，并在 Safari 询问时允许。',
      firefox: '在 Firefox 中：重新共享你的屏幕，并在 Firefox 询问时允许。',
    },
  },
  actions: {
    unmute: '取消静音',
    chooseMicrophone: '选择其他麦克风',
    chooseCamera: '选择其他相机',
    chooseSpeaker: '选择其他扬声器',
    checkNetwork: '检查网络',
  },
  muted: {
    title: '你已静音',
    body: '你正在说话，但你的麦克风已静音。',
    unmute: '取消静音',
    dismiss: '关闭',
    unmuteFailed: '无法取消静音。请使用通话控件取消静音。',
  },
  remote: {
    poorConnection: '连接不佳',
    reconnecting: '正在重新连接',
    offline: '脱机',
    connectionBlocked: '连接被阻止',
    cameraFrozen: '相机画面冻结',
    cameraStopped: '相机已停止',
    microphoneNotWorking: '麦克风无法工作',
    mutedBySystem: '已被其设备静音',
    noMicrophone: '没有麦克风',
    noSpeaker: '听不到通话',
    label: '{name}：{problem}',
    someone: '一位参与者',
  },
};
