/**
 * Features that keep something about the person (a station report, a booking, a reminder) need the
 * privacy consent first. The users feature owns the consent and registers here how to tell whether
 * it was given and how to ask (app.tsx wires it), so features ask without importing each other.
 */
export interface ConsentGate {
  readonly given: () => boolean
  readonly ask: () => void
}

let gate: ConsentGate | null = null

/** Called once at launch with the users feature's answer. */
export function registerConsentGate(next: ConsentGate): void {
  gate = next
}

/**
 * Call in the tap of an action that keeps personal data: true when the person has agreed; otherwise
 * the consent question is shown (also to someone who chose 暂不同意 earlier) and the action waits.
 */
export function ensureConsent(): boolean {
  if (gate === null || gate.given()) return true
  gate.ask()
  return false
}
