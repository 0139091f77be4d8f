import { randomUUID } from 'node:crypto'
import type { Caller } from '../../../src/domain/contracts/roles'
import type { Database } from '../cloudbase-app'
import type { Transaction } from '../transaction'
import { typedCollection, type StoredDocument } from '../typed-collection'

export const AUDIT_LOGS_COLLECTION = 'audit_logs'

/** Who did it: a caller of a function, or `operator`, a person running a command-line tool with database access. */
export type AuditActorRole = Caller | 'operator'

/** One staff action, kept for accountability. Holds ids and short labels, never personal free text. */
export interface AuditLogDocument extends StoredDocument {
  readonly functionName: string
  readonly action: string
  readonly actorUserId: string | null
  readonly actorRole: AuditActorRole
  readonly target: Readonly<Record<string, string | number | boolean>>
  readonly requestId: string | null
  readonly at: Date
}

function newAuditId(): string {
  return randomUUID().replace(/-/g, '')
}

/** Writes the audit entry in the transaction of the change it records, so neither exists without the other. */
export async function recordAuditIn(transaction: Transaction, entry: Omit<AuditLogDocument, '_id'>): Promise<void> {
  await transaction.collection<AuditLogDocument>(AUDIT_LOGS_COLLECTION).insert({ _id: newAuditId(), ...entry })
}

export function auditLogsRepository(db: Database) {
  const logs = typedCollection<AuditLogDocument>(db, AUDIT_LOGS_COLLECTION)
  return {
    async record(entry: Omit<AuditLogDocument, '_id'>): Promise<void> {
      await logs.insert({ _id: newAuditId(), ...entry })
    },
    async byActor(userId: string, limit: number): Promise<AuditLogDocument[]> {
      return await logs.find({ actorUserId: userId }, { orderBy: [['at', 'desc']], limit })
    },
    async forAction(functionName: string, action: string, limit: number): Promise<AuditLogDocument[]> {
      return await logs.find({ functionName, action }, { orderBy: [['at', 'desc']], limit })
    },
  }
}

export type AuditLogsRepository = ReturnType<typeof auditLogsRepository>
