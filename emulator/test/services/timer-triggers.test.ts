import { afterEach, describe, expect, it } from 'vitest'
import type { FunctionsHostService, TriggerRun } from '../../src/functions/install-functions-host'
import { parseCron } from '../../src/functions/timers/parse-cron'
import { TimerScheduler, type ScheduledTrigger } from '../../src/functions/timers/timer-scheduler'
import { ManualClock, shanghai } from './manual-clock'
import { startServices, type RunningServices } from './start-services'

interface TimerFunctionResult {
  event: { Type: string; TriggerName: string; Time: string; Message: string }
  TCB_SOURCE: string
  TRIGGER_SRC: string
  WX_OPENID: string | null
}

function nextRun(functions: FunctionsHostService, functionName: string): Promise<TriggerRun> {
  return new Promise(resolve => {
    const stop = functions.onTriggerRun(run => {
      if (run.functionName !== functionName) return
      stop()
      resolve(run)
    })
  })
}

describe('timer scheduler', () => {
  it('fires each trigger at its due times as the clock moves, with the due instant', () => {
    const clock = new ManualClock(shanghai('2024-01-01 23:59:58'))
    const fired: Array<[string, number]> = []
    const trigger: ScheduledTrigger = { functionName: 'f', triggerName: 'midnight', schedule: parseCron('0 0 0 * * * *') }
    const scheduler = new TimerScheduler([trigger], clock, (t, dueAt) => fired.push([t.triggerName, dueAt]), () => {})
    scheduler.start()
    clock.advance(1000)
    expect(fired).toEqual([])
    clock.advance(1500)
    expect(fired).toEqual([['midnight', shanghai('2024-01-02 00:00:00')]])
    clock.advance(24 * 3600_000)
    expect(fired.map(([, at]) => at)).toEqual([shanghai('2024-01-02 00:00:00'), shanghai('2024-01-03 00:00:00')])
    scheduler.stop()
  })

  it('runs a late fire once and skips the missed ones, as CloudBase does not replay timers', () => {
    const clock = new ManualClock(shanghai('2024-01-01 00:00:00'))
    const fired: number[] = []
    const trigger: ScheduledTrigger = { functionName: 'f', triggerName: 't', schedule: parseCron('*/10 * * * * * *') }
    const scheduler = new TimerScheduler([trigger], clock, (_, dueAt) => fired.push(dueAt), () => {})
    scheduler.start()
    // Simulate a machine that slept: the clock jumps without the timer running on time.
    clock.jump(5 * 60_000)
    clock.advance(0)
    expect(fired).toEqual([shanghai('2024-01-01 00:00:10')])
    clock.advance(10_000)
    expect(fired).toEqual([shanghai('2024-01-01 00:00:10'), shanghai('2024-01-01 00:05:10')])
    scheduler.stop()
  })

  it('stops firing once stopped', () => {
    const clock = new ManualClock(shanghai('2024-01-01 00:00:00'))
    const fired: number[] = []
    const scheduler = new TimerScheduler(
      [{ functionName: 'f', triggerName: 't', schedule: parseCron('* * * * * * *') }],
      clock,
      (_, dueAt) => fired.push(dueAt),
      () => {},
    )
    scheduler.start()
    clock.advance(2000)
    scheduler.stop()
    clock.advance(5000)
    expect(fired).toHaveLength(2)
    expect(clock.pendingCount()).toBe(0)
  })
})

describe('timer triggers of the functions host', () => {
  let emulator: RunningServices | undefined

  afterEach(async () => {
    await emulator?.close()
    emulator = undefined
  })

  async function start(options: Parameters<typeof startServices>[0]['functions']): Promise<FunctionsHostService> {
    emulator = await startServices({ functions: options })
    if (!emulator.functions) throw new Error('functions host not installed')
    return emulator.functions
  }

  it('fireTrigger runs the function now with the SCF timer event and the timer source', async () => {
    const functions = await start({ timers: 'manual' })
    const result = await functions.fireTrigger('nightly', 'midnight') as TimerFunctionResult
    expect(result.event).toMatchObject({ Type: 'Timer', TriggerName: 'midnight', Message: '' })
    expect(result.event.Time).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/)
    expect(result.TCB_SOURCE).toBe('wx_trigger')
    expect(result.TRIGGER_SRC).toBe('timer')
    expect(result.WX_OPENID).toBeNull()
    expect(functions.triggerRuns()).toHaveLength(1)
    expect(functions.triggerRuns()[0]).toMatchObject({ functionName: 'nightly', triggerName: 'midnight', scheduled: false, outcome: { ok: true } })
  })

  it('refuses to fire a trigger cloudbaserc.json does not declare', async () => {
    const functions = await start({ timers: 'manual' })
    await expect(functions.fireTrigger('nightly', 'noon')).rejects.toMatchObject({ code: 'FUNCTION_NOT_FOUND' })
    await expect(functions.fireTrigger('echo', 'midnight')).rejects.toMatchObject({ code: 'FUNCTION_NOT_FOUND' })
  })

  it('fires a trigger over HTTP for scripts', async () => {
    await start({ timers: 'manual' })
    const response = await fetch(`${emulator?.origin}/emulator/functions/nightly/triggers/midnight`, { method: 'POST' })
    expect(response.status).toBe(200)
    const body = await response.json() as { result: TimerFunctionResult }
    expect(body.result.event.TriggerName).toBe('midnight')
    const missing = await fetch(`${emulator?.origin}/emulator/functions/nightly/triggers/noon`, { method: 'POST' })
    expect(missing.status).toBe(404)
    expect(await missing.json()).toMatchObject({ code: 'FUNCTION_NOT_FOUND' })
  })

  it('refuses to fire a trigger for a page from a foreign origin', async () => {
    await start({ timers: 'manual' })
    const response = await fetch(`${emulator?.origin}/emulator/functions/nightly/triggers/midnight`, {
      method: 'POST',
      headers: { origin: 'https://evil.example' },
    })
    expect(response.status).toBe(403)
  })

  it('runs triggers on schedule in auto mode, at Shanghai midnight, with the due time as the event Time', async () => {
    const clock = new ManualClock(shanghai('2024-01-01 23:59:59.500'))
    const functions = await start({ timers: 'auto', clock })
    const run = nextRun(functions, 'nightly')
    clock.advance(600)
    const { event, scheduled, outcome } = await run
    expect(scheduled).toBe(true)
    expect(event).toEqual({ Type: 'Timer', TriggerName: 'midnight', Time: '2024-01-01T16:00:00Z', Message: '' })
    expect(outcome).toMatchObject({ ok: true, result: { TCB_SOURCE: 'wx_trigger', TRIGGER_SRC: 'timer' } })
  })

  it('runs nothing on its own in manual mode', async () => {
    const clock = new ManualClock(shanghai('2024-01-01 23:59:59'))
    const functions = await start({ timers: 'manual', clock })
    clock.advance(2 * 24 * 3600_000)
    expect(clock.pendingCount()).toBe(0)
    expect(functions.triggerRuns()).toEqual([])
  })

  it('runs a per-second trigger on the real clock, one run per second', async () => {
    const functions = await start({ timers: 'auto' })
    const first = await nextRun(functions, 'ticker')
    const second = await nextRun(functions, 'ticker')
    expect(first.outcome.ok && second.outcome.ok).toBe(true)
    expect(Date.parse(second.event.Time)).toBeGreaterThan(Date.parse(first.event.Time))
    expect(Date.parse(second.event.Time) % 1000).toBe(0)
  })
})
