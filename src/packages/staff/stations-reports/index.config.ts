export default definePageConfig({
  navigationBarTitleText: '职工反馈',
})
