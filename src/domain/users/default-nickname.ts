/**
 * The name a new profile starts with. WeChat no longer hands out real nicknames without a tap,
 * so a person is 职工 plus a short stable code until they choose a name.
 */
export function defaultNickname(userId: string): string {
  return `职工${userId.slice(0, 4).toUpperCase()}`
}
