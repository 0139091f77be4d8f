export default definePageConfig({ navigationBarTitleText: '接待统计' })
