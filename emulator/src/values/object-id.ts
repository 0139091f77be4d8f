/**
 * A MongoDB ObjectId as the emulator stores it: 24 hex digits, immutable.
 * `toString` gives the hex so mingo compares two ObjectIds by value.
 */
export class ObjectIdValue {
  readonly hex: string

  constructor(hex: string) {
    if (!/^[0-9a-f]{24}$/i.test(hex)) throw new TypeError(`an ObjectId is 24 hex digits, got "${hex}"`)
    this.hex = hex.toLowerCase()
    Object.freeze(this)
  }

  toString(): string {
    return this.hex
  }
}
