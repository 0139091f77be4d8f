import { clientEnv } from '../../../lib/env'
import { LocalIdentityBar } from './local-identity-bar'

/** H5: the demo identity switcher, only when the local stack serves the app. */
export function LocalIdentitySlot() {
  return clientEnv.localStack ? <LocalIdentityBar /> : null
}
