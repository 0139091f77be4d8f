import { ScrollView, Text, View } from '@tarojs/components'
import { a11yProps } from '../../../ui/a11y-props'
import { classNames } from '../../../ui/class-names'
import type { FigureTable as FigureTableData } from '../model/statistics-view'
import './statistics-screen.css'

/** One table of figures in large type; wider than the phone, it scrolls sideways with its first column. */
export function FigureTable({ table }: { readonly table: FigureTableData }) {
  return (
    <ScrollView scrollX className='figures__scroll'>
      <View className='figures__table' {...a11yProps({ role: 'table', label: table.title })}>
        <View className='figures__row figures__row--head' {...a11yProps({ role: 'row', hidden: true })}>
          {table.columns.map((column, index) => (
            <Text key={column} className={classNames('figures__cell', index === 0 && 'figures__cell--first')}>
              {column}
            </Text>
          ))}
        </View>
        {table.rows.map(row => (
          <View key={row.key} className={classNames('figures__row', row.key === 'total' && 'figures__row--total')} {...a11yProps({ role: 'row', label: row.spoken })}>
            {row.cells.map((cell, index) => (
              <Text key={table.columns[index]} className={classNames('figures__cell', index === 0 && 'figures__cell--first')}>
                {cell}
              </Text>
            ))}
          </View>
        ))}
      </View>
    </ScrollView>
  )
}
