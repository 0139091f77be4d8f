export default definePageConfig({ navigationBarTitleText: '名单和签到' })
