import type { CommonErrorCode } from './error-codes'
import { bulletinsContract } from './bulletins'
import { legalAidContract } from './legal-aid'
import { notifyContract } from './notify'
import { stationsContract } from './stations'
import { trainingContract } from './training'
import { usersContract } from './users'

/**
 * Every cloud function and its actions, in one place. The functions route from it, the client
 * calls through it, and the contract tests are generated from it.
 */
export const functionContracts = {
  users: usersContract,
  bulletins: bulletinsContract,
  stations: stationsContract,
  notify: notifyContract,
  legalAid: legalAidContract,
  training: trainingContract,
} as const

export type FunctionName = keyof typeof functionContracts
export type ContractOf<F extends FunctionName> = (typeof functionContracts)[F]
export type ActionName<F extends FunctionName> = keyof ContractOf<F>['actions'] & string

type FeatureErrorCode = {
  [F in FunctionName]: ContractOf<F>['errors'][keyof ContractOf<F>['errors']]
}[FunctionName]

/** The closed set of error codes any function may answer with. */
export type ErrorCode = CommonErrorCode | FeatureErrorCode
