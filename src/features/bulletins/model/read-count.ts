/** How many people read it, in words: 阅读 619 次, 阅读 1.2 万次. */
export function readCountLabel(count: number): string {
  if (count >= 10_000) return `阅读 ${(Math.floor(count / 1_000) / 10).toFixed(1).replace(/\.0$/, '')} 万次`
  return `阅读 ${count} 次`
}
