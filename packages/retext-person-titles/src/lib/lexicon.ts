/**
 * Word lists the rule reads titles with. Words are in the knowledge's title
 * normal form: lower case, hyphens read as spaces.
 */

function set(words: string): ReadonlySet<string> {
  return new Set(words.split(/\s+/).filter(Boolean))
}

/**
 * Words that make another rank of an office when put before it: a Deputy
 * Secretary of State is not the Secretary of State, nor an Under Secretary.
 * “Acting” is here too, as the knowledge records acting terms as offices of
 * their own.
 */
export const rankWords = set('deputy under vice assistant associate principal first second acting lieutenant')

/** Written as one word, read as a rank and an office: “Undersecretary of State”. */
export const fusedRanks: ReadonlyMap<string, [string, string]> = new Map([
  ['undersecretary', ['under', 'secretary']],
  ['vicepresident', ['vice', 'president']]
])

/**
 * Offices at the head of a government or state that one person does not hold
 * at the same time: calling someone both “President” and “Prime Minister” is a
 * slip, whichever is right.
 */
export const exclusiveOffices: ReadonlySet<string> = new Set(['president', 'prime minister', 'premier', 'chancellor'])

/**
 * Words after which the rest of a title only narrows the office, as in the
 * knowledge: “Secretary” is a short form of “Secretary of State”.
 */
export const narrowingWords = set('of for to on in at')

/** Words a title keeps in lower case even when capitalised: “Secretary of State”. */
export const smallWords = set('of for to on in at and the')

/**
 * Words of formal titles that AP style writes in lower case after a name or
 * standing alone (“Wendy Sherman, the deputy secretary of state”). Words not
 * listed (“Exchequer”, “Homeland Security”) keep their capitals.
 */
export const titleWords = set(
  'president vice minister prime deputy under secretary state general chancellor premier ' +
  'foreign defence defense finance interior home trade economy justice health education ' +
  'energy environment agriculture labour labor commerce treasury transport transportation ' +
  'culture affairs political chief director managing high representative ambassador envoy ' +
  'spokesman spokeswoman spokesperson governor senator commissioner chairman chairwoman chair ' +
  'speaker leader mayor adviser advisor counselor counsellor assistant associate principal ' +
  'acting first second attorney lieutenant executive special national security'
)
