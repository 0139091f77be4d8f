import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import type { DatabaseConfigFile } from '../../src/database/database-config'
import { rejectionOf } from '../helpers/expect-error'
import { postAdmin } from '../helpers/raw-admin'
import { connectSdk, startSdkEmulator, type SdkEmulator, type SdkTransaction } from '../helpers/sdk-emulator'

/*
 * Transactions as the SDK's own cloud tests expect them (node-sdk test/database/unit/transaction.test.ts:
 * 冲突检测, 读快照, 读偏, 事务提交后不能进行其它操作, 事务内批量插入 条件查询, modifyAndReturnDoc).
 */

const CONFLICT_MESSAGE = '[ResourceUnavailable.TransactionConflict] Transaction is conflict, maybe resource operated by others. Please check your request, but if the problem persists, contact us.'
const NOT_EXIST_MESSAGE = '[ResourceUnavailable.TransactionNotExist] Transaction does not exist on the server, transaction must be commit or abort in 30 seconds. Please check your request, but if the problem persists, contact us.'

const COLLECTIONS: DatabaseConfigFile = {
  collections: [
    { name: 'accounts' },
    { name: 'logs' },
    { name: 'unique', indexes: [{ keys: { code: 1 }, unique: true }] },
    { name: 'places', indexes: [{ keys: { location: '2dsphere' } }] },
  ],
}

let env: SdkEmulator
// CloudBase's own 30 s limit: on a loaded machine a shorter one would end the other tests' transactions.
beforeAll(async () => {
  env = await startSdkEmulator({ database: COLLECTIONS })
})
afterAll(async () => env.stop())
beforeEach(async () => {
  await env.emulator.reset()
  await env.emulator.seed('accounts', [{ _id: 'alice', balance: 100 }, { _id: 'bob', balance: 0 }])
})

function accounts(): unknown[] {
  return env.emulator.database.find('accounts')
}

async function transactionAnswer(promise: Promise<unknown>): Promise<{ code: unknown; message: string }> {
  return rejectionOf(promise)
}

describe('transactions: writes and commits', () => {
  it('commits writes to several documents and collections together', async () => {
    const result = await env.db.runTransaction(async (transaction: SdkTransaction) => {
      const alice = await transaction.collection('accounts').doc('alice').get()
      await transaction.collection('accounts').doc('alice').update({ balance: alice.data.balance - 30 })
      await transaction.collection('accounts').doc('bob').update({ balance: env.db.command.inc(30) })
      await transaction.collection('logs').add({ _id: 'log-1', amount: 30 })
      return 'moved'
    })
    expect(result).toBe('moved')
    expect(accounts()).toEqual([{ _id: 'alice', balance: 70 }, { _id: 'bob', balance: 30 }])
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
    expect(accounts()).toHaveLength(2)
    expect(env.emulator.database.find('logs')).toEqual([])
  })

  it('rolls back and rethrows when the runTransaction callback throws', async () => {
    const error = await rejectionOf(env.db.runTransaction(async (transaction: SdkTransaction) => {
      await transaction.collection('accounts').doc('alice').update({ balance: 0 })
      throw new Error('insufficient funds')
    }))
    expect(error.message).toBe('insufficient funds')
    expect(accounts()[0]).toEqual({ _id: 'alice', balance: 100 })
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
    expect(accounts()[0]).toEqual({ _id: 'alice', balance: 100 })
    expect(env.emulator.database.find('unique').map(doc => doc._id)).toEqual(['u1', 'u3'])
  })
})

