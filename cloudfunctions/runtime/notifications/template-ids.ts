import { SUBSCRIBE_TEMPLATES, TEMPLATE_ID_PATTERN, type SubscribeTemplate, type SubscribeTemplateKey } from '../../../src/domain/notifications/subscribe-templates'

/** Where a function reads its environment; tests pass their own. */
export type Environment = Readonly<Record<string, string | undefined>>

/**
 * The WeChat template id configured for a template on this deployment (cloudbaserc.json `envVariables`,
 * filled from the deploying machine's `.env` by the CloudBase CLI), or null when there is none: an empty
 * value, or a `{{env.…}}` placeholder nobody filled in. Null means the service is not open yet: nothing
 * is asked for and every message of the template goes to 消息 only.
 */
export function configuredTemplateId(template: SubscribeTemplate, env: Environment = process.env): string | null {
  const value = env[template.envVariable]?.trim() ?? ''
  return TEMPLATE_ID_PATTERN.test(value) ? value : null
}

/** The configured id of a template by key, read from the function's environment at each call. */
export type TemplateIdOf = (key: SubscribeTemplateKey) => string | null

export function templateIdsFromEnvironment(env: Environment = process.env): TemplateIdOf {
  return key => configuredTemplateId(SUBSCRIBE_TEMPLATES[key], env)
}
