export default definePageConfig({ navigationBarTitleText: '技能培训' })
