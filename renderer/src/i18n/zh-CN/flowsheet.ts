// Labs flowsheet: flags, change arrows, the site's default ranges, group headings.
import type { flowsheet as en } from '../en/flowsheet';
import type { Translation } from '../types';

export const flowsheet: Translation<typeof en> = {
  flowsheet: {
    legend: '最早的一天在左，今天在最后一列。标记：H 高于范围，L 低于范围，A 异常（实验室标记）。与上一个有结果的日期相比：▲ 升高，▼ 降低，= 不变。',
    siteDefault: '本院默认',
    siteDefaultTitle: '实验室未发送参考范围：使用本院范围表中的成人默认值（{{source}}），由本院审核。',
    labRangeTitle: '实验室发送的参考范围',
    sitesProblem: '本院的参考范围表未被采用：{{problem}}',
    collected: '采样 {{time}}',
    otherGroup: '其他项目',
    groups: {
      cbc: '血液学',
      chemistry: '生化',
      coagulation: '凝血',
      blood_gas: '血气',
      inflammation: '炎症指标',
    },
  },
};
