import type { Role } from '../../../domain/contracts/roles'
import type { IconName } from '../../../ui/icon-paths'

/** One staff tool on 我的 → 工作台; the page composes the list, so features never import each other. */
export interface StaffTool {
  readonly label: string
  /** One line on what the tool is for. */
  readonly description: string
  readonly icon: IconName
  /** The tool's page, e.g. `/packages/staff/users/index`. */
  readonly path: string
  /** Who may use it; the server checks again on every call. */
  readonly roles: readonly Role[]
}

/** Staff, lawyers and admins have a 工作台; workers never see it. */
export function hasWorkbench(role: Role): boolean {
  return role !== 'worker'
}

/** The tools this role may use, in the page's order. */
export function toolsForRole(role: Role, tools: readonly StaffTool[]): StaffTool[] {
  if (!hasWorkbench(role)) return []
  return tools.filter(tool => tool.roles.includes(role))
}
