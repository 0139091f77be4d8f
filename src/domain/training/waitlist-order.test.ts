import { describe, expect, it } from 'vitest'
import { compareArrival, positionOfTicket, rankQueue } from './waitlist-order'

describe('the waitlist order', () => {
  it('ranks by arrival ticket, so positions run 1..N with no gap after people leave', () => {
    const waiting = [
      { _id: 'c', arrival: 7 },
      { _id: 'a', arrival: 2 },
      { _id: 'b', arrival: 5 },
    ]
    expect(rankQueue(waiting).map(({ entry, position }) => [entry._id, position])).toEqual([
      ['a', 1],
      ['b', 2],
      ['c', 3],
    ])
  })

  it('breaks a tie by id, the same way everywhere', () => {
    expect(compareArrival({ _id: 'x', arrival: 3 }, { _id: 'y', arrival: 3 })).toBeLessThan(0)
    expect(compareArrival({ _id: 'y', arrival: 3 }, { _id: 'x', arrival: 3 })).toBeGreaterThan(0)
  })

  it('places a new ticket behind everyone still waiting', () => {
    // Tickets 1..5 drawn, two of them gone (an offer, a leave): three still wait, so the sixth is fourth in line.
    expect(positionOfTicket(6, 2)).toBe(4)
    expect(positionOfTicket(1, 0)).toBe(1)
  })
})
