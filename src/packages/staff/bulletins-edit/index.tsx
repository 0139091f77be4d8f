import { useRouter } from '@tarojs/taro'
import { BulletinEditorScreen } from '../../../features/bulletins/components/bulletin-editor-screen'

/** Staff: a new bulletin from pasted text, or `?id=` an existing one to edit, publish or take down. */
export default function StaffBulletinEditPage() {
  const { params } = useRouter()
  return <BulletinEditorScreen id={params.id ?? null} />
}
