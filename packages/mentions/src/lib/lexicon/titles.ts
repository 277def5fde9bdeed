import {wordSet as set} from './words.js'

/**
 * Words of title phrases, lower case. A title has at least one head ("minister",
 * "secretary-general", "chief"); modifiers narrow it ("deputy foreign minister");
 * complements follow "of"/"for"/"to" ("Secretary of State", "president of Russia").
 */

/** The noun a title is built around. */
export const titleHeads = set(
  'president vice-president president-elect minister secretary secretary-general undersecretary ' +
  'under-secretary spokesman spokeswoman spokesperson ambassador chancellor vice-chancellor ' +
  'governor chief director director-general head leader king queen prince princess emperor ' +
  'empress pope senator congressman congresswoman representative envoy commissioner chairman ' +
  'chairwoman chairperson chair mayor premier negotiator adviser advisor counsellor counselor ' +
  'attorney-general prosecutor general admiral commander marshal colonel lieutenant captain ' +
  'sheikh emir sultan speaker whip judge justice ceo cfo coo founder co-founder coach manager ' +
  'archbishop bishop cardinal rabbi imam ayatollah patriarch mufti diplomat deputy rapporteur ' +
  'administrator comptroller treasurer superintendent sheriff consul consul-general nuncio ' +
  'delegate emissary czar tsar monarch regent duke duchess baron baroness chairs boss councillor ' +
  'councilor councilman councilwoman alderman lawmaker legislator mp mep assemblyman assemblywoman'
)

/**
 * Heads that are also ordinary surnames or words ("John King", "General Motors"):
 * they make a title before a full name, but not before a lone capitalised word.
 */
export const weakHeads = set('general king queen prince princess chief head judge justice captain deputy boss chair speaker whip')

/** Words that narrow a head: "Deputy Foreign Minister", "foreign policy chief". */
export const titleModifiers = set(
  'deputy under vice assistant acting interim senior junior chief first second foreign defence ' +
  'defense finance interior home prime attorney high special permanent principal executive ' +
  'national security state top press economic economy trade health justice energy education ' +
  'transport transportation culture climate environment agriculture labour labor commerce ' +
  'treasury supreme lord grand crown opposition party majority minority senate house federal ' +
  'regional military policy foreign-policy intelligence communications development digital ' +
  'industry housing immigration veterans homeland european brexit general managing political ' +
  'sports science technology tourism information media planning social welfare cabinet associate ' +
  'co joint lead presidential royal parliamentary spy army navy police central bank government ' +
  'ministry department office council commission committee union kremlin defence-policy ' +
  'shadow outgoing incoming newly elected de facto ruling'
)

/** Words that follow "of"/"for"/"to" inside a title: "Secretary of State", "Minister for Foreign Affairs". */
export const titleComplements = set(
  'state defense defence treasury foreign affairs political homeland security commerce energy ' +
  'health justice agriculture labor labour education transportation transport interior veterans ' +
  'housing urban development environment exchequer staff army navy finance economy trade ' +
  'industry culture tourism science technology information communications public works ' +
  'international arms control disarmament policy human rights management budget intelligence ' +
  'european union united nations commission council parliament bank federal reserve ' +
  'joint chiefs armed forces operations mission delegation government cabinet region republic ' +
  'kingdom the'
)

/** Markers of a past office before a title: "former", "ex-president", "then-Secretary". */
export const formerMarkers = set('former ex then late onetime one-time erstwhile')
