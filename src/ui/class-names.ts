/** Joins the truthy class names: `classNames('a', cond && 'b')`. */
export function classNames(...names: ReadonlyArray<string | false | null | undefined>): string {
  return names.filter((name): name is string => typeof name === 'string' && name !== '').join(' ')
}
