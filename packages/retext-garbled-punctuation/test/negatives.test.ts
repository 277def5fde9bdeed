import {describe, expect, it} from 'vitest'
import {findings} from './support.js'

// Correct copy in news style: none of it may be flagged.
const prose: Array<[string, string]> = [
  ['dotted abbreviation before a lower-case word', 'U.S. officials said on Monday that talks would resume.'],
  ['e.g.', 'Several options, e.g. the sanctions package, remain on the table.'],
  ['i.e.', 'The offer, i.e. a freeze on deployments, was rejected.'],
  ['p.m.', 'The meeting ended at 4 p.m. on Tuesday.'],
  ['a.m.', 'He landed at 7 a.m. yesterday and left by noon.'],
  ['No. before a number', 'The prime minister returned to No. 10 on Friday.'],
  ['titles', 'Mr. and Mrs. Smith arrived late.'],
  ['vs.', 'It was Russia vs. the West once again.'],
  ['month abbreviation', 'The talks opened on Jan. 9 in Geneva.'],
  ['approx.', 'The convoy was approx. 40 miles long and approx. half a mile wide.'],
  ['St. Louis', 'She grew up in St. Louis and moved to Geneva in 1997.'],
  ['ellipsis', 'The answer was... well, nobody knew.'],
  ['ellipsis character', 'He paused… and then went on.'],
  ['spaced ellipsis', 'Tensions rose. . . and then eased.'],
  ['ellipsis and full stop', 'He never finished the sentence....'],
  ['initials', 'J. R. R. Tolkien taught at Oxford.'],
  ['decimals', 'Inflation rose 3.5 percent in December, up from 2.9 percent.'],
  ['domains', 'Details are posted at example.com and on the agency’s site.'],
  ['a web address at the end of a sentence', 'Visit www.example.com. the site is new.'],
  ['a file name starting with a full stop', 'Add the path to a .gitignore file and reload .bashrc settings.'],
  ['a domain on its own', 'He registered a .com address and learned .NET programming.'],
  ['a brand with an inner capital starting a sentence', 'Mr. Smith uses eBay. eBay is where he sells old records.'],
  ['iPhone after a full stop', 'Shares of Apple fell 2%. iPhone sales slowed in China.'],
  ['mRNA after a full stop', 'The trial ended. mRNA vaccines were approved later.'],
  ['military title', 'The group, led by Gen. Mark Milley, met in Brussels.'],
  ['et al.', 'Smith et al. found that the effect was small.'],
  ['a state abbreviation with commas', 'Washington, D.C., and Moscow traded accusations.'],
  ['company suffix before a comma', 'The company, Acme Inc., and its rivals were fined.'],
  ['money', 'Prices ranged from $3.50 to $4.25 a gallon, or £1,000.50 in all.'],
  ['a decimal without a leading zero', 'The dose was .5 milligrams, doctors said.'],
  ['quotations across sentences', '"We are ready," Blinken said. "The choice is Moscow\'s."'],
  ['parentheses and apostrophes', 'The minister\'s remarks (made on Sunday) drew criticism.'],
  ['curly apostrophes in elisions', 'Rock ’n’ roll came of age in the ’50s and ’60s.'],
  ['plural possessive and proper nouns after semicolons', 'The students’ union called a strike; NATO allies watched.'],
  ['a name after a semicolon', 'The talks stalled; Putin blamed the West.'],
  ['a place after a semicolon', 'The delegates left; Washington said it would respond.'],
  ['I after a semicolon', 'Ties are strained; I doubt a deal is near.'],
  ['a title after a semicolon', 'The vote is close; High Court judges will decide.'],
  ['a surname that is also a common word, capitalised inside a sentence elsewhere', 'Foreign Secretary Jim Stone spoke first; Stone said the deal was dead.'],
  ['a month after a semicolon', 'The vote was in April; May brought new talks.'],
  ['interrobang', 'He asked, "Is this the end?!" and walked out.'],
  ['a colon introducing a list', 'The plan has three parts: a ceasefire, talks and aid.'],
  ['dotted abbreviation inside a sentence', 'Sales fell in the U.K. last year.'],
  ['a quotation ending in a digit', 'The field holds a string such as "base64" or "CC-BY-3.0".'],
  ['primes', 'He was 6\'2" tall and the screen was 15" wide.'],
  ['single quotation marks in a headline', "Russia to hold 'No concessions' as Ukraine talks with US begin"],
  ['straight elision', "'Tis the season, he said, and they rocked 'n' rolled."],
  ['two senators', 'Sen. Warren and Rep. Ocasio-Cortez spoke.'],
  ['list markers', 'Options are: a) talks, b) sanctions and c) war.'],
  ['numbered lines', '1. the first item\n2. the second item'],
  ['lines numbered in roman numerals', 'The rights are:\n  ii. moral rights;\n  iii. publicity rights.'],
  ['a lettered list inside a paragraph', 'The work is affected by this document. b. the work is offered as is. c) nothing else.'],
  ['smiley', 'He smiled :) and left.'],
  ['a quotation that runs on into the next paragraph', '“The talks will go on,” he said. “There is no other way.\n\n“We have said this before.”'],
  ['a single quotation that runs on', '‘This runs on.\n\n‘And ends here,’ she said.'],
  ['a bracketed insertion', 'He said they [the Russians] would not attack.'],
  ['a dateline', 'Ground Report | New Delhi: US Russia Tensions over Ukraine.'],
  ['a bullet list', 'Demands:\n\n  • Ban further expansion of NATO. Russia calls it a red line.\n\n  • End of activity in countries that joined after 1997.'],
  ['a web address starting a sentence', 'Details were posted online. www.example.com has the full text.'],
  ['e.g. starting a sentence', 'Some options remain. e.g. the sanctions package.'],
  ['a letter in a name after a semicolon', 'Exams were cancelled; A-level students were told to wait.'],
  ['a label after a semicolon', 'Pros: cheap; Cons: slow.'],
  ['time with colon', 'The talks began at 10:30 and ended at 14:00.'],
  ['a ratio and a score', 'The vote was 7:2 and the match ended 3-1.'],
  ['question then lower-case attribution is not a full stop', '"Why now?" he asked.'],
  ['an exclamation inside a quotation', '"Enough!" she said.']
]

describe('must not flag', () => {
  it('has many more must-not cases than kinds of finding', () => {
    expect(prose.length).toBeGreaterThanOrEqual(30)
  })

  for (const [name, text] of prose) {
    it(name, async () => {
      expect(await findings(text)).toEqual([])
    })
  }

  it('allows a listed lower-case brand after a full stop', async () => {
    expect(await findings('Sales rose. adidas shares fell.', {brands: ['adidas']})).toEqual([])
  })

  it('allows mixed quotation styles when `quotes` is off', async () => {
    expect(await findings("Moscow's demands and the West's answer: \"no\". What’s next?", {quotes: false})).toEqual([])
  })

  it('accepts a document that keeps to its quotation style under `smart` and `straight`', async () => {
    expect(await findings('He said “no” in the ’90s.', {quotes: 'smart'})).toEqual([])
    expect(await findings('He said "no" in the \'90s.', {quotes: 'straight'})).toEqual([])
  })
})
