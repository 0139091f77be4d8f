/**
 * What the bulletin search box says before anything is typed. Short enough to show whole in 长辈模式 on a
 * 375 px phone with a real Chinese font (the longer "搜索资讯，如：驿站、工伤" was cut off there).
 */
export const BULLETIN_SEARCH_PROMPT = '搜索资讯，如：工伤'
