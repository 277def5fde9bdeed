import {readdirSync, readFileSync} from 'node:fs'
import fc from 'fast-check'
import {fromMarkdown} from 'mdast-util-from-markdown'
import {toNlcst} from 'mdast-util-to-nlcst'
import type {Paragraph, Root} from 'nlcst'
import {ParseEnglish} from 'parse-english'
import {VFile} from 'vfile'
import {describe, expect, test, vi} from 'vitest'
import {aboutMarkers, appealMarkers} from '../src/data/appeals.js'
import {labels} from '../src/data/labels.js'
import {openers} from '../src/data/openers.js'
import {platforms} from '../src/data/platforms.js'
import {sections} from '../src/data/sections.js'
import {sentencePhrases} from '../src/data/sentence-phrases.js'
import {checkTree} from '../src/lib/check.js'
import {LineScreen, OpeningKeys} from '../src/lib/screen.js'
import {settingsFor} from '../src/lib/settings.js'
import type {Options} from '../src/lib/options.js'

/*
 * The screen only decides which lines are checked; checking every line must
 * give the very same messages. Texts are built from the rule's own trigger
 * words and phrases, so they land on both sides of every test the screen
 * makes.
 */

type Parse = (file: VFile) => Root

const plain: Parse = (file) => new ParseEnglish().parse(String(file))
const markdown: Parse = (file) => toNlcst(fromMarkdown(String(file)), file, ParseEnglish) as Root

/** Every message as one comparable line: place, reason, actual, expected, note. */
function messages(value: string, parse: Parse, options: Options | undefined, screened: boolean): string[] {
  const file = new VFile({value})
  checkTree(parse(file), file, settingsFor(options), screened)
  return file.messages.map((message) => [String(message), message.actual, JSON.stringify(message.expected), message.note].join(' | '))
}

function sameEitherWay(value: string, parse: Parse, options?: Options): void {
  expect(messages(value, parse, options, true)).toEqual(messages(value, parse, options, false))
}

const prose = [
  'The council voted on Tuesday to approve a revised budget for the coming fiscal year after weeks of debate over library hours and road repairs in the town.',
  'Officials said waiting times had grown by nearly a third over the past two years, and the new wing would add twenty two treatment rooms for patients.',
  'Police said a man was arrested on Friday after a car struck a bus shelter on Elm Street, and no one was seriously injured in the crash that night.',
  'In a statement, the transit authority said the shuttles were part of a trial that could lead to permanent weekend service if ridership holds up.',
  'No one was hurt. More than forty people were moved from their homes while the fire crews worked through the night to keep the flames away from the school.',
  'You can read the full report on the council website, where the minutes of every meeting since the spring are kept for residents who missed them.',
  'Council approves budget for library hours and road repairs in the town centre; the vote followed weeks of debate among the members of the council.'
]

/** Headlines of two to fifteen words, one of them the opening of the last paragraph above. */
const headlines = [
  'Council approves budget for library hours and road repairs in the town centre',
  'Heavy rain forecast for the region through Thursday with a flood watch for the valley',
  'Hospital opens new emergency wing',
  'Harvest fair returns'
]

const triggers = [
  ...labels.flatMap(({phrases}) => phrases),
  ...openers.flatMap(({phrases}) => phrases),
  ...sentencePhrases.flatMap(({phrases}) => phrases),
  ...appealMarkers,
  ...aboutMarkers,
  ...platforms.map(({name}) => name),
  ...sections
]
const platformNames = platforms.map(({name}) => name)

/**
 * A phrase written as copy might have it: as is, capitalised, upper case,
 * title case, or with characters that lower-case to ASCII (the Kelvin sign,
 * `İ`) or read as an apostrophe (`ʼ`, `’`).
 */
