import { Button as TaroButton, Text, View } from '@tarojs/components'
import type { IconName } from './icon-paths'
import { Icon } from './icon'
import { a11yProps } from './a11y-props'
import { classNames } from './class-names'
import './button.css'

export type ButtonVariant = 'primary' | 'secondary' | 'danger'

/** The WeChat open abilities a button may carry (weapp only; ignored on H5). */
export type ButtonOpenType = 'getPhoneNumber' | 'agreePrivacyAuthorization' | 'contact' | 'share' | 'openSetting'

export interface ButtonProps {
  /** The words on the button: every button says what it does. */
  readonly children: string
  readonly variant?: ButtonVariant
  readonly icon?: IconName
  readonly loading?: boolean
  readonly disabled?: boolean
  /** Full width: the default for the main action of a screen. */
  readonly block?: boolean
  /**
   * Read instead of the words when they need more context ("重试加载资讯"). Not `ariaLabel`: Taro's H5
   * build renames any JSX prop of that name to `aria-label`, so a component would never receive it.
   */
  readonly spokenLabel?: string
  readonly id?: string
  readonly className?: string
  readonly openType?: ButtonOpenType
  readonly onClick?: () => void
  /** weapp `openType="getPhoneNumber"`: the one-time code to exchange on the server, or null if refused. */
  readonly onGetPhoneNumber?: (code: string | null) => void
  /** weapp `openType="agreePrivacyAuthorization"`: fired after the person agreed. */
  readonly onAgreePrivacyAuthorization?: () => void
}

/** A button with words (and optionally an icon), at least 48 px tall, that says when it is busy. */
export function Button({
  children,
  variant = 'primary',
  icon,
  loading = false,
  disabled = false,
  block = false,
  spokenLabel,
  id,
  className,
  openType,
  onClick,
  onGetPhoneNumber,
  onAgreePrivacyAuthorization,
}: ButtonProps) {
  const inactive = disabled || loading
  return (
    <TaroButton
      id={id}
      className={classNames(
        'ui-button',
        `ui-button--${variant}`,
        block && 'ui-button--block',
        inactive && 'ui-button--disabled',
        className,
      )}
      disabled={inactive}
      loading={loading}
      openType={process.env.TARO_ENV === 'weapp' ? openType : undefined}
      hoverClass='ui-button--pressed'
      onClick={inactive ? undefined : onClick}
      onGetPhoneNumber={onGetPhoneNumber ? event => onGetPhoneNumber(event.detail.code ?? null) : undefined}
      onAgreePrivacyAuthorization={onAgreePrivacyAuthorization ? () => onAgreePrivacyAuthorization() : undefined}
      {...a11yProps({ role: 'button', label: spokenLabel ?? children, disabled: inactive, busy: loading })}
    >
      <View className='ui-button__content'>
        {icon && !loading ? <Icon name={icon} /> : null}
        <Text>{children}</Text>
      </View>
    </TaroButton>
  )
}
