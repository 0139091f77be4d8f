/** The legal-aid pages, in the `packages/legal-aid` subpackage; kept tiny, the main package links to them. */
export const LEGAL_AID_PAGES = {
  book: '/packages/legal-aid/book/index',
  myCases: '/packages/legal-aid/my-cases/index',
  myCase: (caseId: string) => `/packages/legal-aid/case/index?id=${encodeURIComponent(caseId)}`,
  reception: '/packages/legal-aid/reception/index',
  rosters: '/packages/legal-aid/rosters/index',
} as const
