// Labs screen.
import type { labs as en } from '../en/labs';
import type { Translation } from '../types';

export const labs: Translation<typeof en> = {
  labs: {
    tab: '检验',
    title: '检验结果',
    loading: '正在加载结果…',
    error: '结果不可用：{{message}}',
    empty: '本病程尚无结果。',
    tableLabel: '按天的结果（可横向滚动）',
    tableCaption: '按天的检验结果，最早的在前',
    test: '项目',
    unit: '单位',
    range: '范围',
    noRange: '实验室未发送参考范围',
    noRangeShort: '无参考范围',
    today: '今天',
    todayColumn: '{{day}} · 今天',
    pending: '待出',
    count: '当天 {{count}} 个结果（显示最新的）',
    chartsLabel: '结果随时间变化，每项一图',
    logScale: '对数刻度',
    future: '时间在将来',
    nothingTyped: '请至少输入一个结果。',
    mark: {
      high: '高于范围',
      low: '低于范围',
      abnormal: '异常',
    },
    markShort: {
      high: '↑高',
      low: '↓低',
      abnormal: '异',
    },
    change: {
      up: '较 {{previous}} 升高',
      down: '较 {{previous}} 降低',
      same: '与 {{previous}} 相同',
    },
    groups: {
      cbc: '血常规',
      chemistry: '生化',
      coagulation: '凝血',
      blood_gas: '血气',
      inflammation: '炎症（CRP、铁蛋白、IL-6）',
    },
    entry: {
      open: '录入结果…',
      title: '录入检验结果',
      panel: '组套',
      time: '采样时间',
      unitOf: '{{test}} 的单位',
      preview: '= {{value}} {{unit}}',
      save: '保存结果',
      questionIntro: '工作站请您核对：',
      confirmSave: '确认并保存',
    },
  },
};
