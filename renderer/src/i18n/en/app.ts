// The window shell: title, patient header, station link, tabs, settings menu, languages, themes.
export const app = {
  app: {
    title: 'Vigil',
  },
  header: {
    noPatient: 'No patient admitted to this station',
    mrn: 'MRN {{mrn}}',
    born: 'Born {{date}}',
    sex: 'Sex: {{sex}}',
    product: 'Product: {{product}}',
    demo: 'DEMO',
    demoHint: 'Demonstration patient: these are not real patient data',
    alarmDisclaimer: "Vigil does not replace the monitor's own alarms.",
    stationStatusUnavailable: 'Station status unavailable: {{message}}',
  },
  link: {
    connecting: 'Connecting to the station…',
    disconnected: 'Station connection lost. Reconnecting… The values below are not being updated.',
    storageProblem: 'NOTHING IS BEING STORED since {{since}}: the station cannot write to its disk ({{reason}}). Call IT to free space or replace the disk; storing resumes by itself.',
  },
  nav: {
    tabs: 'Screens',
    live: 'Live',
    episode: 'Episode',
  },
  settings: {
    button: 'Settings',
    title: 'Display settings',
    language: 'Language',
    temperature: 'Temperature',
    celsius: '°C (Celsius)',
    fahrenheit: '°F (Fahrenheit)',
    close: 'Close',
  },
  languages: {
    en: 'English',
    zhCN: '中文',
  },
  themes: {
    legend: 'Colours',
    day: 'Day',
    night: 'Night (dim)',
  },
} as const;
