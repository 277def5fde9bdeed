import {readFileSync} from 'node:fs'

const seed = readFileSync(new URL('../../../seeds/000_f653e7d4b9240d4a.txt', import.meta.url), 'utf8').split('\n')

/** Seed 000, line 31 (a misspelt Secretary of State, twice) and line 47 (a stray full stop), as two paragraphs. */
export const seedParagraphs = seed[30]! + '\n\n' + seed[46]! + '\n'

/** Well-edited copy that must give no findings. */
export const cleanCopy =
  'Russian Deputy Foreign Minister Sergei Ryabkov ruled out concessions on Monday.\n\n' +
  'Wendy Sherman, the US deputy secretary of state, said the talks had been frank.\n'
