import {describe, expect, test} from 'vitest'
import {applyExpected} from '@copydesk/test-kit'
import {lint, lintTree} from './lint.js'

/**
 * Each case: the copy, then every message as
 * `[String(message), message.actual, message.expected ?? null]`.
 */
const cases: Array<[string, Array<[string, string, string[] | null]>]> = [
  [
    'READ MORE: Putin warns West',
    [
      ['1:1-1:28: Unexpected related-link line `READ MORE: Putin warns West`, expected no link teaser in the copy','READ MORE: Putin warns West',['']]
    ]
  ],
  [
    'Read also: Talks in Geneva',
    [
      ['1:1-1:27: Unexpected related-link line `Read also: Talks in Geneva`, expected no link teaser in the copy','Read also: Talks in Geneva',['']]
    ]
  ],
  [
    'Related: How the talks work',
    [
      ['1:1-1:28: Unexpected related-link line `Related: How the talks work`, expected no link teaser in the copy','Related: How the talks work',['']]
    ]
  ],
  [
    'Recommended: Five things to know',
    [
      ['1:1-1:33: Unexpected related-link line `Recommended: Five things to know`, expected no link teaser in the copy','Recommended: Five things to know',['']]
    ]
  ],
  [
    'See also | Nato summit',
    [
      ['1:1-1:23: Unexpected related-link line `See also | Nato summit`, expected no link teaser in the copy','See also | Nato summit',['']]
    ]
  ],
  [
    'Watch – Biden speaks in Warsaw',
    [
      ['1:1-1:31: Unexpected related-link line `Watch – Biden speaks in Warsaw`, expected no link teaser in the copy','Watch – Biden speaks in Warsaw',['']]
    ]
  ],
  [
    'Powered by',
    [
      ['1:1-1:11: Unexpected site credit `Powered by`, expected no website credit in the copy','Powered by',['']]
    ]
  ],
  [
    'Designed by Acme Web',
    [
      ['1:1-1:21: Unexpected site credit `Designed by Acme Web`, expected no website credit in the copy','Designed by Acme Web',['']]
    ]
  ],
  [
    'Copyright 2022 Ground Report. All rights reserved.',
    [
      ['1:1-1:51: Unexpected site credit `Copyright 2022 Ground Report. All rights …`, expected no website credit in the copy','Copyright 2022 Ground Report. All rights reserved.',['']]
    ]
  ],
  [
    'Share This Post On',
    [
      ['1:1-1:19: Unexpected share widget `Share This Post On`, expected no sharing buttons in the copy','Share This Post On',['']]
    ]
  ],
  [
    'Share on Facebook',
    [
      ['1:1-1:18: Unexpected share widget `Share on Facebook`, expected no sharing buttons in the copy','Share on Facebook',['']]
    ]
  ],
  [
    'Facebook Twitter WhatsApp Email',
    [
      ['1:1-1:32: Unexpected share widget `Facebook Twitter WhatsApp Email`, expected no sharing buttons in the copy','Facebook Twitter WhatsApp Email',['']]
    ]
  ],
  [
    'FacebookTwitterLinkedIn',
    [
      ['1:1-1:24: Unexpected run-together link labels `FacebookTwitterLinkedIn`, expected no share or follow links in the copy','FacebookTwitterLinkedIn',['']]
    ]
  ],
  [
    'Leave a Reply Cancel reply',
    [
      ['1:1-1:27: Unexpected comment widget `Leave a Reply Cancel reply`, expected no comment box in the copy','Leave a Reply Cancel reply',['']]
    ]
  ],
  [
    '12 Comments',
    [
      ['1:1-1:12: Unexpected comment widget `12 Comments`, expected no comment box in the copy','12 Comments',['']]
    ]
  ],
  [
    'You need to login to leave a comment. Log-in',
    [
      ['1:1-1:45: Unexpected login prompt `You need to login to leave …`, expected no login prompt in the copy','You need to login to leave a comment. Log-in',['']]
    ]
  ],
  [
    'You must be logged in to post a comment.',
    [
      ['1:1-1:41: Unexpected login prompt `You must be logged in to …`, expected no login prompt in the copy','You must be logged in to post a comment.',['']]
    ]
  ],
  [
    'Follow us on Twitter and Instagram for the latest news.',
    [
      ['1:1-1:56: Unexpected follow-us appeal `Follow us on Twitter and Instagram …`, expected no social-media appeal in the copy','Follow us on Twitter and Instagram for the latest news.',['']]
    ]
  ],
  [
    'Subscribe to our YouTube channel',
    [
      ['1:1-1:33: Unexpected follow-us appeal `Subscribe to our YouTube channel`, expected no social-media appeal in the copy','Subscribe to our YouTube channel',['']]
    ]
  ],
  [
    'You can connect with Ground Report on Facebook.',
    [
      ['1:1-1:48: Unexpected follow-us appeal `You can connect with Ground Report …`, expected no social-media appeal in the copy','You can connect with Ground Report on Facebook.',['']]
    ]
  ],
  [
    'Click here to read the full statement.',
    [
      ['1:1-1:39: Unexpected click-here prompt `Click here to read the full …`, expected no link prompt in the copy','Click here to read the full statement.',['']]
    ]
  ],
  [
    'The ministry said it would respond. Click here to read more.',
    [
      ['1:36-1:61: Unexpected click-here prompt `Click here to read more.`, expected no link prompt in the copy',' Click here to read more.',['']]
    ]
  ],
  [
    'Click here to read more. The ministry said it would respond.',
    [
      ['1:1-1:26: Unexpected click-here prompt `Click here to read more.`, expected no link prompt in the copy','Click here to read more. ',['']]
    ]
  ],
  [
    'New Update',
    [
      ['1:1-1:11: Unexpected page label `New Update`, expected no web-page label in the copy','New Update',['']]
    ]
  ],
  [
    'Advertisement',
    [
      ['1:1-1:14: Unexpected page label `Advertisement`, expected no web-page label in the copy','Advertisement',['']]
    ]
  ],
  [
    'STORY CONTINUES BELOW ADVERTISEMENT',
    [
      ['1:1-1:36: Unexpected page label `STORY CONTINUES BELOW ADVERTISEMENT`, expected no web-page label in the copy','STORY CONTINUES BELOW ADVERTISEMENT',['']]
    ]
  ],
  [
    'We use cookies to improve your experience. By continuing to use this site, you agree to our use of cookies.',
    [
      ['1:1-1:108: Unexpected cookie notice `We use cookies to improve your …`, expected no cookie banner in the copy','We use cookies to improve your experience. By continuing to use this site, you agree to our use of cookies.',['']]
    ]
  ],
  [
    'Tags: #worldnews #ukraine',
    [
      ['1:1-1:26: Unexpected tag line `Tags: #worldnews #ukraine`, expected no tag list in the copy','Tags: #worldnews #ukraine',['']]
    ]
  ],
  [
    '#ukraine, #russia, #nato',
    [
      ['1:1-1:25: Unexpected tag line `#ukraine, #russia, #nato`, expected no tag list in the copy','#ukraine, #russia, #nato',['']]
    ]
  ],
  [
    'Tagged: Russia, Ukraine',
    [
      ['1:1-1:24: Unexpected tag line `Tagged: Russia, Ukraine`, expected no tag list in the copy','Tagged: Russia, Ukraine',['']]
    ]
  ],
  [
    'Blog Business Entertainment Environment Health Latest News News Analysis Opinion Science Sports Technology World',
    [
      ['1:1-1:113: Unexpected page navigation `Blog Business Entertainment Environment …`, expected no navigation bar in the copy','Blog Business Entertainment Environment Health Latest News News Analysis Opinion Science Sports Technology World',['']]
    ]
  ],
  [
    'Home » World » Europe',
    [
      ['1:1-1:22: Unexpected page navigation `Home » World » Europe`, expected no navigation bar in the copy','Home » World » Europe',['']]
    ]
  ],
  [
    'Contact the author at [email protected] for details.',
    [
      ['1:23-1:40: Unexpected protected e-mail `[email protected]`, expected the real address: a web page’s protection script replaced it','[email protected]',null]
    ]
  ],
  [
    'Write to [email&#160;protected] today.',
    [
      ['1:10-1:32: Unexpected protected e-mail `[email&#160;protected]`, expected the real address: a web page’s protection script replaced it','[email&#160;protected]',null]
    ]
  ],
  [
    'The group thanked readers on FacebookTwitter and by post.',
    [
      ['1:30-1:45: Unexpected run-together link labels `FacebookTwitter`, expected no share or follow links in the copy','FacebookTwitter',null]
    ]
  ],
  [
    'Kindly spare a minute to donate to support our writers.',
    [
      ['1:1-1:56: Unexpected donation appeal `Kindly spare a minute to donate …`, expected no fundraising appeal in the copy','Kindly spare a minute to donate to support our writers.',['']]
    ]
  ],
  [
    'Support fearless and fair journalism today.',
    [
      ['1:1-1:44: Unexpected donation appeal `Support fearless and fair journalism …`, expected no fundraising appeal in the copy','Support fearless and fair journalism today.',['']]
    ]
  ],
  [
    'We are a not-for-profit newsroom founded by reporters. Our mission is to publish what matters. Our readers fund our work.',
    [
      ['1:1-1:122: Unexpected publisher’s about-us text `We are a not-for-profit newsroom founded …`, expected no site boilerplate in the copy','We are a not-for-profit newsroom founded by reporters. Our mission is to publish what matters. Our readers fund our work.',null]
    ]
  ],
  [
    'Ukraine talks open\n\nUkraine talks open: Russian and US diplomats met in Geneva on Monday for talks that lasted seven hours.\n\nUkraine talks open',
    [
      ['5:1-5:19: Unexpected repeated headline `Ukraine talks open`, expected the headline once: this line repeats line 1','Ukraine talks open',null]
    ]
  ],
]

