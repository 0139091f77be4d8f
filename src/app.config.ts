/** The mini-program's app.json: tabs in the main package, everything else in subpackages. */
export default defineAppConfig({
  pages: ['pages/home/index', 'pages/stations/index', 'pages/services/index', 'pages/me/index'],
  subPackages: [
    {
      root: 'packages/me',
      pages: ['privacy/index', 'my-data/index', 'inbox/index'],
    },
    {
      root: 'packages/staff',
      pages: ['users/index', 'bulletins-list/index', 'bulletins-edit/index', 'stations-manage/index', 'stations-edit/index', 'stations-reports/index', 'stations-review/index', 'notifications/index', 'training-courses/index', 'training-edit/index', 'training-roster/index', 'reports/index'],
    },
    {
      root: 'packages/bulletins',
      pages: ['detail/index', 'search/index'],
      // WeChat's 同声传译 for 听简报 (src/lib/speech.weapp.ts), declared where it is used so it loads with this
      // subpackage and not with the main package. Add it under 设置 → 第三方设置 → 插件管理 before uploading.
      plugins: {
        WechatSI: { version: '0.3.5', provider: 'wx069ba97219f66d99' },
      },
    },
    {
      root: 'packages/stations',
      pages: ['detail/index', 'report/index', 'my-reports/index'],
    },
    {
      root: 'packages/legal-aid',
      pages: ['book/index', 'my-cases/index', 'case/index', 'reception/index', 'rosters/index', 'statistics/index'],
    },
    {
      // check-in/index is named by every printed check-in code (wxacode.getUnlimited's page): never move it.
      root: 'packages/training',
      pages: ['courses/index', 'course/index', 'check-in/index', 'certificate/index', 'mine/index'],
    },
  ],
  window: {
    navigationBarTitleText: '职工服务',
    navigationBarBackgroundColor: '#a50f1a',
    navigationBarTextStyle: 'white',
    backgroundColor: '#f4f5f7',
    backgroundTextStyle: 'dark',
  },
  tabBar: {
    color: '#4a4a4a',
    selectedColor: '#a50f1a',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    list: [
      {
        pagePath: 'pages/home/index',
        text: '首页',
        iconPath: 'assets/tab-bar/home.png',
        selectedIconPath: 'assets/tab-bar/home-active.png',
      },
      {
        pagePath: 'pages/stations/index',
        text: '驿站',
        iconPath: 'assets/tab-bar/stations.png',
        selectedIconPath: 'assets/tab-bar/stations-active.png',
      },
      {
        pagePath: 'pages/services/index',
        text: '服务',
        iconPath: 'assets/tab-bar/services.png',
        selectedIconPath: 'assets/tab-bar/services-active.png',
      },
      {
        pagePath: 'pages/me/index',
        text: '我的',
        iconPath: 'assets/tab-bar/me.png',
        selectedIconPath: 'assets/tab-bar/me-active.png',
      },
    ],
  },
  requiredPrivateInfos: ['getLocation', 'chooseLocation'],
  permission: {
    'scope.userLocation': {
      desc: '用于查找离您最近的职工驿站',
    },
  },
  __usePrivacyCheck__: true,
  // H5 only (WeChat has no such field): Taro's H5 router hides the page it leaves on a timer at the
  // end of its slide animation, and a back within that time (a quick tap, or a slow phone) let the
  // timer hide the page returned to, leaving a blank screen. Without the animation pages switch at once.
  ...(process.env.TARO_ENV === 'h5' ? { animation: false } : {}),
  lazyCodeLoading: 'requiredComponents',
  style: 'v2',
})
