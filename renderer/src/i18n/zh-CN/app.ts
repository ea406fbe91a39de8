// The window shell: title, patient header, station link, tabs, settings menu, languages, themes.
import type { app as en } from '../en/app';
import type { Translation } from '../types';

export const app: Translation<typeof en> = {
  app: {
    title: 'Vigil',
  },
  header: {
    noPatient: '本监护站尚未收治患者',
    mrn: '病历号 {{mrn}}',
    born: '出生日期 {{date}}',
    sex: '性别：{{sex}}',
    product: '产品：{{product}}',
    demo: '演示',
    demoHint: '演示患者：以下不是真实患者数据',
    alarmDisclaimer: 'Vigil 不能替代监护仪自身的报警。',
    stationStatusUnavailable: '无法获取监护站状态：{{message}}',
  },
  link: {
    connecting: '正在连接监护站…',
    disconnected: '与监护站的连接已断开，正在重新连接… 下方数值未在更新。',
    storageProblem: '自 {{since}} 起数据未被保存：监护站无法写入磁盘（{{reason}}）。请联系信息科释放空间或更换磁盘；恢复后将自动继续保存。',
  },
  nav: {
    tabs: '页面',
    live: '实时',
    episode: '病程',
  },
  settings: {
    button: '设置',
    title: '显示设置',
    language: '语言',
    temperature: '体温单位',
    celsius: '°C（摄氏度）',
    fahrenheit: '°F（华氏度）',
    close: '关闭',
  },
  languages: {
    en: 'English',
    zhCN: '中文',
  },
  themes: {
    legend: '配色',
    day: '日间',
    night: '夜间（调暗）',
  },
};