describe('findings', () => {
  test.each(cases)('%j', async (value, expected) => {
    const file = await lint(value)
    expect(file.messages.map((message) => [String(message), message.actual, message.expected ?? null])).toEqual(expected)
    for (const message of file.messages) {
      const place = message.place as {start: {offset: number}; end: {offset: number}}
      expect(value.slice(place.start.offset, place.end.offset)).toBe(message.actual)
    }
  })

  test.each(cases.filter(([, messages]) => messages.some(([, , fix]) => fix !== null)))('removing %j leaves nothing to remove', async (value) => {
    const fixed = applyExpected(value, (await lint(value)).messages)
    expect((await lint(fixed)).messages.filter((message) => message.expected !== undefined)).toEqual([])
  })

  test('an empty tree and a tree without positions give no messages', async () => {
    expect((await lintTree({type: 'RootNode', children: []}, '')).messages).toEqual([])
    const word = (value: string) => ({type: 'WordNode' as const, children: [{type: 'TextNode' as const, value}]})
    const space = {type: 'WhiteSpaceNode' as const, value: ' '}
    const tree = {
      type: 'RootNode' as const,
      children: [{type: 'ParagraphNode' as const, children: [{type: 'SentenceNode' as const, children: [word('Leave'), space, word('a'), space, word('comment')]}]}]
    }
    expect((await lintTree(tree, 'Leave a comment')).messages).toEqual([])
  })

  test('a whole debris line carries what else it holds in its note', async () => {
    const file = await lint('You can connect with Ground Report on FacebookTwitterInstagram. For suggestions mail us at [email protected]')
    expect(file.messages.map((message) => message.note)).toEqual([
      'Its sentences are: follow-us appeal, site contact line. Also on this line: run-together link labels `FacebookTwitterInstagram`, protected e-mail `[email protected]`.'
    ])
  })

  test('a repeated headline leaves the decision to a person', async () => {
    const file = await lint('The talks\n\nThe talks began on Monday in Geneva, where the two delegations met for seven hours behind closed doors.\n\nThe talks')
    expect(file.messages.map((message) => [message.expected, message.note])).toEqual([
      [undefined, 'A headline copied again by the web page; if the line is a subhead, keep it.']
    ])
  })

  test('lines inside one paragraph are checked one by one', async () => {
    expect((await lint('By Ground Report\nNew Update\nUS talks open\nThe talks began on Monday.')).messages.map(String)).toEqual([
      '2:1-2:11: Unexpected page label `New Update`, expected no web-page label in the copy'
    ])
  })
})
