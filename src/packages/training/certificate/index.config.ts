export default definePageConfig({ navigationBarTitleText: '结业证书', enableShareAppMessage: true })
