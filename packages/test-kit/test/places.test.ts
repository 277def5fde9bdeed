import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {misplacedMessages} from '../src/index.js'

describe('misplacedMessages', () => {
  it('is empty when every place is inside the text and `actual` is its slice', () => {
    const file = new VFile('Talks began on Monday.')
    const message = file.message('Unexpected `Monday`', {place: {start: {line: 1, column: 16, offset: 15}, end: {line: 1, column: 22, offset: 21}}})
    message.actual = 'Monday'
    expect(misplacedMessages(file)).toEqual([])
  })

  it('names a missing place, a place past the end and an `actual` that is not the slice', () => {
    const file = new VFile('Talks began on Monday.')
    Object.assign(file.message('No place'), {ruleId: 'a'})
    const outside = file.message('Too far', {place: {start: {line: 1, column: 20, offset: 19}, end: {line: 1, column: 40, offset: 39}}})
    Object.assign(outside, {ruleId: 'b', actual: 'x'})
    const wrong = file.message('Wrong slice', {place: {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 6, offset: 5}}})
    Object.assign(wrong, {ruleId: 'c', actual: 'talks'})
    expect(misplacedMessages(file)).toEqual([
      'a: no start and end in `No place`',
      'b: place 19-39 outside 0-22 in `Too far`',
      'c: actual "talks" is not the text at 0-5, "Talks"'
    ])
  })
})
