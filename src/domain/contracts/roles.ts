/** A person's role, stored in the `users` collection and set only by an admin. */
export type Role = 'worker' | 'staff' | 'lawyer' | 'admin'

/** Who may invoke an action: a role, or the platform's timer trigger. */
export type Caller = Role | 'timer'

export const ROLES: readonly Role[] = ['worker', 'staff', 'lawyer', 'admin']

/** Every signed-in person, whatever their role. */
export const EVERYONE: readonly Caller[] = ROLES

/** Union staff who publish and manage; admins can do everything staff can. */
export const STAFF: readonly Caller[] = ['staff', 'admin']

export const ADMIN_ONLY: readonly Caller[] = ['admin']

/** Scheduled work: only the platform's timer trigger may run it, never a client. */
export const TIMER_ONLY: readonly Caller[] = ['timer']
