import {readdirSync, readFileSync} from 'node:fs'

/**
 * Paragraphs of everyday local news copy, written for the benchmark: plain
 * reporting on invented councils and events, with the punctuation, numbers,
 * quotes and abbreviations real copy has.
 */
const written = [
  'The city council voted 7-2 on Tuesday night to approve a revised budget of $48.6 million for the coming fiscal year, ending weeks of debate over library hours and road repairs.',
  'Council members who opposed the plan said it leaned too heavily on reserve funds. "We are spending tomorrow\'s money to fix today\'s potholes," one of them said after the vote.',
  'Under the approved budget, the main library will reopen on Sundays from 1 p.m. to 5 p.m., and two branch libraries will extend weekday hours until 8 p.m., according to a summary released by the finance office.',
  'Road crews are expected to resurface about 14 miles of streets by the end of October, starting with the stretch of Harbor Avenue between 3rd Street and the rail crossing.',
  'Heavy rain is forecast for the region through Thursday, with up to 3 inches expected in low-lying areas. The weather service has issued a flood watch for the river valley and urged drivers not to cross flooded roads.',
  'Schools in the district will open two hours late on Wednesday if the rain continues overnight, a spokeswoman for the school board said, adding that families would be notified by text message before 6 a.m.',
  'The regional hospital opened a new emergency wing on Monday, adding 22 treatment rooms and a dedicated entrance for ambulances. Officials said waiting times had grown by nearly a third over the past two years.',
  'At the opening, nurses gave tours of the wing\'s triage area, where patients will be assessed within 15 minutes of arrival under a new target set by the hospital\'s board.',
  'Police said a 34-year-old man was arrested on Friday after a car struck a bus shelter on Elm Street. No one was seriously injured, and the shelter, which was empty at the time, will be replaced next week.',
  'The annual harvest fair returns to the county grounds this weekend, with livestock shows, a pie contest and a concert on Saturday evening. Tickets cost $12 for adults and $5 for children under 12.',
  'Organisers said attendance last year topped 40,000 over three days, a record for the fair, and that extra shuttle buses would run from the downtown station every 20 minutes.',
  'In a statement, the transit authority said the shuttles were part of a trial that could lead to permanent weekend service if ridership holds up through the autumn.'
]

/**
 * Paragraphs of news copy, in one list: the seed articles' (`seedsFolder`,
 * the repository's `seeds/`: two pages of published copy as scraped, debris
 * and all), the written ones above, and, when `wellEditedFolder` is given,
 * those of the well-edited corpus (`tests/fixtures/well-edited/`: 45
 * published foreign, politics and business stories, their names, titles and
 * dates as printed). Without the corpus, the prose is nearly all scraped
 * pages: the worst case for `scrape-residue`, not a newsroom's mix.
 */
export function paragraphs(seedsFolder: URL, wellEditedFolder?: URL): string[] {
  const fromSeeds = ['000_f653e7d4b9240d4a.txt', '004_9f9cc69ba27d57d6.txt'].flatMap((name) => paragraphsOf(new URL(name, seedsFolder)))
  const fromCorpus = wellEditedFolder
    ? readdirSync(wellEditedFolder)
        .filter((name) => name.endsWith('.txt'))
        .sort()
        .flatMap((name) => paragraphsOf(new URL(name, wellEditedFolder)))
    : []
  return [...fromSeeds, ...written, ...fromCorpus]
}

function paragraphsOf(file: URL): string[] {
  return readFileSync(file, 'utf8')
    .split(/\r?\n\s*\r?\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph.length > 0)
}

const weekdays = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']

/**
 * News-like prose of at least `bytes` UTF-16 code units (about bytes of
 * ASCII text): the paragraphs repeated in a shifting order, each pass with
 * other numbers and weekdays, separated by blank lines. Years (1900 to 2099)
 * stay as written, so the people, titles and dates of the copy still agree.
 * Passes are counted from `firstPass`: texts built from far-apart passes
 * hold other numbers and orders (a warm-up text is not the text measured
 * after it).
 */
export function buildProse(source: ReadonlyArray<string>, bytes: number, firstPass = 0): string {
  const parts: string[] = []
  let length = 0
  for (let pass = firstPass; length < bytes; pass++) {
    for (let index = 0; index < source.length && length < bytes; index++) {
      const paragraph = source[(index * 7 + pass) % source.length]!
      const varied = paragraph
        .replace(/\d+/g, (digits) => (isYear(digits) ? digits : String((Number(digits) + pass) % 10 ** digits.length).padStart(digits.length, '1')))
        .replace(/\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g, (day) => weekdays[(weekdays.indexOf(day) + pass) % 7]!)
      parts.push(varied)
      length += varied.length + 2
    }
  }
  return parts.join('\n\n') + '\n'
}

function isYear(digits: string): boolean {
  return digits.length === 4 && (digits.startsWith('19') || digits.startsWith('20'))
}

/**
 * The same prose as Markdown: a heading every eight paragraphs, and every
 * fifth paragraph a list item, every seventh a block quote, some words in
 * emphasis or inline code, so the Markdown path's containers are exercised.
 */
export function toMarkdown(prose: string): string {
  return prose
    .trimEnd()
    .split('\n\n')
    .map((paragraph, index) => {
      const marked = paragraph.replace(/\b(Geneva|Ukraine|council|budget)\b/, '*$1*').replace(/\b(\d+)\b/, '`$1`')
      if (index % 8 === 0) return `## ${paragraph.split(/[.!?]/)[0]!.slice(0, 60)}\n\n${marked}`
      if (index % 5 === 0) return `- ${marked}`
      if (index % 7 === 0) return `> ${marked}`
      return marked
    })
    .join('\n\n') + '\n'
}
