import {readFileSync} from 'node:fs'
import {describe, expect, test} from 'vitest'
import {lint} from './lint.js'

/**
 * Edited copy that mentions what debris is made of (sharing, comments,
 * logins, donations, tags, platforms, sections, cookies) without being
 * debris. None of it may be reported.
 */
const prose: string[] = [
  // Sentences a reporter writes about sharing, commenting, logging in, giving.
  'The company said it would share data with regulators.',
  'Facebook said on Tuesday it had removed the posts.',
  'He declined to comment.',
  'Users who log in to the tax portal must now confirm their identity with a code sent by text message.',
  'The charity relies on donations from the public and on a grant from the city council.',
  'Share prices fell 3 per cent in early trading in Frankfurt.',
  'Comments made by the minister on Sunday drew criticism from opposition parties.',
  'Login attempts from abroad were blocked after the breach, the bank said.',
  'Twitter and Facebook both suspended the account within hours.',
  'Follow-up talks are planned for next week in Brussels.',
  'Subscribers to the service will pay more from March.',
  'Print editions were delayed by the strike at the plant.',
  'Advertisement revenue fell by a third in the quarter.',
  'The app uses cookies to track users across sites, the regulator said.',
  'Tags on the suitcases were checked twice at the border.',
  'Related stories emerged in the Baltic press on Thursday.',
  'Read more about the plan in the report published on Friday.',
  'Read-only access was granted to the auditors.',
  'More than 100,000 troops are massed near the border, officials said.',
  'Watch this space, the minister told reporters.',
  'Powered by solar panels, the plant lights the whole town.',
  'Copyright law was reformed in 2019, the court said in a ruling that took effect last year.',
  'The fund will support independent journalism in the region, its trustees said.',
  'The newspaper was founded in 1851 and has never missed a day of publication.',
  'Trending topics on Twitter included the summit and the weather.',
  'Home Secretary Priti Patel said the plan would go ahead.',
  'Our correspondent in Kyiv reports that the shelling stopped at dawn.',
  'Readers can email questions to the paper, which will answer them on Sunday.',
  // Quotes may hold anything.
  'She told supporters: "Follow us on Telegram for updates."',
  '“We use cookies to personalise adverts,” a spokeswoman said.',
  '“Kindly spare a minute to donate,” the letter read, according to prosecutors.',
  // Subheads, headlines, datelines and bylines.
  'A crucial post',
  'United States has threatened',
  'US and EU responses:',
  'A possible invasion?',
  'World Health Organization',
  'Europe and Asia',
  'Business',
  'Latest',
  'By Ground Report',
  'Ground Report | New Delhi: High-level talks between the United States and Russia began on Monday.',
  'Russia to hold ‘No concessions’ as Ukraine talks with US begin',
  'Explained: US Russia Tensions over Ukraine',
  // A list, and a headline that is not repeated.
  'Russia presented a set of demands last month, including:\n\n  • Ban further expansion of NATO.\n\n  • End of activity in countries that joined after 1997.',
  'By Ground Report\n\nRussian and US diplomats met in Geneva on Monday for talks that lasted more than seven hours.\n\nBy Ground Report',
  'Talks open in Geneva\n\nRussian and US diplomats met in Geneva on Monday for talks that lasted more than seven hours.'
]

describe('copy that is not debris', () => {
  test('there are at least as many cases as must-flag cases', () => {
    expect(prose.length).toBeGreaterThanOrEqual(40)
  })

  test.each(prose)('%j', async (value) => {
    expect((await lint(value)).messages.map(String)).toEqual([])
  })

  test('the real paragraphs of the seed articles', async () => {
    const seeds = ['000_f653e7d4b9240d4a.txt', '004_9f9cc69ba27d57d6.txt'].map((name) =>
      readFileSync(new URL(`../../../seeds/${name}`, import.meta.url), 'utf8')
    )
    const paragraphs = [
      ...seeds[0]!.split('\n').slice(20, 51),
      ...seeds[1]!.split('\n').slice(3, 24)
    ].filter((line) => line.trim() !== '' && !line.startsWith('ALSO READ'))
    expect(paragraphs.length).toBeGreaterThan(25)
    const file = await lint(paragraphs.join('\n\n'))
    expect(file.messages.map(String)).toEqual([])
  })
})
