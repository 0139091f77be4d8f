/** What each collection holds, in words; the export and deletion report group by these. */
const COLLECTION_LABELS: Readonly<Record<string, string>> = {
  users: '个人资料',
  legal_cases: '法律援助预约与咨询',
  legal_bookers: '法律援助预约情况',
  idempotency_keys: '网络不好时重试的操作（最多保存一周）',
  notification_reminders: '预约前一天的提醒',
  enrollments: '课程报名',
  station_feedback: '驿站意见反馈',
  station_favourites: '常去的驿站',
  subscriptions: '消息提醒设置',
  bulletin_read_marks: '今天读过的资讯',
  inbox: '站内消息',
  notifications: '发送给您的通知',
  audit_logs: '工作人员操作记录',
}

/** The collection in words; one this version of the app does not know yet is said to be other records, never by its name. */
export function collectionLabel(collection: string): string {
  return COLLECTION_LABELS[collection] ?? '其他记录'
}
