// Rounds screen.
import type { rounds as en } from '../en/rounds';
import type { Translation } from '../types';

export const rounds: Translation<typeof en> = {
  rounds: {
    tab: '查房',
    title: '查房：每天一行',
    hint: '今天在最前。选择某一天可打开当天的趋势。',
    loading: '正在加载…',
    error: '查房视图不可用：{{message}}',
    empty: '没有可显示的日期：未收治患者。',
    caption: '每天一行，今天在最前',
    day: '天',
    openDay: '打开这一天的趋势',
    tempMax: '最高体温（{{unit}}）',
    bpMin: '最低收缩压 / 平均压（mmHg）',
    spo2Min: '最低 SpO₂（%）',
    hrMax: '最高心率（/min）',
    support: '氧疗和升压药',
    noSupport: '无',
    grades: '分级：建议 / 确认',
    crsLine: 'CRS {{suggested}} / {{confirmed}}',
    icansLine: 'ICANS {{suggested}} / {{confirmed}}',
    labs: '检验',
    moreLabs: '另有 {{count}} 项见检验页',
    treatments: '治疗',
    fever: '发热',
    low: '偏低',
  },
};
