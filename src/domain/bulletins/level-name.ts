const NAMES = ['', '第一级', '第二级', '第三级', '第四级'] as const

/** A numbering level in words: 第二级. */
export function levelName(level: number): string {
  return NAMES[level] ?? `第 ${level} 级`
}
