import {describe, expect, it} from 'vitest'
import {findings} from './support.js'

type Row = [string, string | undefined, ReadonlyArray<string> | undefined]

// Each case: the text, then every finding as [String(message), actual, expected].
const cases: Array<[string, string, Row[]]> = [
  ['a full stop inside a sentence', 'The talks were meant to guarantee. the security of Russia.', [
    ['1:25-1:35: Unexpected `guarantee.`, expected `guarantee`: the sentence goes on in lower case with `the`, so the full stop is stray', 'guarantee.', ['guarantee']]
  ]],
  ['a full stop after a year inside a sentence', 'It rose in 2014. the next year it fell.', [
    ['1:12-1:17: Unexpected `2014.`, expected `2014`: the sentence goes on in lower case with `the`, so the full stop is stray', '2014.', ['2014']]
  ]],
  ['a full stop after a closing parenthesis', 'They met (twice). then they parted.', [
    ['1:17-1:18: Unexpected `.`, expected ``: the sentence goes on in lower case with `then`, so the full stop is stray', '.', ['']]
  ]],
  ['a lower-case brand that is not listed', 'Sales rose. adidas shares fell.', [
    ['1:7-1:12: Unexpected `rose.`, expected `rose`: the sentence goes on in lower case with `adidas`, so the full stop is stray', 'rose.', ['rose']]
  ]],
  ['a lower-case `no.` (only `No.` abbreviates number)', 'He said no. the talks were over.', [
    ['1:9-1:12: Unexpected `no.`, expected `no`: the sentence goes on in lower case with `the`, so the full stop is stray', 'no.', ['no']]
  ]],
  ['stray full stops stuck to a lower-case word', 'US warnings. .and Europe warned Moscow.', [
    ['1:4-1:18: Unexpected `warnings. .and`, expected `warnings and`: the sentence goes on in lower case with `and`, so the full stops are stray', 'warnings. .and', ['warnings and']]
  ]],
  ['a full stop after a space, stuck to a lower-case word', 'The report said .and then stopped.', [
    ['1:12-1:21: Unexpected `said .and`, expected `said and`: the sentence goes on in lower case with `and`, so the full stop is stray', 'said .and', ['said and']]
  ]],
  ['a full stop after a space, stuck to a capital', 'They agreed .Then they left.', [
    ['1:6-1:18: Unexpected `agreed .Then`, expected `agreed. Then`: a space stands before the full stop and no space follows it', 'agreed .Then', ['agreed. Then']]
  ]],
  ['a comma after a space, stuck to the next word', 'Sales rose ,and profits fell.', [
    ['1:7-1:16: Unexpected `rose ,and`, expected `rose, and`: a space stands before the comma and no space follows it', 'rose ,and', ['rose, and']]
  ]],
  ['a doubled full stop with a space between', 'The talks ended. . Tuesday brings more.', [
    ['1:11-1:19: Unexpected `ended. .`, expected `ended.`: the full stop is doubled', 'ended. .', ['ended.']]
  ]],
  ['a doubled comma', 'The minister said,, as expected, that talks would go on.', [
    ['1:14-1:20: Unexpected `said,,`, expected `said,`: the comma is doubled', 'said,,', ['said,']]
  ]],
  ['a doubled semicolon', 'The plan failed;; talks resumed.', [
    ['1:10-1:18: Unexpected `failed;;`, expected `failed;`: the semicolon is doubled', 'failed;;', ['failed;']]
  ]],
  ['a doubled colon', 'Note:: the meeting is off.', [
    ['1:1-1:7: Unexpected `Note::`, expected `Note:`: the colon is doubled', 'Note::', ['Note:']]
  ]],
  ['two full stops', 'The deal is off..', [
    ['1:13-1:18: Unexpected `off..`, expected `off.` or `off...`: two full stops are neither a full stop nor an ellipsis', 'off..', ['off.', 'off...']]
  ]],
  ['a full stop after an abbreviation’s own', 'He works at Acme Inc.. Then he left.', [
    ['1:18-1:23: Unexpected `Inc..`, expected `Inc.`: `Inc.` already ends in a full stop', 'Inc..', ['Inc.']]
  ]],
  ['a spaced full stop after an abbreviation', 'The U.S. . officials left.', [
    ['1:5-1:11: Unexpected `U.S. .`, expected `U.S.`: `U.S.` already ends in a full stop', 'U.S. .', ['U.S.']]
  ]],
  ['marks of different kinds', 'He said., and left.', [
    ['1:4-1:10: Unexpected `said.,`: marks of different kinds run together, so which one belongs there is for an editor to decide', 'said.,', undefined]
  ]],
  ['a doubled exclamation mark', 'This is huge!! Everyone agreed.', [
    ['1:9-1:15: Unexpected `huge!!`, expected `huge!`: one exclamation mark is enough', 'huge!!', ['huge!']]
  ]],
  ['a tripled question mark', 'Really??? Nobody knew.', [
    ['1:1-1:10: Unexpected `Really???`, expected `Really?`: one question mark is enough', 'Really???', ['Really?']]
  ]],
  ['spaces before commas', 'The talks , which began on Monday , ended early.', [
    ['1:5-1:12: Unexpected `talks ,`, expected `talks,`: a space stands before the comma', 'talks ,', ['talks,']],
    ['1:28-1:36: Unexpected `Monday ,`, expected `Monday,`: a space stands before the comma', 'Monday ,', ['Monday,']]
  ]],
  ['a space before a semicolon', 'He left ; she stayed.', [
    ['1:4-1:10: Unexpected `left ;`, expected `left;`: a space stands before the semicolon', 'left ;', ['left;']]
  ]],
  ['a space before a colon', 'The aim is clear : peace.', [
    ['1:12-1:19: Unexpected `clear :`, expected `clear:`: a space stands before the colon', 'clear :', ['clear:']]
  ]],
  ['a space before a final full stop', 'The talks are over .', [
    ['1:15-1:21: Unexpected `over .`, expected `over.`: a space stands before the full stop', 'over .', ['over.']]
  ]],
  ['a capital after a semicolon', 'The talks ended; Despite the tension, both sides stayed.', [
    ['1:16-1:25: Unexpected `; Despite`, expected `; despite`: `Despite` is a common word, not a name, and takes lower case after a semicolon', '; Despite', ['; despite']]
  ]],
  ['a capital after a semicolon, when the word is not capitalised inside a sentence elsewhere', 'Talks ended; Stone walls and hill forts were discussed.', [
    ['1:12-1:19: Unexpected `; Stone`, expected `; stone`: `Stone` is a common word, not a name, and takes lower case after a semicolon', '; Stone', ['; stone']]
  ]],
  ['an unclosed parenthesis', 'The minister (who spoke on Sunday said nothing.', [
    ['1:14-1:15: Unexpected unmatched `(`, expected a closing `)` in the same paragraph', '(', undefined]
  ]],
  ['an unopened parenthesis', 'He said nothing) and left.', [
    ['1:16-1:17: Unexpected unmatched `)`, expected an opening `(` before it in the paragraph', ')', undefined]
  ]],
  ['an unclosed square bracket', 'The text [sic was garbled.', [
    ['1:10-1:11: Unexpected unmatched `[`, expected a closing `]` in the same paragraph', '[', undefined]
  ]],
  ['an unclosed straight quotation mark', '"We are ready, Blinken said.', [
    ['1:1-1:2: Unexpected unmatched `"`, expected a closing `"` in the same paragraph', '"', undefined]
  ]],
  ['an unopened curly quotation mark', 'We are ready,” Blinken said.', [
    ['1:14-1:15: Unexpected unmatched `”`, expected an opening `“` before it in the paragraph', '”', undefined]
  ]],
  ['an unclosed single quotation mark', 'He said ‘no concessions at all.', [
    ['1:9-1:10: Unexpected unmatched `‘`, expected a closing `’` in the same paragraph', '‘', undefined]
  ]],
  ['a quotation left open when the next paragraph does not go on with it', '“This runs on.\n\nShe said nothing.', [
    ['1:1-1:2: Unexpected unmatched `“`, expected a closing `”` in the same paragraph', '“', undefined]
  ]],
  ['trailing white space at the end of the text', 'The end is near.  ', [
    ['1:12-1:19: Unexpected `near.  `, expected `near.`: 2 white-space characters are left at the end of the paragraph', 'near.  ', ['near.']]
  ]],
  ['trailing white space before a blank line', 'First paragraph.\t\n\nSecond paragraph.', [
    ['1:7-1:18: Unexpected `paragraph.\t`, expected `paragraph.`: a white-space character is left at the end of the paragraph', 'paragraph.\t', ['paragraph.']]
  ]],
  ['a no-break space at the end of a paragraph', 'On the count.\u00a0\n\nNext.', [
    ['1:8-1:15: Unexpected `count.\u2423`, expected `count.`: a white-space character is left at the end of the paragraph', 'count.\u00a0', ['count.']]
  ]],
  ['mixed quotation styles, once per document', "Moscow's demands and the West's answer: \"no\". What’s next? Kyiv’s view is unclear.", [
    ['1:51-1:52: Unexpected curly apostrophe in `What’s`, expected straight marks as in the rest of the document: 2 straight apostrophes and 2 straight quotation marks against 2 curly apostrophes', '’', undefined]
  ]],
  ['mixed quotation styles where straight marks are fewer', "“Yes,” she said. “We’re ready.” It's done.", [
    ['1:35-1:36: Unexpected straight apostrophe in `It\'s`, expected curly marks as in the rest of the document: 1 curly apostrophe and 4 curly quotation marks against 1 straight apostrophe', "'", undefined]
  ]]
]

