/**
 * Small closed word lists for reading capitalised runs. Lower case, no marks.
 */

/** A set of the words of a space-separated list. */
export function wordSet(value: string): Set<string> {
  return new Set(value.split(/\s+/).filter(Boolean))
}

/** Words that sit inside or before names in lower case: "Charles de Gaulle", "Ursula von der Leyen". */
export const particles = wordSet('de da di du del della dos das van von der den ter ten zu bin ibn ben la le al el')

/** Lower-case words that may join the words of an organisation or a title: "Organization for Security and Co-operation in Europe". */
export const connectors = wordSet('of for and in on the to at')

/** Honorifics before a name: "Mr Ryabkov", "Dr. Fauci". */
export const honorifics = wordSet('mr mrs ms mx dr sir dame mister madam madame monsieur herr')

/** Verbs of saying after (or before) a name: "Ryabkov said", "said Lavrov". */
export const sayingVerbs = wordSet(
  'said says say told tells added adds asked asks stated states announced announces wrote writes ' +
  'tweeted posted insisted insists warned warns noted notes explained explains argued argues ' +
  'claimed claims replied replies declared declares stressed stresses urged urges responded ' +
  'responds acknowledged acknowledges confirmed confirms denied denies asserted asserts ' +
  'recalled recalls suggested suggests countered counters conceded concedes admitted admits ' +
  'remarked continued spoke speaks testified'
)

/** Days, months and calendar words: "On Monday", "June last year". */
export const calendarWords = wordSet(
  'monday tuesday wednesday thursday friday saturday sunday ' +
  'january february march april may june july august september october november december ' +
  'jan feb mar apr jun jul aug sep sept oct nov dec christmas easter ramadan eid'
)

/**
 * Words that start sentences or clauses and are capitalised only for that reason,
 * plus pronouns and determiners: never part of a name.
 */
export const functionWords = wordSet(
  'a an the this that these those it its he she we they i you his her their our my your him them ' +
  'in on at by for from with without into onto of to as if when while after before since until ' +
  'and but or nor so yet also thus hence however meanwhile moreover furthermore instead still ' +
  'according although though because during despite between among amid against about above ' +
  'below under over through across around near beyond within per via not no yes all any each ' +
  'every some many most more much few several both either neither other another such what which ' +
  'who whom whose where why how there here then now today yesterday tomorrow lately recently ' +
  'earlier later last next first once again even only just already perhaps maybe indeed ' +
  'read also breaking update updated explained watch listen live photo video share follow ' +
  'subscribe advertisement click home news latest opinion analysis blog tags related top more ' +
  'mr mrs ms dr sir dame is are was were be been has have had do does did would could ' +
  'should shall might must let like unlike'
)

/**
 * Nouns that end the names of places, events, bodies and things ("White House",
 * "Cold War", "Nord Stream", "Ground Report"): a run holding one is not a person,
 * except as the surname of a run that opens with a given name ("Theresa May",
 * "Anthony Hall").
 */
export const thingWords = wordSet(
  'house street road avenue square bridge tower hall palace castle center centre museum ' +
  'university college school academy institute hospital clinic airport station port harbour ' +
  'harbor bay sea ocean river lake mountain mountains hills valley island islands desert canal ' +
  'gate wall line pipeline stream summit cup league games olympics prize award awards day night ' +
  'week year war wars act law treaty agreement accord accords plan deal talks crisis policy ' +
  'strategy program programme project fund bank group company corporation corp inc ltd llc plc ' +
  'party council committee commission union association federation alliance organization ' +
  'organisation agency authority ministry department office service services forces force army ' +
  'navy guard guards police court parliament congress senate assembly government administration ' +
  'republic kingdom empire states nations province state county city town village district ' +
  'region territory territories coast peninsula times post news report reports channel network ' +
  'television radio press review journal magazine daily weekly herald tribune gazette telegraph ' +
  'guardian observer express mirror standard chronicle monitor agency media group foundation ' +
  'trust society club team fc church cathedral mosque temple synagogue stadium arena market ' +
  'exchange index stock shares airlines airways motors systems technologies energy oil gas ' +
  'covid coronavirus pandemic virus vaccine variant variants internet app website online ' +
  'facebook twitter instagram whatsapp youtube tiktok google apple amazon microsoft'
)
