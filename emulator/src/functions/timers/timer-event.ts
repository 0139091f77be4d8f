/** The event SCF passes to a function run by a timer trigger (documented "Timer 触发器的事件消息结构"). */
export interface TimerEvent {
  readonly Type: 'Timer'
  readonly TriggerName: string
  /** The due time in UTC, to the second, e.g. `2019-02-21T11:49:00Z`. */
  readonly Time: string
  /** The trigger's custom argument; cloudbaserc.json timers carry none, so it is empty. */
  readonly Message: string
}

/** Builds the timer event for a trigger due at `dueAtMs`. */
export function timerEvent(triggerName: string, dueAtMs: number): TimerEvent {
  const time = new Date(Math.floor(dueAtMs / 1000) * 1000).toISOString().replace('.000Z', 'Z')
  return { Type: 'Timer', TriggerName: triggerName, Time: time, Message: '' }
}
