/**
 * One line on what a station's 建设标准 badge means, for the station page: the badge alone (七个一)
 * means nothing to most workers. 七个一 are the seven basics every catalogue lists first.
 */
export function standardExplanation(standard: string): string {
  if (standard.includes('七个一')) return '七个一：按标准配齐喝水、热饭、歇脚、充电、如厕、药箱、冷暖七样服务'
  if (standard.includes('五个一')) return '五个一：按标准配齐喝水、歇脚等五样基本服务，具体看下面“能做什么”'
  return `${standard}：驿站的建设标准，具体有什么看下面“能做什么”`
}
