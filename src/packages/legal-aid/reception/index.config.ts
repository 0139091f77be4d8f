export default definePageConfig({ navigationBarTitleText: '今日接待' })
