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
  /**
   * Fields holding the file ids of what the person uploaded (a photo): deletion removes the files from
   * storage too, those in the person's own upload folder and no others.
   */
  readonly fileFields?: readonly string[]
  /** Fields that are only machinery (keys derived from the user id): never exported. */
  readonly internalFields?: readonly string[]
  /**
   * Lists whose entries name who acted (`field` holds a user id, null for the person themselves): the
   * export says who in words, never another person's id.
   */
  readonly actors?: readonly ActorField[]
}

export interface ActorField {
  readonly list: string
  readonly field: string
  /** Replaces `field` in the export. */
  readonly exportAs: string
  readonly selfWords: string
  readonly otherWords: string
}

export const PERSONAL_DATA_SOURCES: readonly PersonalDataSource[] = [
  // Station problem reports: staff keep what was wrong with the station, not who said it, their words or their photo.
  // The reporter key (one report a day) is derived from the user id, so it goes too: it would still recognise the person.
  {
    collection: 'station_feedback',
    ownerField: 'reporterUserId',
    onDelete: 'anonymise',
    personalFields: ['note', 'photo', 'reporterNotification', 'reporterKey'],
    fileFields: ['photo'],
    internalFields: ['reporterKey'],
    actors: [{ list: 'history', field: 'byUserId', exportAs: 'by', selfWords: '本人', otherWords: '工作人员' }],
  },
  // 常去的驿站: the stations the person keeps for their daily route; nothing to keep once they are gone.
  { collection: 'station_favourites', ownerField: 'userId', onDelete: 'delete' },
  // Legal-aid bookings and cases: the figures keep the case type, service, status, outcome and months, never
  // who it was, what they wrote, their number, employer, photos, the case's history or the host's words to them.
  // An open booking keeps its place for the host, anonymous. Machinery (the one-booking-per-slot key, the
  // slot and roster, staff ids) is not exported; who acted is said in words.
  {
    collection: 'legal_cases',
    ownerField: 'userId',
    onDelete: 'anonymise',
    personalFields: ['description', 'consent', 'contactName', 'phone', 'phoneMasked', 'employer', 'photos', 'seatKey', 'outcomeNote', 'ratingComment', 'timeline'],
    fileFields: ['photos'],
    internalFields: ['seatKey', 'slotId', 'rosterId', 'hostUserId', 'handlerUserIds', 'assignee'],
    actors: [{ list: 'timeline', field: 'byUserId', exportAs: 'by', selfWords: '本人', otherWords: '工作人员' }],
  },
  // Training sign-ups: the monthly figures keep the course, the state, the dates and attendance, never who it
  // was or what they gave (name, phone, audience, age, employer, union, trade). An open place or turn in the
  // queue is passed on by the training timer within minutes (until the course's cancellation cut-off), as a
  // withdrawal would be: nobody is left to come or to be told. The one-open-per-course key derives from the user id, so it goes
  // too; it and the waitlist ticket are machinery, not exported.
  {
    collection: 'training_enrollments',
    ownerField: 'userId',
    onDelete: 'anonymise',
    personalFields: ['details', 'openKey'],
    internalFields: ['openKey', 'arrival', 'quotaId'],
  },
  // A person's standing with the reception room (bookings held, no-shows, a pause): nothing to keep once they are gone.
  { collection: 'legal_bookers', ownerField: 'userId', onDelete: 'delete' },
  // Subscribe-message consent (新资讯提醒 and later ones): nothing to keep once the person is gone.
  { collection: 'subscriptions', ownerField: 'userId', onDelete: 'delete' },
  // Replay answers to the person's retried writes (kept a week at most): they may repeat the person's own words.
  { collection: 'idempotency_keys', ownerField: 'userId', onDelete: 'delete', internalFields: ['data'] },
  // Who read which bulletin today, kept overnight at most to count a reader once a day; the counts stay.
  { collection: 'bulletin_read_marks', ownerField: 'userId', onDelete: 'delete' },
  // 消息: the person's own messages.
  { collection: 'inbox', ownerField: 'userId', onDelete: 'delete' },
  // The outbox entries of messages to the person (sent or not). The staff figures of past days lose them:
  // their ids derive from keys that name the person, so anonymised entries would still point back.
  { collection: 'notifications', ownerField: 'recipientUserId', onDelete: 'delete', internalFields: ['dedupeKey', 'leaseOwner'] },
  // Reminders features registered for the person (appointments, courses).
  { collection: 'notification_reminders', ownerField: 'recipientUserId', onDelete: 'delete', internalFields: ['key'] },
]
