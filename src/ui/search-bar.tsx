import { Input, View } from '@tarojs/components'
import { Icon } from './icon'
import { Button } from './button'
import { a11yProps } from './a11y-props'
import './search-bar.css'

export interface SearchBarProps {
  readonly value: string
  readonly onChange: (value: string) => void
  readonly onSearch: (value: string) => void
  /** Says what can be searched (搜索驿站名称或地址). */
  readonly placeholder: string
  readonly maxLength?: number
}

/**
 * The width the box needs to show its placeholder whole, in the box's own type: a character is at
 * most 1 em wide in Chinese type, and the icon, gap, padding and border come to about 2 em + 28 px.
 */
export function searchFieldBasis(placeholder: string): string {
  return `calc(${Array.from(placeholder).length + 2}em + 28px)`
}

/** A search box with a worded 搜索 button: the keyboard's search key alone is too easy to miss. */
export function SearchBar({ value, onChange, onSearch, placeholder, maxLength = 20 }: SearchBarProps) {
  return (
    <View className='ui-search-bar' {...a11yProps({ role: 'search' })}>
      <View className='ui-search-bar__field' style={{ flexBasis: searchFieldBasis(placeholder) }}>
        <Icon name='search' className='ui-search-bar__icon' />
        <Input
          className='ui-search-bar__input'
          value={value}
          placeholder={placeholder}
          placeholderClass='ui-search-bar__placeholder'
          maxlength={maxLength}
          confirmType='search'
          onInput={event => onChange(event.detail.value)}
          onConfirm={event => onSearch(event.detail.value)}
          {...a11yProps({ label: placeholder })}
        />
      </View>
      <Button variant='primary' className='ui-search-bar__submit' onClick={() => onSearch(value)}>
        搜索
      </Button>
    </View>
  )
}