const cased = fc.tuple(fc.constantFrom(...triggers), fc.integer({min: 0, max: 4})).map(([phrase, style]) => {
  if (style === 1) return phrase.charAt(0).toUpperCase() + phrase.slice(1)
  if (style === 2) return phrase.toUpperCase()
  if (style === 3) return phrase.replace(/\b\p{L}/gu, (letter) => letter.toUpperCase())
  if (style === 4) return phrase.replace(/k/g, '\u212A').replace(/i/g, 'İ').replace(/['’]/g, 'ʼ')
  return phrase
})

const runTogether = fc
  .array(fc.constantFrom(...platformNames), {minLength: 2, maxLength: 3})
  .map((names) => names.map((name) => name.charAt(0).toUpperCase() + name.slice(1)).join(''))

const marks = fc.constantFrom(':', '.', '|', '»', '-', ' – ', ',', '#', '#ukraine', '[email protected]', '©', '“', '”', '’', "'", '•', '12', '2024', '&', '&amp;', '*', 'Σ', '😀', '\u00a0', '\u0085', 'ʼ')

const piece = fc.oneof(
  {weight: 6, arbitrary: fc.constantFrom(...prose)},
  {weight: 2, arbitrary: fc.constantFrom(...headlines)},
  {weight: 4, arbitrary: cased},
  {weight: 1, arbitrary: runTogether},
  {weight: 2, arbitrary: marks},
  {weight: 1, arbitrary: fc.string({maxLength: 6})}
)

const separator = fc.constantFrom(' ', ' ', ' ', '. ', '\n', '\n\n', '\n\n', '\n\n', '\n\n', '\r\n', '\r\n\r\n', '\r', '\t', '  ', ' \n', '\n ')

const text = fc
  .array(fc.tuple(piece, separator), {maxLength: 30})
  .map((parts) => parts.map(([part, gap]) => part + gap).join(''))

const options = fc.constantFrom<Options | undefined>(
  undefined,
  {phrases: ['Download the app', 'Also watch', '»»', 'The council', '24x7 news', '“Breaking']},
  {headlineRepeats: false},
  {allow: ['Home News', 'ALSO READ: How the talks work']}
)

describe('the line screen', () => {
  test('checking only screened lines gives the messages of checking every line (plain text)', () => {
    const skips = vi.spyOn(LineScreen.prototype, 'skips')
    fc.assert(
      fc.property(text, options, (value, chosen) => {
        sameEitherWay(value, plain, chosen)
      }),
      {numRuns: 1200}
    )
    // The texts take the fast path often, not only the slow one.
    const passedOver = skips.mock.results.filter((result) => result.value === true).length
    skips.mockRestore()
    expect(passedOver).toBeGreaterThan(200)
  })

  test('the same for Markdown converted to nlcst', () => {
    fc.assert(
      fc.property(text, options, (value, chosen) => {
        sameEitherWay(value, markdown, chosen)
      }),
      {numRuns: 1000}
    )
  })

  test('the same where Markdown positions drift after a stripped space', () => {
    // mdast-util-to-nlcst places `©` one character early, on the space before it.
    sameEitherWay(`${prose[0]}\n ©\r\n\r\n${prose[0]} `, markdown)
    sameEitherWay(`${prose[0]}\n  > ©\n\n${prose[1]}\n   Follow us on Twitter`, markdown)
  })

  test('the same where a character lower-cases to ASCII or reads as an apostrophe', () => {
    sameEitherWay(`${prose[0]}\n\n${prose[1]} Clic\u212A here to read the minutes of the meeting held in the spring.`, plain)
    sameEitherWay(`${prose[0]}\n\nWİ ${prose[1]}`, plain, {phrases: ['Wi']})
    sameEitherWay(`${prose[0]}\n\nDonʼt miss: ${prose[1]}`, plain)
  })

  test('the same on the seed articles and the well-edited corpus', () => {
    const folders = [new URL('../../../seeds/', import.meta.url), new URL('../../../tests/fixtures/well-edited/', import.meta.url)]
    let count = 0
    for (const folder of folders) {
      for (const name of readdirSync(folder).filter((file) => /\.(?:txt|md)$/.test(file))) {
        const value = readFileSync(new URL(name, folder), 'utf8')
        sameEitherWay(value, plain)
        sameEitherWay(value, markdown)
        count++
      }
    }
    expect(count).toBeGreaterThan(2)
  })

  test('a paragraph of plain prose is passed over whole, one with a trigger is not', () => {
    const screen = (value: string): boolean[] => {
      const tree = plain(new VFile({value}))
      // Without headline repeats: until a lede is seen, the tracker wants every line.
      const lines = new LineScreen(new OpeningKeys(undefined), undefined, value)
      return tree.children.filter((node): node is Paragraph => node.type === 'ParagraphNode').map((node) => lines.skips(node))
    }
    expect(screen(prose.slice(0, 4).join('\n\n'))).toEqual([true, true, true, true])
    expect(
      screen(
        [
          'Follow us on Twitter for more news about the council and its budget, the library hours, and the road repairs in town.',
          'The council voted on Tuesday to approve a budget. Click here to read the full report on the budget and the road repairs.',
          'ALSO READ: The council voted on Tuesday to approve a revised budget for the coming fiscal year after weeks of debate.',
          'The council voted on Tuesday to approve a revised budget for the coming fiscal year. Advertisement. The vote was close.',
          'The council voted on Tuesday to approve a revised budget for the coming *fiscal* year after weeks of debate over hours.',
          prose[4],
          prose[5],
          'Short line'
        ].join('\n\n')
      )
    ).toEqual([false, false, false, false, false, false, false, false])
  })
})
