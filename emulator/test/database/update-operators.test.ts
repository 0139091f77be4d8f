import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { rejectionOf } from '../helpers/expect-error'
import { startSdkEmulator, type SdkEmulator } from '../helpers/sdk-emulator'

let env: SdkEmulator
beforeAll(async () => {
  env = await startSdkEmulator({ database: { collections: [{ name: 'items' }] } })
})
afterAll(async () => env.stop())
beforeEach(async () => {
  await env.emulator.reset()
  await env.emulator.seed('items', [{ _id: 'i', n: 10, list: [1, 2, 3], tags: ['a'], info: { a: 1, b: 2 }, name: 'old' }])
})

async function updateAndRead(update: Record<string, unknown>): Promise<Record<string, unknown> | undefined> {
  await env.db.collection('items').doc('i').update(update)
  return env.emulator.database.find('items')[0]
}

describe('update operators', () => {
  it('inc and mul change numbers', async () => {
    const _ = env.db.command
    expect(await updateAndRead({ n: _.inc(5) })).toMatchObject({ n: 15 })
    expect(await updateAndRead({ n: _.mul(2) })).toMatchObject({ n: 30 })
    expect(await updateAndRead({ counter: _.inc(1) })).toMatchObject({ counter: 1 })
  })

  it('min and max keep the smaller or larger value', async () => {
    const _ = env.db.command
    expect(await updateAndRead({ n: _.min(3) })).toMatchObject({ n: 3 })
    expect(await updateAndRead({ n: _.max(8) })).toMatchObject({ n: 8 })
    expect(await updateAndRead({ n: _.max(1) })).toMatchObject({ n: 8 })
  })

  it('set replaces a whole embedded object while a plain object merges', async () => {
    const _ = env.db.command
    expect(await updateAndRead({ info: { c: 3 } })).toMatchObject({ info: { a: 1, b: 2, c: 3 } })
    expect(await updateAndRead({ info: _.set({ only: true }) })).toMatchObject({ info: { only: true } })
  })

  it('remove deletes a field', async () => {
    const doc = await updateAndRead({ name: env.db.command.remove() })
    expect(doc).not.toHaveProperty('name')
  })

  it('rename moves a field', async () => {
    const doc = await updateAndRead({ name: env.db.command.rename('title') })
    expect(doc).toMatchObject({ title: 'old' })
    expect(doc).not.toHaveProperty('name')
  })

  it('push, pop, shift and unshift edit arrays', async () => {
    const _ = env.db.command
    expect(await updateAndRead({ list: _.push([4, 5]) })).toMatchObject({ list: [1, 2, 3, 4, 5] })
    expect(await updateAndRead({ list: _.pop() })).toMatchObject({ list: [1, 2, 3, 4] })
    expect(await updateAndRead({ list: _.shift() })).toMatchObject({ list: [2, 3, 4] })
    expect(await updateAndRead({ list: _.unshift([0]) })).toMatchObject({ list: [0, 2, 3, 4] })
    expect(await updateAndRead({ list: _.push({ each: [9], position: 1 }) })).toMatchObject({ list: [0, 9, 2, 3, 4] })
  })

  it('pull, pullAll and addToSet edit arrays by value', async () => {
    const _ = env.db.command
    expect(await updateAndRead({ list: _.pull(_.gt(2)) })).toMatchObject({ list: [1, 2] })
    expect(await updateAndRead({ list: _.pullAll([1]) })).toMatchObject({ list: [2] })
    expect(await updateAndRead({ tags: _.addToSet('a') })).toMatchObject({ tags: ['a'] })
    expect(await updateAndRead({ tags: _.addToSet({ $each: ['b', 'a', 'c'] }) })).toMatchObject({ tags: ['a', 'b', 'c'] })
  })

  it('updates nested paths with dot notation', async () => {
    expect(await updateAndRead({ 'info.b': 20, 'info.deep.x': 1 })).toMatchObject({ info: { a: 1, b: 20, deep: { x: 1 } } })
  })

  it('refuses inc on a non-number and push on a non-array, changing nothing', async () => {
    const _ = env.db.command
    expect((await rejectionOf(env.db.collection('items').doc('i').update({ name: _.inc(1) }))).code).toBe('DATABASE_REQUEST_FAILED')
    expect((await rejectionOf(env.db.collection('items').doc('i').update({ n: _.push(1) }))).code).toBe('DATABASE_REQUEST_FAILED')
    expect(env.emulator.database.find('items')[0]).toMatchObject({ n: 10, name: 'old' })
  })

  it('refuses an unknown update operator, changing nothing', async () => {
    const error = await rejectionOf(env.db.collection('items').doc('i').update({ $explode: { n: 1 } }))
    expect(error.code).toBe('DATABASE_REQUEST_FAILED')
    expect(error.message).toContain('$explode')
    expect(env.emulator.database.find('items')[0]).toMatchObject({ n: 10 })
  })

  it('refuses changing _id', async () => {
    const error = await rejectionOf(env.db.collection('items').where({ _id: 'i' }).update({ $set: { _id: 'other' } }))
    expect(error.code).toBe('DATABASE_REQUEST_FAILED')
    expect(env.emulator.database.find('items').map(doc => doc._id)).toEqual(['i'])
  })

  it('applies a multi-document update to all matches or, when one fails, to none', async () => {
    await env.emulator.seed('items', [{ _id: 'j', n: 1 }, { _id: 'k', n: 'not a number' }])
    const error = await rejectionOf(env.db.collection('items').where({ _id: env.db.command.in(['i', 'j', 'k']) }).update({ n: env.db.command.inc(1) }))
    expect(error.code).toBe('DATABASE_REQUEST_FAILED')
    expect(env.emulator.database.find('items').map(doc => doc.n)).toEqual([10, 1, 'not a number'])
  })
})
