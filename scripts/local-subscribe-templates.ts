import { SUBSCRIBE_TEMPLATES, TEMPLATE_ID_PATTERN, type SubscribeTemplateKey } from '../src/domain/notifications/subscribe-templates'

/**
 * Template ids for the local stack, one per template of the catalogue, standing in for the ids a
 * mini-program account's admin console gives (they have the same form). With them the local product
 * sends subscribe messages into the emulator's outbox, which checks each against its template's fields.
 */
export const LOCAL_TEMPLATE_IDS: Readonly<Record<SubscribeTemplateKey, string>> = Object.fromEntries(
  Object.values(SUBSCRIBE_TEMPLATES).map(template => [template.key, `local-${template.key}`.padEnd(16, '0')]),
) as Record<SubscribeTemplateKey, string>

/**
 * The templates as WeChat would know them, for the emulator's `wx.templates`: by the id the environment
 * configures (what the functions will send with), else by the local id.
 */
export function localDeclaredTemplates(env: NodeJS.ProcessEnv = process.env): Record<string, { readonly keys: readonly string[] }> {
  return Object.fromEntries(
    Object.values(SUBSCRIBE_TEMPLATES).map(template => {
      const configured = env[template.envVariable]?.trim() ?? ''
      const id = TEMPLATE_ID_PATTERN.test(configured) ? configured : LOCAL_TEMPLATE_IDS[template.key]
      return [id, { keys: template.fields.map(field => field.key) }]
    }),
  )
}

/**
 * Puts the local ids in this process's environment, where the emulator fills cloudbaserc.json's
 * `{{env.SUBSCRIBE_TEMPLATE_…}}` from (as the CloudBase CLI fills them from `.env` when deploying).
 * An id already set is kept. Call before starting the emulator.
 */
export function setLocalTemplateIds(env: NodeJS.ProcessEnv = process.env): void {
  for (const template of Object.values(SUBSCRIBE_TEMPLATES)) env[template.envVariable] ??= LOCAL_TEMPLATE_IDS[template.key]
}

/**
 * Starts something (an emulator) with the local ids in the environment while it reads cloudbaserc.json,
 * and puts the environment back afterwards, so the next emulator of the same process starts without.
 */
export async function withLocalTemplateIds<T>(start: () => Promise<T>): Promise<T> {
  const saved = Object.values(SUBSCRIBE_TEMPLATES).map(template => [template.envVariable, process.env[template.envVariable]] as const)
  setLocalTemplateIds()
  try {
    return await start()
  } finally {
    for (const [name, value] of saved) {
      if (value === undefined) delete process.env[name]
      else process.env[name] = value
    }
  }
}
