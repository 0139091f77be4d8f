import type { Role } from '../../../domain/contracts/roles'

const ROLE_LABELS: Readonly<Record<Role, string>> = {
  worker: '职工',
  staff: '工会工作人员',
  lawyer: '律师',
  admin: '管理员',
}

/** A role in the words people use for it. */
export function roleLabel(role: Role): string {
  return ROLE_LABELS[role]
}
