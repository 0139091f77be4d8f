import Taro from '@tarojs/taro'
import { ListItem } from '../../../ui/list-item'

/** Kept out of LEGAL_AID_PAGES, which the main package carries: only this subpackage links here. */
const STATISTICS_PAGE = '/packages/legal-aid/statistics/index'

/** The way to 接待统计 from the staff pages of the reception room. */
export function StatisticsLink() {
  return <ListItem icon='legal' title='接待统计' subtitle='接待、办结、在办、未到场，按月份、事项和结果' onClick={() => void Taro.navigateTo({ url: STATISTICS_PAGE })} />
}
