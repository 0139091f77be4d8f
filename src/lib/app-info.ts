/** The app's name as people see it in WeChat. */
export const APP_NAME = '职工服务'

/** Who runs the service and is responsible for the personal data (the policy's "we"). */
export const UNION_NAME = '市总工会'

export { UNION_HOTLINE } from '../domain/contracts/union-hotline'
