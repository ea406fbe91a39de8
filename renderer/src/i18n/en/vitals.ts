// Hand-entered vital signs (features/vitals): the "are you sure?" step and how a hand-entered value is labelled.
export const vitals = {
  vitalsEntry: {
    confirmTitle: 'Are you sure?',
    confirmHint: 'If these values are right, save them: they are kept, marked as confirmed by you.',
    confirmYes: 'Yes, save these values',
    confirmBack: 'No, correct them',
    manual: 'manual',
    enteredBy: 'Entered by hand by {{name}}',
  },
} as const;