describe('transactions: conflicts', () => {
  it('fails the second transaction at its write, not at commit, when the first has written the document (冲突检测)', async () => {
    const first = await env.db.startTransaction()
    const second = await env.db.startTransaction()
    const read = await first.collection('accounts').doc('alice').get()
    await second.collection('accounts').doc('alice').update({ balance: 1 })
    const error = await transactionAnswer(first.collection('accounts').doc('alice').update({ balance: read.data.balance + 1 }))
    expect(error).toEqual({ code: 'DATABASE_TRANSACTION_CONFLICT', message: CONFLICT_MESSAGE })
    await second.commit()
    expect(accounts()[0]).toEqual({ _id: 'alice', balance: 1 })
  })

  it('answers a conflict, not a duplicate key, when two transactions add the same _id, whichever commits first', async () => {
    const first = await env.db.startTransaction()
    const second = await env.db.startTransaction()
    await first.collection('accounts').doc('alice').get()
    await second.collection('accounts').doc('alice').get()
    await first.collection('logs').add({ _id: 'once', by: 'first' })
    expect(await transactionAnswer(second.collection('logs').add({ _id: 'once', by: 'second' }))).toEqual({ code: 'DATABASE_TRANSACTION_CONFLICT', message: CONFLICT_MESSAGE })
    await first.commit()

    const third = await env.db.startTransaction()
    const fourth = await env.db.startTransaction()
    await third.collection('accounts').doc('alice').get()
    await fourth.collection('accounts').doc('alice').get()
    await third.collection('logs').add({ _id: 'twice', by: 'third' })
    await third.commit()
    // Committed after the fourth's snapshot: still a conflict, so runTransaction retries and then sees it.
    expect(await transactionAnswer(fourth.collection('logs').add({ _id: 'twice', by: 'fourth' }))).toEqual({ code: 'DATABASE_TRANSACTION_CONFLICT', message: CONFLICT_MESSAGE })
    expect(env.emulator.database.find('logs')).toEqual([{ _id: 'once', by: 'first' }, { _id: 'twice', by: 'third' }])
  })

  it('ends the conflicting transaction, as MongoDB aborts it: commit and rollback then answer TransactionNotExist', async () => {
    const first = await env.db.startTransaction()
    const second = await env.db.startTransaction()
    await first.collection('accounts').doc('alice').update({ balance: env.db.command.inc(1) })
    expect((await rejectionOf(second.collection('accounts').doc('alice').update({ balance: env.db.command.inc(2) }))).code).toBe('DATABASE_TRANSACTION_CONFLICT')
    await first.commit()
    expect(await transactionAnswer(second.commit())).toEqual({ code: 'DATABASE_TRANSACTION_FAIL', message: NOT_EXIST_MESSAGE })
    expect((await rejectionOf(second.rollback())).code).toBe('DATABASE_TRANSACTION_FAIL')
    expect(accounts()[0]).toEqual({ _id: 'alice', balance: 101 })
  })

  it('reads from the snapshot of its first operation, with no read skew, and conflicts on a document changed since (读偏)', async () => {
    const transaction = await env.db.startTransaction()
    await transaction.collection('accounts').doc('alice').get()
    await env.db.collection('accounts').doc('alice').set({ balance: 500 })
    await env.db.collection('accounts').doc('bob').set({ balance: 700 })
    expect((await transaction.collection('accounts').doc('alice').get()).data).toEqual({ _id: 'alice', balance: 100 })
    expect((await transaction.collection('accounts').doc('bob').get()).data).toEqual({ _id: 'bob', balance: 0 })
    expect((await transaction.collection('accounts').where({ balance: env.db.command.gte(0) }).get()).data)
      .toEqual([{ _id: 'alice', balance: 100 }, { _id: 'bob', balance: 0 }])
    expect(await transactionAnswer(transaction.collection('accounts').doc('bob').update({ balance: 1 })))
      .toEqual({ code: 'DATABASE_TRANSACTION_CONFLICT', message: CONFLICT_MESSAGE })
    expect(accounts()).toEqual([{ _id: 'alice', balance: 500 }, { _id: 'bob', balance: 700 }])
  })

  it('takes the snapshot at the first operation, not at start', async () => {
    const transaction = await env.db.startTransaction()
    await env.db.collection('accounts').doc('alice').update({ balance: 42 })
    expect((await transaction.collection('accounts').doc('alice').get()).data).toEqual({ _id: 'alice', balance: 42 })
    await transaction.collection('accounts').doc('alice').update({ balance: 43 })
    await transaction.commit()
    expect(accounts()[0]).toEqual({ _id: 'alice', balance: 43 })
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
    expect(accounts()[0]).toEqual({ _id: 'alice', balance: 1101 })
  })

  it('loses no increment among concurrent runTransaction calls: each one that commits counts once', async () => {
    const increments = await Promise.allSettled(Array.from({ length: 8 }, () => env.db.runTransaction(async (transaction: SdkTransaction) => {
      const bob = await transaction.collection('accounts').doc('bob').get()
      await transaction.collection('accounts').doc('bob').update({ balance: bob.data.balance + 1 })
    }, 20)))
    const committed = increments.filter(result => result.status === 'fulfilled').length
    // runTransaction gives up after its retries while others keep the document locked, as in the cloud.
    for (const result of increments) {
      if (result.status === 'rejected') expect((result.reason as { code?: string }).code).toBe('DATABASE_TRANSACTION_CONFLICT')
    }
    expect(committed).toBeGreaterThan(0)
    expect(accounts()[1]).toEqual({ _id: 'bob', balance: committed })
  })

  it('makes a write outside any transaction wait until the transaction holding the document ends', async () => {
    const transaction = await env.db.startTransaction()
    await transaction.collection('accounts').doc('alice').update({ balance: env.db.command.inc(1) })
    const outside = env.db.collection('accounts').doc('alice').update({ balance: env.db.command.inc(10) })
    await vi.waitFor(() => expect(env.emulator.database.transactions.waitingWrites).toBe(1))
    expect(accounts()[0]).toEqual({ _id: 'alice', balance: 100 })
    await transaction.commit()
    expect((await outside).updated).toBe(1)
    expect(accounts()[0]).toEqual({ _id: 'alice', balance: 111 })
  })
})

