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

/**
 * Says where distances are measured from, in one line so the stations stay on the first screen;
 * 换位置 offers locating again or picking a district.
 */
export function OriginBar({ origin, onRelocate, onChooseDistrict }: OriginBarProps) {
  const [picking, setPicking] = useState(false)
  const fallback = origin.kind === 'city-centre'
  const close = () => setPicking(false)
  return (
    <View className={fallback ? 'origin-bar origin-bar--fallback' : 'origin-bar'}>
      <Icon name={fallback ? 'warning' : 'station'} />
      <Text className='origin-bar__words'>{describeOrigin(origin)}</Text>
      <Button variant={fallback ? 'primary' : 'secondary'} onClick={() => setPicking(true)}>
        换位置
      </Button>
      {picking ? (
        <Sheet title='从哪里找驿站？' onDismiss={close}>
          <Button
            icon='refresh'
            block
            disabled={origin.kind === 'locating'}
            onClick={() => {
              close()
              onRelocate()
            }}
          >
            重新定位
          </Button>
          <Text>或选择您所在的区：</Text>
          <View className='origin-bar__districts'>
            {JINGZHOU_DISTRICTS.map(district => (
              <Button
                key={district.name}
                variant='secondary'
                onClick={() => {
                  close()
                  onChooseDistrict(district)
                }}
              >
                {district.name}
              </Button>
            ))}
          </View>
          <Button variant='secondary' block onClick={close}>
            取消
          </Button>
        </Sheet>
      ) : null}
    </View>
  )
}
