// Labs flowsheet: flags, change arrows, the site's default ranges, group headings.
export const flowsheet = {
  flowsheet: {
    legend: 'Oldest day on the left, today in the last column. Flags: H above the range, L below it, A abnormal (the lab’s flag). Change since the previous result day: ▲ up, ▼ down, = unchanged.',
    siteDefault: 'site default',
    siteDefaultTitle: 'The lab sent no range: this adult default from the site’s table is used ({{source}}). The site reviews it.',
    labRangeTitle: 'Reference range sent by the lab',
    sitesProblem: 'The site’s range table was refused: {{problem}}',
    collected: 'sample {{time}}',
    otherGroup: 'Other tests',
    groups: {
      cbc: 'Haematology',
      chemistry: 'Chemistry',
      coagulation: 'Coagulation',
      blood_gas: 'Blood gas',
      inflammation: 'Inflammation',
    },
  },
} as const;