describe('transactions: when they are over', () => {
  it('answers CloudBase\'s TransactionNotExist for any operation after commit (事务提交后不能进行其它操作)', async () => {
    const transaction = await env.db.startTransaction()
    await transaction.commit()
    expect(await transactionAnswer(transaction.collection('accounts').doc('alice').set({ balance: 1 })))
      .toEqual({ code: 'DATABASE_TRANSACTION_FAIL', message: NOT_EXIST_MESSAGE })
    expect(await transactionAnswer(transaction.commit())).toEqual({ code: 'DATABASE_TRANSACTION_FAIL', message: NOT_EXIST_MESSAGE })
  })

  it('answers TransactionNotExist after rollback', async () => {
    const transaction = await env.db.startTransaction()
    await transaction.collection('accounts').doc('alice').update({ balance: 0 })
    await transaction.rollback()
    expect(await transactionAnswer(transaction.collection('accounts').doc('alice').get())).toEqual({ code: 'DATABASE_TRANSACTION_FAIL', message: NOT_EXIST_MESSAGE })
    expect(await transactionAnswer(transaction.commit())).toEqual({ code: 'DATABASE_TRANSACTION_FAIL', message: NOT_EXIST_MESSAGE })
  })

  it('expires a transaction that is neither committed nor aborted in time, discarding its writes and releasing its documents', async () => {
    // Its own emulator with a 300 ms limit, so the test does not wait CloudBase's 30 s.
    const short = await startSdkEmulator({ transactionTimeoutMs: 300, database: COLLECTIONS })
    try {
      await short.emulator.seed('accounts', [{ _id: 'alice', balance: 100 }])
      const transaction = await short.db.startTransaction()
      await transaction.collection('accounts').doc('alice').update({ balance: 0 })
      // A write outside waits until the expiry releases alice.
      await short.db.collection('accounts').doc('alice').update({ balance: 5 })
      expect(await transactionAnswer(transaction.commit())).toEqual({ code: 'DATABASE_TRANSACTION_FAIL', message: NOT_EXIST_MESSAGE })
      expect(short.emulator.database.find('accounts')[0]).toEqual({ _id: 'alice', balance: 5 })
    } finally {
      await short.stop()
    }
  })
})

