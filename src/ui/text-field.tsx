import { Input, Text, View } from '@tarojs/components'
import { a11yProps } from './a11y-props'
import { classNames } from './class-names'
import './field.css'

export interface TextFieldProps {
  readonly label: string
  readonly value: string
  readonly onChange: (value: string) => void
  readonly placeholder?: string
  /** `number` brings up the digit keyboard (phone numbers, codes). */
  readonly type?: 'text' | 'number'
  readonly maxLength?: number
  readonly hint?: string
  /** Shown under the field in words, with a warning mark, when the value is not accepted. */
  readonly error?: string
  readonly disabled?: boolean
}

/** A labelled one-line input; the label stays visible while typing (no placeholder-only fields). */
export function TextField({ label, value, onChange, placeholder, type = 'text', maxLength = 100, hint, error, disabled = false }: TextFieldProps) {
  return (
    <View className='ui-field'>
      <Text className='ui-field__label'>{label}</Text>
      <Input
        className={classNames('ui-field__input', error !== undefined && 'ui-field__input--error')}
        value={value}
        type={type}
        placeholder={placeholder}
        placeholderClass='ui-field__placeholder'
        maxlength={maxLength}
        disabled={disabled}
        onInput={event => onChange(event.detail.value)}
        {...a11yProps({ label: error ? `${label}，${error}` : label })}
      />
      {hint && !error ? <Text className='ui-field__hint'>{hint}</Text> : null}
      {error ? <Text className='ui-field__error'>⚠ {error}</Text> : null}
    </View>
  )
}
