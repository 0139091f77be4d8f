import { decodeEjsonValue } from '../ejson/decode-ejson'
import { encodeEjsonValue } from '../ejson/encode-ejson'
import { EmulatorError, EmulatorErrorCode } from '../errors'
import type { ServiceContext } from '../service-context'
import { clonePlainObject } from '../values/clone-value'
import { isPlainObject, type PlainObject } from '../values/plain-object'
import { abortTransaction, commitTransaction, startTransaction } from './actions/transaction-actions'
import { addCollection } from './actions/add-collection'
import { aggregateDocuments } from './actions/aggregate-documents'
import { calculateDocument } from './actions/calculate-document'
import type { DatabaseContext } from './actions/database-context'
import { getDocument } from './actions/get-document'
import { insertDocument } from './actions/insert-document'
import { modifyAndReturnDoc } from './actions/modify-and-return-doc'
import { modifyDocument } from './actions/modify-document'
import { removeDocument } from './actions/remove-document'
import type { DatabaseStore } from './database-store'
import { assertDocumentId, documentIdKey } from './document-id'
import type { Document } from './document'
import { generateDocumentId } from './generate-document-id'
import { compileFilter } from './query/compile-filter'
import { findDocuments } from './query/find-documents'
import type { SortSpec } from './query/sort-spec'
import { TransactionManager } from './transactions/transaction-manager'

/** How the database service is installed. */
export interface DatabaseOptions {
  /** The store to serve (recovered from disk already when persistent). */
  readonly store: DatabaseStore
  /** The server's clock; tests may pin it. */
  readonly now?: () => number
  /** CloudBase's is 30 s. */
  readonly transactionTimeoutMs?: number
}

/** The database as tests and tools see it directly, beside the SDK's wire protocol. */
export interface DatabaseService {
  readonly store: DatabaseStore
  readonly transactions: TransactionManager
  /** Names of the existing collections. */
  collectionNames(): string[]
  /** Creates a collection (fails if it exists). */
  createCollection(name: string): Promise<void>
  /** Documents matching a query (mingo/MongoDB syntax with plain JS values), as deep copies, in natural order or sorted. */
  find(collection: string, query?: PlainObject, sort?: SortSpec): PlainObject[]
  /** Inserts documents as given (all or none); `_id`s are generated where missing. Returns the ids. */
  seed(collection: string, documents: readonly PlainObject[]): Promise<unknown[]>
}

function toStoredDocument(input: PlainObject, position: number): Document {
  const decoded = decodeEjsonValue(encodeEjsonValue(input), { now: Date.now() }, `document ${position}`)
  if (!isPlainObject(decoded)) throw new EmulatorError(EmulatorErrorCode.InvalidParam, `document ${position} must be an object`)
  const { _id: rawId, ...fields } = decoded
  return { _id: rawId === undefined ? generateDocumentId() : assertDocumentId(rawId), ...fields }
}

/** Registers the `database.*` actions and returns the direct-access service. */
export function installDatabase(context: ServiceContext, options: DatabaseOptions): DatabaseService {
  const store = options.store
  const transactions = new TransactionManager(store, options.transactionTimeoutMs)
  const database: DatabaseContext = { store, transactions, now: options.now ?? Date.now }
  const { registry } = context
  registry.register('database.addCollection', request => addCollection(database, request.params))
  registry.register('database.insertDocument', request => insertDocument(database, request.params))
  registry.register('database.getDocument', request => getDocument(database, request.params))
  registry.register('database.calculateDocument', request => calculateDocument(database, request.params))
  registry.register('database.modifyDocument', request => modifyDocument(database, request.params))
  registry.register('database.modifyAndReturnDoc', request => modifyAndReturnDoc(database, request.params))
  registry.register('database.removeDocument', request => removeDocument(database, request.params))
  registry.register('database.aggregateDocuments', request => aggregateDocuments(database, request.params))
  registry.register('database.startTransaction', () => startTransaction(database))
  registry.register('database.commitTransaction', request => commitTransaction(database, request.params))
  registry.register('database.abortTransaction', request => abortTransaction(database, request.params))
  return {
    store,
    transactions,
    collectionNames: () => store.names(),
    createCollection: name => store.createCollection(name),
    find: (collection, query = {}, sort) =>
      findDocuments(store.collection(collection), compileFilter(query), { sort }).map(clonePlainObject),
    seed: async (collection, documents) => {
      const stored = documents.map(toStoredDocument)
      await store.commit([{ collection, ops: stored.map(doc => ({ key: documentIdKey(doc._id), id: doc._id, after: doc, insert: true })) }])
      return stored.map(doc => encodeEjsonValue(doc._id))
    },
  }
}
