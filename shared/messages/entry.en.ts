// The English words of the hand-entry checks (shared/clinical/entryCheck.ts): the station's error text and the window's en.
export const entryEn = {
  entry: {
    negative: 'A value cannot be negative.',
    wrongUnit: 'This value is entered in {{unit}}, not {{given}}.',
    spo2Above100: 'SpO₂ cannot be above 100 % (entered {{value}} %).',
    sysNotAboveDia: 'Systolic {{sys}} mmHg must be above diastolic {{dia}} mmHg.',
    meanOutside: 'The mean {{mean}} mmHg must lie between diastolic {{dia}} and systolic {{sys}} mmHg.',
    tempOutside: '{{value}} °C is outside the range a person survives ({{min}}–{{max}} °C).',
    looksFahrenheit: '{{value}} looks like °F: {{value}} °F = {{celsius}} °C. Choose °F, or correct the value.',
    looksCelsius: '{{value}} looks like °C: {{value}} °C = {{fahrenheit}} °F. Choose °C, or correct the value.',
    implausible: 'Are you sure? {{value}} {{unit}} is outside the plausible range {{min}}–{{max}} {{unit}}.',
    unknownTest: 'Unknown test "{{code}}".',
    labUnit: '{{test}} is not entered in "{{unit}}" (use {{units}}).',
    farFromPrevious: '{{test}} {{value}} {{unit}} is far from the previous {{previous}} {{unit}}; check it, then confirm to save.',
  },
} as const;
