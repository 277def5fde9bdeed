// Abbreviations that end in a full stop and may be followed, inside a
// sentence, by a lower-case word or a number ("Mr. and Mrs.", "vs. the",
// "approx. 300", "et al. found"). Written without the final stop. An entry
// written with a capital ("No", "Mass") only matches a word that starts with
// a capital, so "said no. the" and "critical mass. the" are still caught.
// Abbreviations with inner full stops (U.S., e.g., p.m., Ph.D.) need no entry:
// a word with a full stop inside it is always taken as an abbreviation.

/** Titles before a name. */
const titles = [
  'Adm', 'Atty', 'Capt', 'Cmdr', 'Col', 'Cpl', 'Det', 'Dr', 'Fr', 'Gen', 'Gov', 'Hon', 'Insp',
  'Lt', 'Maj', 'Mr', 'Mrs', 'Ms', 'Msgr', 'Pres', 'Prof', 'Pvt', 'Rep', 'Rev', 'Sen', 'Sgt', 'Supt'
]

/** After a name or in a company name. */
const suffixes = ['Bros', 'Co', 'Corp', 'Esq', 'Inc', 'Jr', 'Ltd', 'Plc', 'Sr']

/** Places and addresses. */
const places = ['Ave', 'Blvd', 'Ft', 'Mt', 'Rd', 'Sq', 'St']

/** Months and days, as news agencies shorten them before a date. */
const calendar = [
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
  'Mon', 'Tue', 'Tues', 'Wed', 'Thu', 'Thur', 'Thurs', 'Fri', 'Sat', 'Sun'
]

/** US states in AP style (those without an inner stop). */
const states = [
  'Ala', 'Ariz', 'Ark', 'Calif', 'Colo', 'Conn', 'Del', 'Fla', 'Ga', 'Ill', 'Ind', 'Kan', 'Ky',
  'La', 'Md', 'Mass', 'Mich', 'Minn', 'Miss', 'Mo', 'Mont', 'Neb', 'Nev', 'Okla', 'Ore', 'Pa',
  'Tenn', 'Vt', 'Va', 'Wash', 'Wis', 'Wyo'
]

/** References, numbers and measures. */
const references = [
  'No', 'Nos', 'Vol', 'Fig', 'Figs', 'Art', 'Sec', 'Ch', 'Ed', 'Eds', 'Dept', 'Univ', 'Assn',
  'Govt', 'Tel', 'Ext'
]

/** Written in lower case and matched in any case. */
const lowerCase = [
  'al', 'approx', 'apt', 'avg', 'bldg', 'ca', 'cf', 'cit', 'dept', 'est', 'etc', 'excl', 'ft',
  'hr', 'hrs', 'ibid', 'incl', 'lb', 'lbs', 'max', 'min', 'mins', 'misc', 'mph', 'oz', 'pp',
  'pt', 'pts', 'qt', 'sq', 'tbsp', 'tsp', 'viz', 'vol', 'vols', 'vs', 'wk', 'wks', 'yr', 'yrs'
]

export const abbreviations: ReadonlyArray<string> = [
  ...titles,
  ...suffixes,
  ...places,
  ...calendar,
  ...states,
  ...references,
  ...lowerCase
]
