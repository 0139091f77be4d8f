export default definePageConfig({
  navigationBarTitleText: '职工服务',
  enablePullDownRefresh: true,
  onReachBottomDistance: 200,
})
