import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import { Button } from './button'
import { Sheet } from './sheet'
import './confirm-dialog.css'

export interface ConfirmDialogProps {
  readonly open: boolean
  readonly title: string
  readonly message: string
  readonly confirmLabel: string
  readonly cancelLabel?: string
  /** For destructive actions: the confirm button is drawn as danger, with a bin icon. */
  readonly danger?: boolean
  readonly confirming?: boolean
  /** Holds the confirm button back, e.g. until the confirmation words are typed. */
  readonly confirmDisabled?: boolean
  readonly onConfirm: () => void
  readonly onCancel: () => void
  /** Extra content between the message and the buttons (a typed confirmation field). */
  readonly children?: ReactNode
}

/**
 * A question with a confirm and a cancel button, drawn in the page (not wx.showModal) so it can
 * hold a field and follows the page's text size.
 */
export function ConfirmDialog({
  open,
  title,
  message,
  confirmLabel,
  cancelLabel = '取消',
  danger = false,
  confirming = false,
  confirmDisabled = false,
  onConfirm,
  onCancel,
  children,
}: ConfirmDialogProps) {
  if (!open) return null
  return (
    <Sheet title={title} onDismiss={confirming ? undefined : onCancel}>
      <Text className='ui-dialog__message'>{message}</Text>
      {children}
      <View className='ui-dialog__actions'>
        <Button
          variant={danger ? 'danger' : 'primary'}
          icon={danger ? 'trash' : undefined}
          block
          loading={confirming}
          disabled={confirmDisabled}
          onClick={onConfirm}
        >
          {confirmLabel}
        </Button>
        <Button variant='secondary' block disabled={confirming} onClick={onCancel}>
          {cancelLabel}
        </Button>
      </View>
    </Sheet>
  )
}
