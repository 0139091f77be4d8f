/** How long a jump keeps its target in place while the page is still laying out. */
const SETTLE_MS = 1500
const CHECK_EVERY_MS = 150
/** How far from the top of its page the element may land and count as there (its scroll margin included). */
const TOLERANCE_PX = 60

/**
 * H5: the browser's own scroll (Taro's pageScrollTo measures offsetTop against the nearest positioned box),
 * leaving `clearance` px above the element for what stays on top of the page (the reader aloud's bar).
 * Taro's web components render lazily, so content above the target can still grow after the first scroll:
 * the target is put back in place until the layout settles, unless the person scrolls meanwhile.
 */
export function scrollToAnchor(anchor: string, clearance = 0): void {
  const target = document.getElementById(anchor)
  if (target === null) return
  target.style.scrollMarginTop = clearance > 0 ? `${clearance}px` : ''
  target.scrollIntoView({ block: 'start' })
  // Taro pages scroll inside their own box, which starts below anything fixed above it.
  const pageTop = Math.max(0, (target.closest('.taro_page') ?? document.documentElement).getBoundingClientRect().top)
  let stopped = false
  const stop = () => {
    stopped = true
  }
  window.addEventListener('touchstart', stop, { once: true, passive: true })
  window.addEventListener('wheel', stop, { once: true, passive: true })
  const started = Date.now()
  const timer = setInterval(() => {
    if (stopped || Date.now() - started > SETTLE_MS) {
      clearInterval(timer)
      window.removeEventListener('touchstart', stop)
      window.removeEventListener('wheel', stop)
      return
    }
    if (Math.abs(target.getBoundingClientRect().top - pageTop - clearance) > TOLERANCE_PX) target.scrollIntoView({ block: 'start' })
  }, CHECK_EVERY_MS)
}
