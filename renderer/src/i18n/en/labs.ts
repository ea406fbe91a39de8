// Labs screen.
import { LAB_TESTS } from '../../../../shared/labs';

export const labs = {
  labs: {
    tab: 'Labs',
    title: 'Laboratory results',
    loading: 'Loading the results…',
    error: 'Results unavailable: {{message}}',
    empty: 'No results in this episode yet.',
    tableLabel: 'Results by day (scrolls sideways)',
    tableCaption: 'Laboratory results by day, oldest first',
    test: 'Test',
    unit: 'Unit',
    range: 'Range',
    noRange: 'The lab sent no reference range',
    noRangeShort: 'no range sent',
    today: 'today',
    todayColumn: '{{day}} · today',
    pending: 'pending',
    count: '{{count}} results that day (the latest is shown)',
    chartsLabel: 'Results over time, one chart per test',
    logScale: 'log scale',
    future: 'the time is in the future',
    nothingTyped: 'Enter at least one result.',
    mark: {
      high: 'above range',
      low: 'below range',
      abnormal: 'abnormal',
    },
    markShort: {
      high: '↑H',
      low: '↓L',
      abnormal: 'A',
    },
    change: {
      up: 'up from {{previous}}',
      down: 'down from {{previous}}',
      same: 'unchanged from {{previous}}',
    },
    groups: {
      cbc: 'Blood count',
      chemistry: 'Chemistry',
      coagulation: 'Coagulation',
      blood_gas: 'Blood gas',
      inflammation: 'Inflammation (CRP, ferritin, IL-6)',
    },
    entry: {
      open: 'Enter results…',
      title: 'Enter lab results',
      panel: 'Panel',
      time: 'Sample taken at',
      unitOf: 'Unit of {{test}}',
      preview: '= {{value}} {{unit}}',
      save: 'Save results',
      questionIntro: 'The station asks you to check:',
      confirmSave: 'Confirm and save',
    },
    /** Each built-in test's name by its code: the lab catalogue's own English (shared/labs.ts). */
    testName: Object.fromEntries(LAB_TESTS.map((test) => [test.code, test.name])) as Readonly<Record<string, string>>,
    /** The unit of a ratio (INR). */
    ratio: 'ratio',
  },
} as const;
