import Taro from '@tarojs/taro'

/** weapp: downloads the roster and opens it in WeChat's document viewer, from where it can be sent on or opened elsewhere. */
export async function openRosterFile(url: string, _fileName: string): Promise<void> {
  const { tempFilePath, statusCode } = await Taro.downloadFile({ url })
  if (statusCode !== 200) throw new Error(`download answered ${statusCode}`)
  await Taro.openDocument({ filePath: tempFilePath, fileType: 'xlsx', showMenu: true })
}
