import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { Bulletin } from '../../../domain/bulletins/bulletin'
import { a11yProps } from '../../../ui/a11y-props'
import { Button } from '../../../ui/button'
import { classNames } from '../../../ui/class-names'
import { Tag } from '../../../ui/tag'
import { scrollToAnchor } from '../hooks/scroll-to-anchor'
import { bulletinDate, issueLabel } from '../model/bulletin-dates'
import { bulletinOutline, CLOSING_ANCHOR, INTRO_ANCHOR, itemAnchor, MASTHEAD_ANCHOR } from '../model/bulletin-outline'
import { dialablePhones } from '../model/dialable-phones'
import { BulletinItemBlock } from './bulletin-item-block'
import { BulletinText } from './bulletin-text'
import { BulletinToc } from './bulletin-toc'
import './bulletin-article.css'

export interface BulletinArticleProps {
  readonly bulletin: Bulletin
  readonly kindLabel: string
  /** Publication time (ISO) for news without a printed date; null for a draft. */
  readonly publishedAt: string | null
  /** The search that led here; '' when none. */
  readonly query?: string
  /** The element id of the part being read aloud (masthead, intro, an item, the closing), or null. */
  readonly readingAnchor?: string | null
}

function call(dial: string): void {
  void Taro.makePhoneCall({ phoneNumber: dial }).catch(() => undefined)
}

/**
 * A bulletin laid out for older eyes, in the order of the printed page: title, 第N期, date and issuer, the
 * contents (the numbered items), the intro, each item with its sub-points and the points below it, indented
 * by level, the 报/发/抄送 lines, the editor, and the phone number as a button that calls it. Every size comes
 * from the scalable type tokens. The part being read aloud is marked.
 */
export function BulletinArticle({ bulletin: { header, body }, kindLabel, publishedAt, query = '', readingAnchor = null }: BulletinArticleProps) {
  const reading = (anchor: string) => readingAnchor === anchor && 'bulletin-article__reading'
  const outline = bulletinOutline(body)
  const issue = issueLabel(header.issueNumber)
  const date = bulletinDate(header.issuedOn, publishedAt)
  const distribution = [
    ['报', body.distribution.reportTo],
    ['发', body.distribution.sendTo],
    ['抄送', body.distribution.copyTo],
  ] as const
  return (
    <View className='bulletin-article'>
      <View id={MASTHEAD_ANCHOR} className={classNames('bulletin-article__masthead', reading(MASTHEAD_ANCHOR))}>
        <Tag label={kindLabel} emphasis />
        <Text className='bulletin-article__title' {...a11yProps({ role: 'heading', level: 1 })}>
          <BulletinText text={body.title} query={query} />
        </Text>
        <View className='bulletin-article__meta'>
          {issue ? <Text className='bulletin-article__issue'>{issue}</Text> : null}
          {date ? <Text>{date}</Text> : null}
          {header.issuer ? <Text>{header.issuer}</Text> : null}
        </View>
      </View>

      {outline.length > 1 ? <BulletinToc entries={outline} onJump={entry => scrollToAnchor(entry.anchor)} /> : null}

      {body.intro.length > 0 ? (
        <View id={INTRO_ANCHOR} className={classNames('bulletin-article__intro', reading(INTRO_ANCHOR))}>
          {body.intro.map((paragraph, i) => (
            <BulletinText key={`intro${i}`} className='bulletin-article__paragraph' text={paragraph} query={query} />
          ))}
        </View>
      ) : null}
      {body.items.map(item => (
        <BulletinItemBlock key={item.number} item={item} query={query} reading={readingAnchor === itemAnchor(item.number)} />
      ))}

      {distribution.some(([, names]) => names.length > 0) || body.editor || body.phone ? (
        <View id={CLOSING_ANCHOR} className={classNames('bulletin-article__closing', reading(CLOSING_ANCHOR))}>
          {distribution.map(([label, names]) =>
            names.length > 0 ? (
              <Text key={label} className='bulletin-article__closing-line'>
                <Text className='bulletin-article__closing-label'>{label}：</Text>
                {names.join('、')}
              </Text>
            ) : null,
          )}
          {body.editor ? (
            <Text className='bulletin-article__closing-line'>
              <Text className='bulletin-article__closing-label'>责任编辑：</Text>
              {body.editor}
            </Text>
          ) : null}
          {body.phone ? (
            <View className='bulletin-article__phone'>
              <Text className='bulletin-article__closing-line'>
                <Text className='bulletin-article__closing-label'>联系电话：</Text>
                {body.phone}
              </Text>
              {dialablePhones(body.phone).map(phone => (
                <Button key={phone.dial} icon='phone' variant='secondary' onClick={() => call(phone.dial)} spokenLabel={`拨打联系电话 ${phone.label}`}>
                  {`拨打 ${phone.label}`}
                </Button>
              ))}
            </View>
          ) : null}
        </View>
      ) : null}
    </View>
  )
}
