/** weapp: WeChat supplies the real identity; there is no demo switcher in the package at all. */
export function LocalIdentitySlot() {
  return null
}
