import type { LegalAidSettings } from '../../src/domain/legal-aid/legal-aid-settings'
import type { Logger } from '../runtime/logger'
import type { UsersRepository } from '../runtime/repositories/users-repository'
import type { DeleteStoredFiles } from '../runtime/stored-files'
import type { StoredFileLinks } from '../runtime/stored-file-links'
import type { Transaction } from '../runtime/transaction'
import type { BookersRepository } from './bookers-repository'
import type { CasesRepository } from './cases-repository'
import type { ClosuresRepository } from './closures-repository'
import type { LegalConfigRepository } from './legal-config-repository'
import type { CaseDocument } from './legal-documents'
import type { LegalAidConfigLoader } from './legal-settings-loader'
import type { RostersRepository } from './rosters-repository'
import type { SlotsRepository } from './slots-repository'

/**
 * What the reception room tells a worker, written in the transaction of the change that causes it: the
 * booking confirmed (and the reminder the day before registered), and each change of status after it.
 */
export interface CaseMessages {
  booked(transaction: Transaction, document: CaseDocument, settings: LegalAidSettings, now: Date, log: Logger): Promise<void>
  /** The case as it now stands; `apology` is added when the union cancelled it (a closed day). */
  statusChanged(transaction: Transaction, document: CaseDocument, settings: LegalAidSettings, now: Date, log: Logger, apology?: string): Promise<void>
}

export interface LegalAidDependencies {
  readonly slots: SlotsRepository
  readonly cases: CasesRepository
  readonly bookers: BookersRepository
  readonly rosters: RostersRepository
  readonly closures: ClosuresRepository
  readonly configRepository: LegalConfigRepository
  readonly config: LegalAidConfigLoader
  readonly users: UsersRepository
  readonly photoLinks: StoredFileLinks
  readonly deleteFiles: DeleteStoredFiles
  readonly messages: CaseMessages
  readonly now: () => Date
}
