import { fireEvent, render, screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { Button } from './button'
import { ConfirmDialog } from './confirm-dialog'
import { EmptyState } from './empty-state'
import { ErrorState } from './error-state'
import { Icon } from './icon'
import { IconLabel } from './icon-label'
import { ListItem } from './list-item'
import { LoadingState } from './loading-state'
import { SearchBar } from './search-bar'
import { Section } from './section'
import { STATUS_ICONS, StatusBadge, type StatusTone } from './status-badge'
import { SwitchRow } from './switch-row'
import { TextField } from './text-field'
import { PageHeader } from './page-header'
import { ProblemList } from './problem-list'

describe('Button', () => {
  it('is labelled with its words and runs its action', () => {
    const onClick = vi.fn()
    render(<Button onClick={onClick}>保存</Button>)
    const button = screen.getByLabelText('保存')
    fireEvent.click(button)
    expect(onClick).toHaveBeenCalledTimes(1)
  })

  it('can carry a fuller label than its words', () => {
    render(<Button spokenLabel='重试加载资讯'>重试</Button>)
    expect(screen.getByLabelText('重试加载资讯')).toBeTruthy()
  })

  it('says it is busy and ignores taps while loading', () => {
    const onClick = vi.fn()
    render(
      <Button loading onClick={onClick}>
        提交
      </Button>,
    )
    const button = screen.getByLabelText('提交')
    fireEvent.click(button)
    expect(onClick).not.toHaveBeenCalled()
    expect(button.getAttribute('aria-busy')).toBe('true')
    expect(button.getAttribute('aria-disabled')).toBe('true')
  })

  it('does nothing when disabled', () => {
    const onClick = vi.fn()
    render(
      <Button disabled onClick={onClick}>
        删除
      </Button>,
    )
    fireEvent.click(screen.getByLabelText('删除'))
    expect(onClick).not.toHaveBeenCalled()
  })
})

describe('icons', () => {
  it('are hidden from screen readers, because words always stand beside them', () => {
    const { container } = render(<Icon name='home' />)
    expect(container.firstElementChild?.getAttribute('aria-hidden')).toBe('true')
  })

  it('come with their words in IconLabel', () => {
    render(<IconLabel icon='station' label='职工驿站' />)
    expect(screen.getByText('职工驿站')).toBeTruthy()
  })
})

describe('StatusBadge', () => {
  it('shows a status in words and names it for screen readers', () => {
    render(<StatusBadge tone='success' label='已预约' />)
    expect(screen.getByText('已预约')).toBeTruthy()
    expect(screen.getByLabelText('状态：已预约')).toBeTruthy()
  })

  it('gives each meaningful tone its own icon shape, so colour is never the only signal', () => {
    const tones: StatusTone[] = ['success', 'warning', 'danger', 'info', 'pending']
    expect(new Set(tones.map(tone => STATUS_ICONS[tone])).size).toBe(tones.length)
  })

  it('draws the icon next to the words', () => {
    const { container } = render(<StatusBadge tone='danger' label='已满' />)
    expect(container.querySelector('.ui-icon')).not.toBeNull()
  })
})

describe('ListItem', () => {
  it('is one labelled button when it can be tapped', () => {
    const onClick = vi.fn()
    render(<ListItem title='隐私与授权' subtitle='同意或撤回' onClick={onClick} />)
    const row = screen.getByRole('button', { name: '隐私与授权，同意或撤回' })
    fireEvent.click(row)
    expect(onClick).toHaveBeenCalledTimes(1)
  })

  it('is plain text when it cannot', () => {
    render(<ListItem title='开放时间' rightText='8:00-20:00' />)
    expect(screen.queryByRole('button')).toBeNull()
    expect(screen.getByText('8:00-20:00')).toBeTruthy()
  })
})

describe('states', () => {
  it('ErrorState says what went wrong and offers 重试', () => {
    const onRetry = vi.fn()
    render(<ErrorState message='网络不好，请稍后重试' onRetry={onRetry} />)
    expect(screen.getByText('网络不好，请稍后重试')).toBeTruthy()
    fireEvent.click(screen.getByLabelText('重试'))
    expect(onRetry).toHaveBeenCalledTimes(1)
  })

  it('ErrorState is announced when it appears', () => {
    const { container } = render(<ErrorState message='出错了' />)
    expect(container.firstElementChild?.getAttribute('aria-live')).toBe('assertive')
  })

  it('ProblemList is announced, and marks every problem with ⚠ as well as colour', () => {
    const { container } = render(<ProblemList title='还有 2 处要改：' problems={['标题不能为空', '日期要像 2017-09-30']} />)
    expect(container.firstElementChild?.getAttribute('aria-live')).toBe('assertive')
    expect(screen.getByText('还有 2 处要改：')).toBeTruthy()
    expect(screen.getByText('⚠ 标题不能为空')).toBeTruthy()
    expect(screen.getByText('⚠ 日期要像 2017-09-30')).toBeTruthy()
  })

  it('ProblemList shows nothing when there is no problem', () => {
    const { container } = render(<ProblemList title='还有 0 处要改：' problems={[]} />)
    expect(container.innerHTML).toBe('')
  })

  it('LoadingState is marked busy and says it is loading', () => {
    render(<LoadingState label='正在加载驿站…' />)
    const region = screen.getByLabelText('正在加载驿站…')
    expect(region.getAttribute('aria-busy')).toBe('true')
    expect(screen.getByText('正在加载驿站…')).toBeTruthy()
  })

  it('EmptyState says there is nothing and what to do', () => {
    render(<EmptyState title='附近没有驿站' description='换个地方再找找' action={<Button>看全部驿站</Button>} />)
    expect(screen.getByText('附近没有驿站')).toBeTruthy()
    expect(screen.getByLabelText('看全部驿站')).toBeTruthy()
  })
})

describe('forms', () => {
  it('TextField keeps a visible label and names the input', () => {
    const onChange = vi.fn()
    render(<TextField label='手机号' value='' onChange={onChange} />)
    expect(screen.getByText('手机号')).toBeTruthy()
    expect(screen.getByLabelText('手机号')).toBeTruthy()
  })

  it('TextField reads its error with the label', () => {
    render(<TextField label='手机号' value='12' onChange={() => undefined} error='请输入 11 位手机号' />)
    expect(screen.getByLabelText('手机号，请输入 11 位手机号')).toBeTruthy()
    expect(screen.getByText('⚠ 请输入 11 位手机号')).toBeTruthy()
  })

  it('SwitchRow writes the state out, not only draws it', () => {
    const { rerender } = render(<SwitchRow label='长辈模式' checked={false} onChange={() => undefined} />)
    expect(screen.getByText('已关闭')).toBeTruthy()
    expect(screen.getByLabelText('长辈模式，已关闭')).toBeTruthy()
    rerender(<SwitchRow label='长辈模式' checked onChange={() => undefined} />)
    expect(screen.getByText('已开启')).toBeTruthy()
  })

  it('SwitchRow flips when the row is tapped, not only the small switch', () => {
    const onChange = vi.fn()
    render(<SwitchRow label='长辈模式' checked={false} onChange={onChange} />)
    fireEvent.click(screen.getByText('长辈模式'))
    expect(onChange).toHaveBeenCalledWith(true)
  })

  it('SearchBar has a worded search button that searches for what was typed', () => {
    const onSearch = vi.fn()
    render(<SearchBar value='西湖' onChange={() => undefined} onSearch={onSearch} placeholder='搜索驿站名称或地址' />)
    expect(screen.getByLabelText('搜索驿站名称或地址')).toBeTruthy()
    fireEvent.click(screen.getByLabelText('搜索'))
    expect(onSearch).toHaveBeenCalledWith('西湖')
  })
})

describe('ConfirmDialog', () => {
  it('is a labelled modal dialog with both answers', () => {
    const onConfirm = vi.fn()
    const onCancel = vi.fn()
    render(<ConfirmDialog open title='撤回同意？' message='撤回后服务会停下' confirmLabel='撤回同意' onConfirm={onConfirm} onCancel={onCancel} />)
    const dialog = screen.getByRole('dialog', { name: '撤回同意？' })
    expect(dialog.getAttribute('aria-modal')).toBe('true')
    fireEvent.click(screen.getByLabelText('撤回同意'))
    fireEvent.click(screen.getByLabelText('取消'))
    expect(onConfirm).toHaveBeenCalledTimes(1)
    expect(onCancel).toHaveBeenCalledTimes(1)
  })

  it('holds the confirm button back until allowed', () => {
    const onConfirm = vi.fn()
    render(<ConfirmDialog open title='删除？' message='无法恢复' confirmLabel='永久删除' danger confirmDisabled onConfirm={onConfirm} onCancel={() => undefined} />)
    fireEvent.click(screen.getByLabelText('永久删除'))
    expect(onConfirm).not.toHaveBeenCalled()
  })

  it('renders nothing when closed', () => {
    render(<ConfirmDialog open={false} title='删除？' message='x' confirmLabel='删除' onConfirm={() => undefined} onCancel={() => undefined} />)
    expect(screen.queryByRole('dialog')).toBeNull()
  })
})

describe('headings', () => {
  it('marks the page title as level 1 and section titles as level 2', () => {
    render(
      <>
        <PageHeader title='我的' />
        <Section title='设置'>
          <></>
        </Section>
      </>,
    )
    expect(screen.getByRole('heading', { level: 1, name: '我的' })).toBeTruthy()
    expect(screen.getByRole('heading', { level: 2, name: '设置' })).toBeTruthy()
  })
})
