// The English words of the episode's messages (checklist, infusion window, dose): the CLI's text and the window's en.
export const episodeEn = {
  unit: {
    day: '{{n}} day',
    days: '{{n}} days',
  },
  checklist: {
    activeInfection: 'Active infection: sign-off is blocked until it is resolved.',
    infectionPending: 'Infection screening: the result is still pending.',
    infectionPositive:
      'Infection screening is positive but not marked as an active infection: a physician should confirm it is not active before the infusion (both labels delay the infusion for active infection).',
    cnsPostponed: 'CNS evaluation: infusion postponed by {{physician}}.',
    cnsNotDone: 'CNS evaluation: the assessment has not been done.',
    notADate: 'Lymphodepletion: {{date}} is not a calendar date.',
    needsOverride: "{{timing}} A physician's override with a reason is needed.",
  },
  window: {
    before: '{{days}} before the last lymphodepletion dose',
    sameDay: 'on the day of the last lymphodepletion dose (no rest day)',
    after: '{{days}} after the last lymphodepletion dose ({{rest}})',
    noRestDay: 'no rest day',
    oneRestDay: '1 rest day',
    restDays: '{{n}} rest days',
    patientGuide: 'patient guide',
    range: '{{min}}–{{max}} days',
    product: '{{product}}: {{range}}',
    tooEarly: 'Infusion {{count}}: earlier than the product window ({{window}}); blocked until {{days}} after the last dose.',
    inWindow: 'Infusion {{count}}: within the product window ({{window}}).',
    lateNeedsReason: "Infusion {{count}}: after the window ({{window}}); up to {{days}} needs a physician's documented reason.",
    tooLate: 'Infusion {{count}}: later than the product allows ({{window}}, up to {{days}} with a reason); blocked: repeat lymphodepletion or stop.',
    tooLateNoReason: 'Infusion {{count}}: later than the product allows ({{window}}); blocked: repeat lymphodepletion or stop.',
  },
  dose: {
    noWeight: 'The weight is missing: a per-kg dose cannot be checked without it.',
    range: '{{min}}–{{max}} CAR+ T cells',
    below: 'Dose {{dose}} is below the product range ({{range}}).',
    above: 'Dose {{dose}} is above the product range ({{range}}).',
    within: 'Dose {{dose}} is within the product range ({{range}}).',
    overrideNeeded: "{{check}} A physician's override with a reason is needed.",
    physicianOnly: '{{check}} Only a physician may override the dose rule.',
  },
  tocilizumab: {
    doseIn24h: 'This is tocilizumab dose {{n}} within 24 h; the label allows no more than {{max}} in 24 h.',
    doseTotal: 'This is tocilizumab dose {{n}} in total; the label allows no more than {{max}} in total.',
  },
} as const;
