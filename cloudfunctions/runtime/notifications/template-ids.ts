import { TEMPLATE_ID_PATTERN, type SubscribeTemplate } from '../../src/domain/notifications/subscribe-templates'

/**
 * The WeChat template id configured for a template on this deployment (cloudbaserc.json `envVariables`,
 * filled from the deploying machine's `.env` by the CloudBase CLI), or null when there is none: an empty
 * value, or a `{{env.…}}` placeholder nobody filled in, as on the local stack.
 */
export function configuredTemplateId(template: SubscribeTemplate, env: Readonly<Record<string, string | undefined>> = process.env): string | null {
  const value = env[template.envVariable]?.trim() ?? ''
  return TEMPLATE_ID_PATTERN.test(value) ? value : null
}
