import {createHash} from 'node:crypto'
import {readdirSync, readFileSync} from 'node:fs'
import fc from 'fast-check'
import type {Knowledge} from '@copydesk/knowledge'
import type {Point, Position} from 'unist'
import type {Mention} from '../src/index.js'
import {countryWords} from '../src/lib/lexicon/places.js'
import {formerMarkers, titleHeads, titleModifiers} from '../src/lib/lexicon/titles.js'
import {honorifics, particles, sayingVerbs} from '../src/lib/lexicon/words.js'
import {sheet} from './sheet.js'
import {mentionsIn} from './support.js'

/**
 * Everything `findMentions` returns, as one line a mention, so two outputs can
 * be compared exactly (and read when they differ): positions in full, people
 * and organisations by id, antecedents by index.
 */
export function describeMentions(mentions: ReadonlyArray<Mention>): string[] {
  return mentions.map((mention) => {
    const parts: string[] = [mention.kind, 's' + mention.sentence]
    if (mention.name) parts.push('name', mention.name.text, place(mention.name.position))
    if (mention.title) {
      const title = mention.title
      parts.push('title', title.form, title.former ? 'former' : 'current', title.text, place(title.position))
      if (title.possessor) parts.push('possessor', title.possessor.text, place(title.possessor.position))
    }

    if (mention.person) parts.push('person', mention.person.id)
    if (mention.organisation) parts.push('organisation', mention.organisation.id)
    if (mention.antecedent !== undefined) parts.push('antecedent', String(mention.antecedent))
    if (mention.surnameOnly) parts.push('surname-only')
    // Every key, so a field added later is not silently left out of the comparison.
    parts.push('keys', Object.keys(mention).sort().join(','))
    return parts.join(' | ')
  })
}

function place(position: Position): string {
  return point(position.start) + '-' + point(position.end)
}

function point(value: Point): string {
  return `${value.line}:${value.column}:${value.offset ?? '?'}`
}

/** The mentions of `value` with and without knowledge, described. */
export function frozenView(
  value: string,
  knowledge: Knowledge,
  find: (value: string, knowledge?: Knowledge) => ReadonlyArray<Mention> = (value, knowledge) => mentionsIn(value, knowledge).mentions
): {withKnowledge: string[]; without: string[]} {
  return {withKnowledge: describeMentions(find(value, knowledge)), without: describeMentions(find(value))}
}

export function digest(lines: ReadonlyArray<string>): string {
  return createHash('sha256').update(lines.join('\n')).digest('hex').slice(0, 24)
}

/** The seed articles and the well-edited corpus, by path from the repository root. */
export function corpusFiles(): Array<{path: string; value: string}> {
  const root = new URL('../../../', import.meta.url)
  const files: Array<{path: string; value: string}> = []
  for (const folder of ['seeds/', 'tests/fixtures/well-edited/']) {
    for (const name of readdirSync(new URL(folder, root)).filter((name) => /\.(txt|md)$/.test(name)).sort()) {
      files.push({path: folder + name, value: readFileSync(new URL(folder + name, root), 'utf8')})
    }
  }

  return files
}

const names: string[] = []
for (const person of sheet.people ?? []) {
  names.push(person.name, ...(person.transliterations ?? []))
  if (person.given) names.push(person.given)
  if (person.surname) names.push(person.surname, person.surname + '’s', person.surname.slice(0, -1) + 'e')
  for (const role of person.roles) names.push(role.title, ...(role.aliases ?? []))
}

for (const organisation of sheet.organisations ?? []) {
  names.push(organisation.name, ...(organisation.variants ?? []))
  if (organisation.acronym) names.push(organisation.acronym, organisation.acronym + "'s")
}

const sample = (values: Iterable<string>, every: number): string[] => [...values].filter((_, index) => index % every === 0)
const capitalise = (value: string): string => value.charAt(0).toUpperCase() + value.slice(1)

/** Words mentions are read from, and words around them. */
const words = [
  ...names,
  ...sample(titleHeads, 4),
  ...sample(titleHeads, 9).map(capitalise),
  ...sample(titleModifiers, 5),
  ...sample(titleModifiers, 11).map(capitalise),
  ...formerMarkers,
  'ex-president',
  'then-Secretary',
  'Former',
  'former-president-elect',
  'Former-President-elect',
  'ex-Foreign Minister',
  'vice-president',
  'Secretary-General',
  "O'Brien",
  'bin Salman',
  'Jean-Claude Juncker',
  'EU’s',
  ...particles,
  ...sample(honorifics, 2).map(capitalise),
  'Mr.',
  ...sample(sayingVerbs, 6),
  'reportedly',
  ...sample(countryWords.keys(), 12).map((key) => key.split(' ').map(capitalise).join(' ')),
  'Russia’s',
  'the US',
  'U.S.',
  'al-Assad',
  'Charles de Gaulle',
  'Ursula von der Leyen',
  'J.',
  'K',
  'A. B. Smith',
  'Amara Okafor',
  'Councillor',
  'Organization for Security and Co-operation in Europe',
  'Central Committee',
  'Bank of England',
  'Monday',
  'May',
  'White House',
  'the',
  'a',
  'of',
  'and',
  'in',
  'for',
  'under',
  'meeting',
  'talks',
  'officials',
  'Officials',
  'The',
  'It',
  '2021',
  '3',
  'COVID-19',
  'Élysée',
  'Zürich'
]

const separators = [' ', ' ', ' ', ' ', ', ', '. ', '.\n', '\n\n', ' — ', ' (', ') ', ': ', '; ', ' “', '” ', '-', "'s ", '’ ']

/** Text made of mention words, punctuation, capitals, digits and line breaks. */
export const mentionText = fc
  .array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(...separators)), {minLength: 3, maxLength: 30, size: 'max'})
  .map((parts) => parts.map(([word, separator]) => word + separator).join(''))

export const generatedSeed = 20_261_123
export const generatedRuns = 1200
