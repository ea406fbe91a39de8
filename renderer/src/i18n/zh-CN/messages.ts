// HL7 messages screen.
import type { messages as en } from '../en/messages';
import type { Translation } from '../types';

export const messages: Translation<typeof en> = {
  hl7View: {
    tab: 'HL7 消息',
    title: '已接收的 HL7 消息',
    hint: '供生物医学或信息工程师使用：监护站收到的每条消息（最新的在前）及其处理结果。',
    signInNeeded: '登录后可查看 HL7 消息（仅限工作人员）。',
    signIn: '登录',
    loading: '正在加载消息…',
    loadError: '消息不可用：{{message}}',
    none: '尚未收到 HL7 消息。',
    filter: '处理结果',
    all: '全部结果',
    refresh: '刷新',
    older: '更早的消息',
    columns: { received: '接收时间', sender: '发送方', type: '类型', control: '控制 ID', patient: '患者 ID', outcome: '结果', reason: '原因', acks: 'ACK' },
    outcomes: { pending: '待处理', accepted: '已接受', ignored: '已忽略', duplicate: '重复', rejected: '已拒绝', error: '错误' },
    noAck: '未要求',
    open: '显示消息 {{id}}',
    detail: {
      title: 'HL7 消息 {{id}}',
      loading: '正在加载消息…',
      listener: '监听端口',
      peer: '发送地址',
      charset: '字符集',
      bytes: '大小',
      bytesValue: '{{n}} 字节',
      kind: '内容',
      stored: '已存储',
      storedValue: '{{vitals}} 个生命体征数值，{{labs}} 个化验结果',
      duplicateOf: '与消息 {{id}} 重复',
      raw: '原始消息（每行一个段）',
      close: '关闭',
    },
  },
};
