/**
 * Where a message stands with WeChat. Every message is in the person's 消息 from the moment it is made;
 * this is only about the WeChat copy: waiting to be sent, sent, refused or given up, or never meant
 * for WeChat (`inbox-only`).
 */
export type NotificationState = 'queued' | 'sent' | 'failed' | 'inbox-only'

/** How staff figures group the states: carried by WeChat, left in 消息 only (refused or never sent), or still waiting. */
export type DeliveryColumn = 'sent' | 'fellBack' | 'queued'

/** The column each state is counted in; `failed` and `inbox-only` both mean the person has it in 消息 only. */
export const DELIVERY_COLUMN: Readonly<Record<NotificationState, DeliveryColumn>> = {
  sent: 'sent',
  failed: 'fellBack',
  'inbox-only': 'fellBack',
  queued: 'queued',
}
