/**
 * What 删除我的数据 removes, in the person's words, shown before they confirm. Kept in step with what
 * the users function deletes and anonymises (cloudfunctions/users/personal-data-catalogue.ts).
 */
export const DELETION_SUMMARY: readonly string[] = [
  '您的资料：昵称、手机号、长辈模式等设置，隐私同意记录',
  '新资讯提醒等消息提醒的设置，“消息”里的全部消息',
  '法律援助：预约里您写的情况、电话、单位和照片（只留下认不出您的办理记录）',
  '驿站反馈：您写的说明和照片（反馈的问题本身留给工作人员改进驿站）',
  '技能培训：报名时填的姓名、电话等（只留下人数统计）；还能取消报名的课，您的名额或候补让给下一位',
  '您上传的所有照片',
]
