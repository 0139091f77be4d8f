import tcb from '@cloudbase/node-sdk'
import type { Database } from '../cloudfunctions/runtime/cloudbase-app'
import { localCloudbase } from './local-cloudbase'

/** What `--admin-url` must look like: a local emulator's SDK endpoint. */
export const ADMIN_URL_PATTERN = /^https?:\/\/\S+\/admin$/

/**
 * Where an import script writes: the emulator named by `--admin-url`; else the cloud environment
 * given by `CLOUDBASE_ENV_ID` + `TENCENTCLOUD_SECRETID`/`SECRETKEY`; else the local stack `npm start`
 * runs (on `PORT`, default 10086).
 */
export function importTargetDatabase(adminUrl: string | undefined): Database {
  if (adminUrl !== undefined) return localCloudbase(adminUrl).database()
  const env = process.env.CLOUDBASE_ENV_ID
  const secretId = process.env.TENCENTCLOUD_SECRETID
  const secretKey = process.env.TENCENTCLOUD_SECRETKEY
  if (env && secretId && secretKey) return tcb.init({ env, secretId, secretKey }).database()
  return localCloudbase(`http://127.0.0.1:${process.env.PORT ?? '10086'}/admin`).database()
}
