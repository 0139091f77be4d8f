import { usersContract } from '../domain/contracts/users'
import type { UploadArea } from '../domain/storage/upload-folder'
import { callAction } from './cloud-client'

/**
 * The caller's own folder for uploads of one kind, as the server names it: the functions accept a
 * photo only from there. Asked each time rather than kept, because the local demo can switch people.
 */
export async function myUploadFolder(area: UploadArea): Promise<string> {
  return (await callAction(usersContract, 'getUploadFolder', { area })).folder
}
