import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { Button } from '../../../ui/button'
import { Icon } from '../../../ui/icon'
import { Sheet } from '../../../ui/sheet'
import { JINGZHOU_DISTRICTS, type District } from '../model/districts'
import { describeOrigin, type SearchOrigin } from '../model/search-origin'
import './origin-bar.css'

export interface OriginBarProps {
  readonly origin: SearchOrigin
  readonly onRelocate: () => void
  readonly onChooseDistrict: (district: District) => void
}

/** Says where distances are measured from, and lets the person locate again or pick their district. */
export function OriginBar({ origin, onRelocate, onChooseDistrict }: OriginBarProps) {
  const [picking, setPicking] = useState(false)
  const fallback = origin.kind === 'city-centre'
  return (
    <View className={fallback ? 'origin-bar origin-bar--fallback' : 'origin-bar'}>
      <View className='origin-bar__text'>
        <Icon name={fallback ? 'warning' : 'station'} />
        <Text className='origin-bar__words'>{describeOrigin(origin)}</Text>
      </View>
      <View className='origin-bar__actions'>
        <Button variant='secondary' icon='refresh' onClick={onRelocate} disabled={origin.kind === 'locating'}>
          重新定位
        </Button>
        <Button variant={fallback ? 'primary' : 'secondary'} onClick={() => setPicking(true)}>
          选择区域
        </Button>
      </View>
      {picking ? (
        <Sheet title='您在哪个区？' onDismiss={() => setPicking(false)}>
          <View className='origin-bar__districts'>
            {JINGZHOU_DISTRICTS.map(district => (
              <Button
                key={district.name}
                variant='secondary'
                onClick={() => {
                  setPicking(false)
                  onChooseDistrict(district)
                }}
              >
                {district.name}
              </Button>
            ))}
          </View>
          <Button variant='secondary' block onClick={() => setPicking(false)}>
            取消
          </Button>
        </Sheet>
      ) : null}
    </View>
  )
}
