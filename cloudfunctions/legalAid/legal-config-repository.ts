import type { LegalAidSettings } from '../../src/domain/legal-aid/legal-aid-settings'
import type { LegalService } from '../../src/domain/legal-aid/legal-services'
import type { Database } from '../runtime/cloudbase-app'
import type { Transaction } from '../runtime/transaction'
import { typedCollection } from '../runtime/typed-collection'
import { SERVICES_COLLECTION, SETTINGS_COLLECTION, SETTINGS_ID, type ServiceDocument, type SettingsDocument } from './legal-documents'

function serviceOf(document: ServiceDocument): LegalService {
  return { key: document._id, name: document.name, description: document.description, mode: document.mode, order: document.order, active: document.active }
}

export function serviceDocumentOf(service: LegalService, now: Date): ServiceDocument {
  return { _id: service.key, name: service.name, description: service.description, mode: service.mode, order: service.order, active: service.active, updatedAt: now }
}

export function settingsDocumentOf(settings: LegalAidSettings, now: Date): SettingsDocument {
  return { _id: SETTINGS_ID, ...settings, updatedAt: now }
}

/** The reception room's services (`legal_services`) and rules (`legal_settings`). */
export function legalConfigRepository(db: Database) {
  const services = typedCollection<ServiceDocument>(db, SERVICES_COLLECTION)
  const settings = typedCollection<SettingsDocument>(db, SETTINGS_COLLECTION)
  return {
    async services(): Promise<LegalService[]> {
      return (await services.find({}, { orderBy: [['order', 'asc'], ['_id', 'asc']], limit: 100 })).map(serviceOf)
    },
    /** The stored settings document, unchecked (an old or broken one is the loader's to judge); null before anyone saved settings. */
    settings: (): Promise<SettingsDocument | null> => settings.findById(SETTINGS_ID),
    /** Writes the services that are missing (demo data, first start); existing ones are kept. */
    async seedServices(list: readonly LegalService[], now: Date): Promise<number> {
      const existing = new Set((await services.find({}, { fields: { _id: true }, limit: 100 })).map(document => document._id))
      const missing = list.filter(service => !existing.has(service.key)).map(service => serviceDocumentOf(service, now))
      await services.insertMany(missing)
      return missing.length
    },
    in(transaction: Transaction) {
      return {
        saveService: (service: LegalService, now: Date) => transaction.collection<ServiceDocument>(SERVICES_COLLECTION).replace(serviceDocumentOf(service, now)),
        saveSettings: (value: LegalAidSettings, now: Date) => transaction.collection<SettingsDocument>(SETTINGS_COLLECTION).replace(settingsDocumentOf(value, now)),
      }
    },
  }
}

export type LegalConfigRepository = ReturnType<typeof legalConfigRepository>
