// 简体中文: hand-entered vital signs (features/vitals), same keys as en/vitals.ts.
import type { vitals as en } from '../en/vitals';
import type { Translation } from '../types';

export const vitals: Translation<typeof en> = {
  vitalsEntry: {
    confirmTitle: '确定吗？',
    confirmHint: '如果这些数值正确，请保存：它们将被保留，并标记为由您确认。',
    confirmYes: '是，保存这些数值',
    confirmBack: '否，更正数值',
    manual: '手工',
    enteredBy: '由{{name}}手工录入',
  },
};
