import type { SubscribeDecision } from './subscribe-templates'

/** A person's standing with one template: whether they want its messages and how many they allowed. */
export interface SubscriptionState {
  /** The switch: the person wants these messages. Off stops sending even with credits left. */
  readonly enabled: boolean
  /** Messages WeChat allows us to send: one per 允许 tap, one spent per message sent. */
  readonly credits: number
}

export const NO_SUBSCRIPTION: SubscriptionState = { enabled: false, credits: 0 }

/**
 * The state after the person answered WeChat's prompt: 允许 adds one credit and turns the switch on. Any
 * other answer changes nothing: a no to one more message is not a no to the ones already allowed, and
 * only the person turning the switch off (`turnedOff`) stops them.
 */
export function afterDecision(state: SubscriptionState, decision: SubscribeDecision): SubscriptionState {
  return decision === 'accept' ? { enabled: true, credits: state.credits + 1 } : state
}

/** The switch turned off: nothing is sent; the credits stay, since WeChat still honours them if it is turned back on. */
export function turnedOff(state: SubscriptionState): SubscriptionState {
  return { enabled: false, credits: state.credits }
}

/** Whether a message may be sent now: the switch is on and a credit is left. */
export function maySend(state: SubscriptionState): boolean {
  return state.enabled && state.credits > 0
}
