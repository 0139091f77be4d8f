/**
 * The Chinese font the report's chart images are drawn with: resvg draws only with the font files it is
 * given, and a machine without a CJK font would print every Chinese label as empty boxes. Debian's
 * fonts-wqy-microhei (文泉驿微米黑, 5 MB, free to redistribute) unless CJK_FONT_PATH names another.
 */
export function cjkFontPath(): string {
  return process.env.CJK_FONT_PATH ?? '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc'
}

/** The family name inside that file, which the chart asks for. */
export const CJK_FONT_FAMILY = 'WenQuanYi Micro Hei'
