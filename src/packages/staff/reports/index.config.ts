export default definePageConfig({
  navigationBarTitleText: '工作统计',
})