describe('transactions: query operations, as the current cloud accepts them', () => {
  it('queries its own batch insert with where().get() (事务内批量插入 条件查询)', async () => {
    const _ = env.db.command
    const transaction = await env.db.startTransaction()
    const added = await transaction.collection('logs').add([{ name: 'a' }, { name: 'b' }])
    expect(added.ids).toHaveLength(2)
    const found = await transaction.collection('logs').where(_.or([{ name: 'a' }, { name: 'b' }])).get()
    expect(found.data.map((doc: { name: string }) => doc.name)).toEqual(['a', 'b'])
    expect((await env.db.collection('logs').where(_.or([{ name: 'a' }, { name: 'b' }])).get()).data).toEqual([])
    await transaction.commit()
    expect(env.emulator.database.find('logs')).toHaveLength(2)
  })

  it('inserts 1,001 documents in one add and pages through them with a query', async () => {
    const transaction = await env.db.startTransaction()
    const added = await transaction.collection('logs').add(Array.from({ length: 1001 }, (_, index) => ({ name: `luketest${index}` })))
    expect(added.ids).toHaveLength(1001)
    const page = await transaction.collection('logs').where({ name: /^luketest/ }).limit(1000).get()
    expect(page.data).toHaveLength(1000)
    await transaction.commit()
    expect(env.emulator.database.find('logs')).toHaveLength(1001)
  })

  it('updates the first match with updateAndReturn inside the transaction (modifyAndReturnDoc)', async () => {
    const transaction = await env.db.startTransaction()
    const result = await transaction.collection('accounts').where({ balance: env.db.command.lt(50) }).updateAndReturn({ balance: 50 })
    expect(result).toMatchObject({ updated: 1, doc: { _id: 'bob', balance: 50 } })
    expect(accounts()[1]).toEqual({ _id: 'bob', balance: 0 })
    await transaction.commit()
    expect(accounts()[1]).toEqual({ _id: 'bob', balance: 50 })
  })

  it('sorts, skips and projects a query over what the transaction sees', async () => {
    const transaction = await env.db.startTransaction()
    await transaction.collection('accounts').add({ _id: 'carol', balance: 70 })
    await transaction.collection('accounts').doc('alice').remove()
    const page = await transaction.collection('accounts').orderBy('balance', 'desc').skip(0).limit(5).field({ balance: true }).get()
    expect(page.data).toEqual([{ _id: 'carol', balance: 70 }, { _id: 'bob', balance: 0 }])
    await transaction.rollback()
  })

  it('accepts raw MongoDB queries (options({ raw: true })) inside the transaction', async () => {
    const transaction = await env.db.startTransaction()
    await transaction.collection('accounts').doc('bob').update({ balance: 5 })
    const found = await transaction.collection('accounts').options({ raw: true }).where({ balance: { $in: [5, 100] } }).get()
    expect(found.data.map((doc: { _id: string }) => doc._id)).toEqual(['alice', 'bob'])
    await transaction.rollback()
  })

  it('updates, removes, counts and aggregates by query when a client sends them with the transaction id', async () => {
    const transaction = await env.db.startTransaction() as SdkTransaction & { getTransactionId(): string }
    const transactionId = transaction.getTransactionId()
    const admin = (body: Record<string, unknown>) => postAdmin(env.emulator.adminUrl, { collectionName: 'accounts', transactionId, ...body })
    expect((await admin({ action: 'database.modifyDocument', query: '{"balance":{"$gte":0}}', data: '{"$inc":{"balance":1}}', multi: true, merge: true })).body.data)
      .toEqual({ updated: 2 })
    expect((await admin({ action: 'database.calculateDocument', query: '{"balance":{"$gt":50}}' })).body.data).toEqual({ total: 1 })
    expect((await admin({ action: 'database.removeDocument', query: '{"balance":{"$lt":50}}', multi: true })).body.data).toEqual({ deleted: 1 })
    const aggregated = await admin({ action: 'database.aggregateDocuments', stages: [{ stageKey: '$group', stageValue: '{"_id":null,"total":{"$sum":"$balance"}}' }] })
    expect(aggregated.body.data).toEqual({ list: ['{"_id":null,"total":101}'] })
    expect(accounts()).toEqual([{ _id: 'alice', balance: 100 }, { _id: 'bob', balance: 0 }])
    await transaction.commit()
    expect(accounts()).toEqual([{ _id: 'alice', balance: 101 }])
  })

  it('orders a near query by distance over what the transaction sees', async () => {
    await env.emulator.seed('places', [
      { _id: 'far', location: { type: 'Point', coordinates: [112.3, 30.3] } },
      { _id: 'near', location: { type: 'Point', coordinates: [112.24, 30.33] } },
    ])
    const transaction = await env.db.startTransaction()
    await transaction.collection('places').add({ _id: 'nearest', location: new env.db.Geo.Point(112.2401, 30.3301) })
    const found = await transaction.collection('places').where({ location: env.db.command.geoNear({ geometry: new env.db.Geo.Point(112.24, 30.33) }) }).get()
    expect(found.data.map((doc: { _id: string }) => doc._id)).toEqual(['near', 'nearest', 'far'])
    await transaction.rollback()
  })
})