describe('must flag', () => {
  for (const [name, text, expected] of cases) {
    it(name, async () => {
      expect(await findings(text)).toEqual(expected)
    })
  }

  it('reports every straight mark when `quotes` is `smart`', async () => {
    expect(await findings('He said "no" to Moscow\'s \'final\' offer.', {quotes: 'smart'})).toEqual([
      ['1:9-1:10: Unexpected straight quotation mark `"`, expected `“`: the `quotes` option asks for curly marks', '"', ['“']],
      ['1:12-1:13: Unexpected straight quotation mark `"`, expected `”`: the `quotes` option asks for curly marks', '"', ['”']],
      ["1:23-1:24: Unexpected straight apostrophe `'`, expected `’`: the `quotes` option asks for curly marks", "'", ['’']],
      ["1:26-1:27: Unexpected straight quotation mark `'`, expected `‘`: the `quotes` option asks for curly marks", "'", ['‘']],
      ["1:32-1:33: Unexpected straight quotation mark `'`, expected `’`: the `quotes` option asks for curly marks", "'", ['’']]
    ])
  })

  it('reports every curly mark when `quotes` is `straight`', async () => {
    expect(await findings('He said “no” in the ’90s.', {quotes: 'straight'})).toEqual([
      ['1:9-1:10: Unexpected curly quotation mark `“`, expected `"`: the `quotes` option asks for straight marks', '“', ['"']],
      ['1:12-1:13: Unexpected curly quotation mark `”`, expected `"`: the `quotes` option asks for straight marks', '”', ['"']],
      ["1:21-1:22: Unexpected curly apostrophe `’`, expected `'`: the `quotes` option asks for straight marks", '’', ["'"]]
    ])
  })

  it('still reports unbalanced quotation marks when `quotes` is off', async () => {
    expect(await findings("Moscow's answer was “no.", {quotes: false})).toEqual([
      ['1:21-1:22: Unexpected unmatched `“`, expected a closing `”` in the same paragraph', '“', undefined]
    ])
  })

  it('reports an extra abbreviation only once it is not configured', async () => {
    const text = 'Cllr. and Mrs. Jones voted against the plan.'
    expect(await findings(text)).toEqual([
      ['1:1-1:6: Unexpected `Cllr.`, expected `Cllr`: the sentence goes on in lower case with `and`, so the full stop is stray', 'Cllr.', ['Cllr']]
    ])
    expect(await findings(text, {abbreviations: ['Cllr.']})).toEqual([])
  })

  it('matches a capitalised extra abbreviation only when capitalised', async () => {
    expect(await findings('They met the cllr. and left.', {abbreviations: ['Cllr']})).toEqual([
      ['1:14-1:19: Unexpected `cllr.`, expected `cllr`: the sentence goes on in lower case with `and`, so the full stop is stray', 'cllr.', ['cllr']]
    ])
  })
})
