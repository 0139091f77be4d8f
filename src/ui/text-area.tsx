import { Text, Textarea, View } from '@tarojs/components'
import { a11yProps } from './a11y-props'
import { classNames } from './class-names'
import './field.css'

export interface TextAreaProps {
  readonly label: string
  readonly value: string
  readonly onChange: (value: string) => void
  readonly placeholder?: string
  readonly maxLength: number
  readonly hint?: string
  readonly error?: string
  readonly disabled?: boolean
}

/** A labelled multi-line input that shows how many characters are left. */
export function TextArea({ label, value, onChange, placeholder, maxLength, hint, error, disabled = false }: TextAreaProps) {
  return (
    <View className='ui-field'>
      <Text className='ui-field__label'>{label}</Text>
      <Textarea
        className={classNames('ui-field__input', 'ui-field__input--multiline', error !== undefined && 'ui-field__input--error')}
        value={value}
        placeholder={placeholder}
        placeholderClass='ui-field__placeholder'
        maxlength={maxLength}
        disabled={disabled}
        autoHeight
        onInput={event => onChange(event.detail.value)}
        {...a11yProps({ label: error ? `${label}，${error}` : label })}
      />
      <View className='ui-field__footer'>
        {error ? <Text className='ui-field__error'>⚠ {error}</Text> : <Text className='ui-field__hint'>{hint ?? ''}</Text>}
        <Text className='ui-field__count'>
          {value.length}/{maxLength}
        </Text>
      </View>
    </View>
  )
}
