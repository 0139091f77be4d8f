import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { rejectionOf } from '../helpers/expect-error'
import { connectSdk, startSdkEmulator, type SdkEmulator, type SdkTransaction } from '../helpers/sdk-emulator'

let env: SdkEmulator
beforeAll(async () => {
  env = await startSdkEmulator({
    transactionTimeoutMs: 300,
    database: { collections: [{ name: 'accounts' }, { name: 'logs' }, { name: 'unique', indexes: [{ keys: { code: 1 }, unique: true }] }] },
  })
})
afterAll(async () => env.stop())
beforeEach(async () => {
  await env.emulator.reset()
  await env.emulator.seed('accounts', [{ _id: 'alice', balance: 100 }, { _id: 'bob', balance: 0 }])
})

describe('transactions', () => {
  it('commits writes to several documents and collections together', async () => {
    const result = await env.db.runTransaction(async (transaction: SdkTransaction) => {
      const alice = await transaction.collection('accounts').doc('alice').get()
      await transaction.collection('accounts').doc('alice').update({ balance: alice.data.balance - 30 })
      await transaction.collection('accounts').doc('bob').update({ balance: env.db.command.inc(30) })
      await transaction.collection('logs').add({ _id: 'log-1', amount: 30 })
      return 'moved'
    })
    expect(result).toBe('moved')
    expect(env.emulator.database.find('accounts')).toEqual([{ _id: 'alice', balance: 70 }, { _id: 'bob', balance: 30 }])
    expect(env.emulator.database.find('logs')).toEqual([{ _id: 'log-1', amount: 30 }])
  })

  it('keeps its writes invisible outside until commit, and visible to itself', async () => {
    const transaction = await env.db.startTransaction()
    await transaction.collection('accounts').doc('alice').update({ balance: 1 })
    await transaction.collection('logs').doc('pending').set({ note: 'x' })
    expect((await transaction.collection('accounts').doc('alice').get()).data).toEqual({ _id: 'alice', balance: 1 })
    expect((await env.db.collection('accounts').doc('alice').get()).data).toEqual([{ _id: 'alice', balance: 100 }])
    expect((await env.db.collection('logs').doc('pending').get()).data).toEqual([])
    await transaction.commit()
    expect((await env.db.collection('accounts').doc('alice').get()).data).toEqual([{ _id: 'alice', balance: 1 }])
    expect((await env.db.collection('logs').doc('pending').get()).data).toEqual([{ _id: 'pending', note: 'x' }])
  })

  it('discards everything on rollback', async () => {
    const transaction = await env.db.startTransaction()
    await transaction.collection('accounts').doc('alice').remove()
    await transaction.collection('logs').add({ amount: 1 })
    await transaction.rollback()
    expect(env.emulator.database.find('accounts')).toHaveLength(2)
    expect(env.emulator.database.find('logs')).toEqual([])
    expect((await rejectionOf(transaction.commit())).code).toBe('DATABASE_TRANSACTION_FAIL')
  })

  it('rolls back and rethrows when the runTransaction callback throws', async () => {
    const error = await rejectionOf(env.db.runTransaction(async (transaction: SdkTransaction) => {
      await transaction.collection('accounts').doc('alice').update({ balance: 0 })
      throw new Error('insufficient funds')
    }))
    expect(error.message).toBe('insufficient funds')
    expect(env.emulator.database.find('accounts')[0]).toEqual({ _id: 'alice', balance: 100 })
  })

  it('fails the commit with DATABASE_TRANSACTION_CONFLICT when a written document changed outside after it was read', async () => {
    const transaction = await env.db.startTransaction()
    const alice = await transaction.collection('accounts').doc('alice').get()
    await env.db.collection('accounts').doc('alice').update({ balance: 500 })
    await transaction.collection('accounts').doc('bob').update({ balance: 1 })
    const error = await rejectionOf(transaction.collection('accounts').doc('alice').update({ balance: alice.data.balance - 10 }))
    expect(error.code).toBe('DATABASE_TRANSACTION_CONFLICT')
    expect(env.emulator.database.find('accounts')).toEqual([{ _id: 'alice', balance: 500 }, { _id: 'bob', balance: 0 }])
    await transaction.rollback()
  })

  it('fails the commit when another transaction committed a write to the same document first', async () => {
    const first = await env.db.startTransaction()
    const second = await env.db.startTransaction()
    await first.collection('accounts').doc('alice').update({ balance: env.db.command.inc(1) })
    await second.collection('accounts').doc('alice').update({ balance: env.db.command.inc(2) })
    await first.commit()
    expect((await rejectionOf(second.commit())).code).toBe('DATABASE_TRANSACTION_CONFLICT')
    expect(env.emulator.database.find('accounts')[0]).toEqual({ _id: 'alice', balance: 101 })
  })

  it('lets runTransaction retry after a conflict and succeed, as in the cloud', async () => {
    const other = connectSdk(env.emulator.adminUrl).database()
    let attempts = 0
    const result = await env.db.runTransaction(async (transaction: SdkTransaction) => {
      attempts += 1
      const alice = await transaction.collection('accounts').doc('alice').get()
      if (attempts === 1) await other.collection('accounts').doc('alice').update({ balance: env.db.command.inc(1000) })
      await transaction.collection('accounts').doc('alice').update({ balance: alice.data.balance + 1 })
      return alice.data.balance
    })
    expect(attempts).toBe(2)
    expect(result).toBe(1100)
    expect(env.emulator.database.find('accounts')[0]).toEqual({ _id: 'alice', balance: 1101 })
  })

  it('serialises concurrent runTransaction increments without losing any', async () => {
    const increments = await Promise.allSettled(Array.from({ length: 8 }, () => env.db.runTransaction(async (transaction: SdkTransaction) => {
      const bob = await transaction.collection('accounts').doc('bob').get()
      await transaction.collection('accounts').doc('bob').update({ balance: bob.data.balance + 1 })
    }, 20)))
    const succeeded = increments.filter(result => result.status === 'fulfilled').length
    expect(env.emulator.database.find('accounts')[1]).toEqual({ _id: 'bob', balance: succeeded })
    expect(succeeded).toBe(8)
  })

  it('refuses a duplicate _id added in a transaction', async () => {
    const transaction = await env.db.startTransaction()
    expect((await rejectionOf(transaction.collection('accounts').add({ _id: 'alice' }))).code).toBe('DATABASE_DUPLICATE_WRITE')
    await transaction.rollback()
  })

  it('fails the whole commit when it would break a unique index, applying nothing', async () => {
    await env.emulator.seed('unique', [{ _id: 'u1', code: 'A' }])
    const transaction = await env.db.startTransaction()
    await transaction.collection('accounts').doc('alice').update({ balance: 0 })
    await transaction.collection('unique').doc('u2').set({ code: 'B' })
    await env.db.collection('unique').add({ _id: 'u3', code: 'B' })
    expect((await rejectionOf(transaction.commit())).code).toBe('DATABASE_DUPLICATE_WRITE')
    expect(env.emulator.database.find('accounts')[0]).toEqual({ _id: 'alice', balance: 100 })
    expect(env.emulator.database.find('unique').map(doc => doc._id)).toEqual(['u1', 'u3'])
  })

  it('supports only document operations inside a transaction', async () => {
    const transaction = await env.db.startTransaction()
    const error = await rejectionOf(transaction.collection('accounts').where({ balance: 100 }).get())
    expect(error.code).toBe('INVALID_PARAM')
    expect(error.message).toContain('document operations only')
    await transaction.rollback()
  })

  it('expires a transaction that is neither committed nor aborted in time, discarding its writes', async () => {
    const transaction = await env.db.startTransaction()
    await transaction.collection('accounts').doc('alice').update({ balance: 0 })
    await new Promise(resolve => setTimeout(resolve, 400))
    const error = await rejectionOf(transaction.commit())
    expect(error.code).toBe('DATABASE_TRANSACTION_FAIL')
    expect(env.emulator.database.find('accounts')[0]).toEqual({ _id: 'alice', balance: 100 })
  })
})
