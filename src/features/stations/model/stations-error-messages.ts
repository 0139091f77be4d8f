import type { ErrorMessages } from '../../../lib/error-messages'

/** Plain words for the stations function's own error codes. */
export const STATIONS_ERROR_MESSAGES: ErrorMessages = {
  'STATIONS.STATION_NOT_FOUND': '没有找到这个驿站，可能已经撤销',
  'STATIONS.REPORT_NOT_FOUND': '没有找到这条反馈',
  'STATIONS.DUPLICATE_STATION': '已经有同样编号、或同名同地址的驿站了',
  'STATIONS.DUPLICATE_REPORT': '您今天已经报告过这个问题了，工作人员会尽快核实',
  'STATIONS.UNKNOWN_AMENITY': '有设施不在设施清单里，请刷新后重新选择',
  'STATIONS.EDIT_CONFLICT': '驿站信息刚被别人改过，请返回后重新打开再改',
  'STATIONS.REPORT_STATE_CHANGED': '这条反馈刚被其他工作人员处理了，请刷新后再看',
  'STATIONS.NO_FIX_FOR_REPORT': '这条反馈没有可以自动修改的内容，请到驿站编辑页修改',
  'STATIONS.PHOTO_NOT_FOUND': '照片没有上传成功，请重新选择照片',
}
