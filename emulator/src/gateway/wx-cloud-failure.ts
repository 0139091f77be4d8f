import { FunctionInvocationError } from '../functions/invocation-error'

/** How `wx.cloud.callFunction` fails: an error with a numeric `errCode` and a `cloud.callFunction:fail …` message. */
export interface WxCloudFailure {
  readonly status: number
  readonly errCode: number
  readonly errMsg: string
}

/**
 * The wx.cloud error for a failed invocation, with the codes and wording mini-programs see:
 * -501000 function not found ("FunctionName parameter could not be found"), -504002
 * "functions execute fail", -504003 "Invoking task timed out after N seconds".
 */
export function wxCloudFailure(error: FunctionInvocationError): WxCloudFailure {
  switch (error.failure) {
    case 'not-found':
      return { status: 404, errCode: -501000, errMsg: `cloud.callFunction:fail Error: errCode: -501000 | errMsg: ${error.message}` }
    case 'timed-out':
      return { status: 504, errCode: -504003, errMsg: `cloud.callFunction:fail Error: errCode: -504003 | errMsg: ${error.message}` }
    case 'execution-failed':
      return { status: 500, errCode: -504002, errMsg: `cloud.callFunction:fail Error: errCode: -504002 functions execute fail | errMsg: ${error.message}` }
  }
}

/** A gateway request wx.cloud itself would have refused before reaching a function. */
export function wxCloudRequestFailure(status: number, message: string): WxCloudFailure {
  return { status, errCode: -401002, errMsg: `cloud.callFunction:fail ${message}` }
}
