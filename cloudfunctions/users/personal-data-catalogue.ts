/**
 * Every collection that holds records about a person, how to find them, and what deletion does.
 * Features that store personal data add their collection here; export and deletion follow.
 * `anonymise` keeps a record others depend on (e.g. a station's problem report) without the person.
 */
export interface PersonalDataSource {
  readonly collection: string
  /** The field holding the pseudonymous user id. */
  readonly ownerField: string
  readonly onDelete: 'delete' | 'anonymise'
  /** Fields removed from the record when it is anonymised, beside the owner field. */
  readonly personalFields?: readonly string[]
}

export const PERSONAL_DATA_SOURCES: readonly PersonalDataSource[] = []
