import {describe, expect, test} from 'vitest'
import {getBundledSheets, normaliseName, type Organisation, type Person} from '@copydesk/knowledge'

/**
 * Where a bundled fact may come from. A copy editor who follows a `source` must land on
 * the record itself, not on a copy of it: Wikipedia mirrors and proxies may be stale or
 * altered, and content farms rewrite wire copy without checking it. A host is trusted
 * when it equals a domain below or lies under it (`www.gov.uk` under `gov.uk`).
 */
const trusted = {
  /** Suffixes given out only to governments, their agencies and treaty organisations. */
  governmentSuffixes: [
    'gov', 'mil', 'int', 'europa.eu',
    'gov.uk', 'gouv.fr', 'gc.ca', 'canada.ca', 'admin.ch', 'gov.pl', 'gov.pt', 'gob.es',
    'gov.ru', 'gov.tr', 'gov.ua', 'gov.by', 'gov.il',
    'gov.au', 'govt.nz', 'gov.in', 'nic.in', 'go.jp', 'go.kr', 'go.id', 'gov.cn', 'gov.sa',
    'gov.za', 'mil.za', 'gov.ng', 'gov.et', 'gob.mx', 'gob.ar', 'gov.br'
  ],
  /** Official sites of heads of state, governments and ministries outside those suffixes. */
  government: [
    'royal.uk', 'elysee.fr', 'bundespraesident.de', 'bundeskanzler.de', 'auswaertiges-amt.de',
    'bmvg.de', 'bundesfinanzministerium.de', 'quirinale.it', 'governo.it', 'esteri.it', 'difesa.it',
    'kremlin.ru', 'government.ru', 'mid.ru', 'mil.ru', 'fsb.ru', 'russiaun.ru', 'prezydent.pl',
    'kormany.hu', 'presidentti.fi', 'regjeringen.no', 'government.nl', 'gouvernement.lu',
    'belgium.be', 'valitsus.ee', 'saudiembassy.net', 'president.ir', 'mfa.ir', 'khamenei.ir'
  ],
  /** International organisations and central banks. */
  institutions: [
    'un.org', 'unhcr.org', 'unicef.org', 'wfp.org', 'undp.org', 'iaea.org', 'fao.org', 'ilo.org',
    'unesco.org', 'imf.org', 'worldbank.org', 'wto.org', 'osce.org',
    'bankofengland.co.uk', 'boj.or.jp', 'bundesbank.de', 'banque-france.fr', 'bancaditalia.it',
    'bankofcanada.ca'
  ],
  /** News agencies, public broadcasters and newspapers of record. */
  news: [
    // Agencies and international outlets
    'reuters.com', 'apnews.com', 'ap.org', 'afp.com', 'efe.com', 'bbc.com', 'bbc.co.uk',
    'aljazeera.com', 'france24.com', 'dw.com', 'swissinfo.ch', 'propublica.org', 'semafor.com',
    // Americas
    'nytimes.com', 'washingtonpost.com', 'npr.org', 'politico.com', 'cnn.com', 'ajc.com',
    'globo.com', 'agenciabrasil.ebc.com.br', 'lanacion.com.ar',
    // Europe
    'theguardian.com', 'politico.eu', 'liberation.fr', 'sueddeutsche.de', 'tvn24.pl',
    'hurriyetdailynews.com', 'themoscowtimes.com', 'novayagazeta.eu', 'pravda.com.ua',
    'interfax.com.ua', 'nv.ua', 'liga.net',
    // Asia, the Pacific, Africa and the Middle East
    'english.kyodonews.net', 'nippon.com', 'asahi.com', 'yna.co.kr', 'kbs.co.kr', 'koreaherald.com',
    'koreajoongangdaily.joins.com', 'donga.com', 'scmp.com', 'straitstimes.com', 'tempo.co',
    'thehindu.com', 'hindustantimes.com', 'indianexpress.com', 'timesofindia.indiatimes.com',
    'livemint.com', 'business-standard.com', 'dawn.com', 'abc.net.au', 'sbs.com.au',
    'thewest.com.au', 'dailymaverick.co.za', 'thenationalnews.com', 'timesofisrael.com', 'jpost.com'
  ],
  /** Trusted only for the officials of these countries (ISO codes of their offices). */
  restricted: [
    // The state news agency and the government's gazette are the record of Russian
    // appointments, not of anyone else's.
    {domain: 'tass.com', countries: ['RU']},
    {domain: 'rg.ru', countries: ['RU']}
  ],
  /** Countries whose officials are cited from the English Wikipedia only. */
  englishSpeaking: ['US', 'GB', 'IE', 'CA', 'AU', 'NZ']
}

const sheets = getBundledSheets()
const organisations = new Map<string, Organisation>()
for (const sheet of sheets) for (const organisation of sheet.organisations ?? []) organisations.set(organisation.id, organisation)
const people = sheets.flatMap((sheet) => sheet.people ?? [])

/** Every `source` with the countries of the offices it vouches for. */
const sources: Array<{where: string; source: string; countries: Set<string>}> = []
for (const organisation of organisations.values()) {
  sources.push({where: 'organisation ' + organisation.id, source: organisation.source, countries: new Set(organisation.country ? [organisation.country] : [])})
}

for (const person of people) {
  sources.push({where: 'person ' + person.id, source: person.source, countries: new Set(person.roles.map(roleCountry).filter((code) => code !== undefined))})
  for (const role of person.roles) {
    if (role.source === undefined) continue
    const country = roleCountry(role)
    sources.push({where: 'person ' + person.id + ' role ' + role.title + ' from ' + role.start, source: role.source, countries: new Set(country ? [country] : [])})
  }
}

function roleCountry(role: Person['roles'][number]): string | undefined {
  return role.country ?? organisations.get(role.organisation)?.country
}

function under(host: string, domain: string): boolean {
  return host === domain || host.endsWith('.' + domain)
}

/** Why `source` is not trusted for offices of `countries`, or `undefined` when it is. */
function distrust(source: string, countries: ReadonlySet<string>): string | undefined {
  let url: URL
  try {
    url = new URL(source)
  } catch {
    return 'not a URL'
  }

  if (url.protocol !== 'https:') return 'not https'
  if (url.port !== '') return 'a port in the address'
  const host = url.hostname
  if (host === 'en.wikipedia.org') return undefined
  const edition = /^([a-z-]+)\.wikipedia\.org$/.exec(host)?.[1]
  if (edition !== undefined) {
    if (edition === 'simple' || countries.size === 0) return 'a Wikipedia edition other than English'
    if ([...countries].every((code) => trusted.englishSpeaking.includes(code))) {
      return 'a Wikipedia edition other than English, for an official of an English-speaking country'
    }

    return undefined
  }

  const lists = [trusted.governmentSuffixes, trusted.government, trusted.institutions, trusted.news]
  if (lists.some((list) => list.some((domain) => under(host, domain)))) return undefined
  const restricted = trusted.restricted.find(({domain}) => under(host, domain))
  if (restricted) {
    return restricted.countries.some((code) => countries.has(code)) ? undefined : 'trusted only for officials of ' + restricted.countries.join(', ')
  }

  return 'a host not on the list of trusted sources'
}

/** The normal form with hyphens read as spaces, to find forms that differ in nothing else. */
function loose(name: string): string {
  return normaliseName(name).replace(/-/g, ' ')
}

/** The correct forms of every entry, with the entries that own each form. */
function correctForms(normalise: (name: string) => string, surnames = true): Map<string, Set<string>> {
  const owners = new Map<string, Set<string>>()
  const add = (form: string, owner: string) => {
    const key = normalise(form)
    const set = owners.get(key) ?? new Set()
    set.add(owner)
    owners.set(key, set)
  }

  for (const person of people) {
    // A one-word transliteration is a surname (`Zelensky`), which namesakes may share.
    const transliterations = (person.transliterations ?? []).filter((form) => surnames || /\s/.test(form.trim()))
    for (const form of [person.name, ...(person.variants ?? []), ...transliterations]) add(form, 'person ' + person.id)
  }

  for (const organisation of organisations.values()) {
    for (const form of [organisation.name, ...(organisation.variants ?? [])]) add(form, 'organisation ' + organisation.id)
    if (organisation.acronym) add(organisation.acronym, 'organisation ' + organisation.id)
  }

  return owners
}

const misspelt = [
  ...people.map((person) => ({owner: 'person ' + person.id, misspellings: person.misspellings ?? []})),
  ...[...organisations.values()].map((organisation) => ({owner: 'organisation ' + organisation.id, misspellings: organisation.misspellings ?? []}))
]

describe('sources', () => {
  test('every person, role and organisation source is an https page on a trusted host', () => {
    const faults = sources.flatMap(({where, source, countries}) => {
      const why = distrust(source, countries)
      return why === undefined ? [] : [where + ': ' + source + ' (' + why + ')']
    })
    expect(faults).toEqual([])
  })

  test('the list of trusted hosts turns away mirrors, proxies and content farms', () => {
    const none = new Set<string>()
    const japan = new Set(['JP'])
    expect(distrust('https://en.wikipedia.org/wiki/Wei_Fenghe', none)).toBeUndefined()
    expect(distrust('https://www.gov.uk/government/organisations/hm-treasury', none)).toBeUndefined()
    expect(distrust('https://www.reuters.com/world/', none)).toBeUndefined()
    expect(distrust('https://ja.wikipedia.org/wiki/高市早苗', japan)).toBeUndefined()
    expect(distrust('https://tass.com/politics/1', new Set(['RU']))).toBeUndefined()
    expect(distrust('https://tass.com/world/1850271', japan)).toBe('trusted only for officials of RU')
    expect(distrust('https://de.wikipedia.org/wiki/Joe_Biden', new Set(['US']))).toMatch(/English-speaking/)
    expect(distrust('https://simple.wikipedia.org/wiki/Saudi_Arabia', none)).toMatch(/other than English/)
    expect(distrust('http://en.kremlin.ru/', none)).toBe('not https')
    expect(distrust('http://the-uncensored-wiki.com:20161/A/x.html', none)).toBe('not https')
    expect(distrust('https://hessslslslsls.azureedge.net/wiki/Wei_Fenghe', none)).toMatch(/not on the list/)
    expect(distrust('https://wikimili.com/en/Minister_of_Defence_(India)', none)).toMatch(/not on the list/)
    // A look-alike domain is not under the trusted one.
    expect(distrust('https://unesco.org.uk/news/unesco-elects-new-director-general', none)).toMatch(/not on the list/)
    expect(distrust('https://notreuters.com/world/', none)).toMatch(/not on the list/)
    expect(distrust('Daily Planet staff list', none)).toBe('not a URL')
  })
})

describe('names', () => {
  test('no recorded misspelling is, once normalised, a correct form of anyone', () => {
    const owners = correctForms(normaliseName)
    const faults = misspelt.flatMap(({owner, misspellings}) =>
      misspellings.flatMap((text) => {
        const hit = owners.get(normaliseName(text))
        return hit ? [owner + ': ' + text + ' is a correct form of ' + [...hit].join(', ')] : []
      })
    )
    expect(faults).toEqual([])
  })

  test('a misspelling that differs from a correct form only in hyphens and spaces is a lost hyphen', () => {
    // The lookups keep `Jean Yves` and `Jean-Yves` apart on purpose, so recording the
    // hyphen-less form makes the fault certain; any other difference of that kind
    // (a hyphen added, a space lost) would be a correct form recorded as wrong.
    const owners = correctForms(loose)
    const forms = new Map<string, string>()
    for (const person of people) for (const form of [person.name, ...(person.variants ?? [])]) forms.set(loose(form), form)
    const faults: string[] = []
    const lost: string[] = []
    for (const {owner, misspellings} of misspelt) {
      for (const text of misspellings) {
        if (!owners.has(loose(text))) continue
        const correct = forms.get(loose(text))
        if (correct !== undefined && normaliseName(correct).replace(/-/g, ' ') === normaliseName(text) && normaliseName(correct).includes('-')) {
          lost.push(text)
        } else {
          faults.push(owner + ': ' + text)
        }
      }
    }

    expect(faults).toEqual([])
    expect(lost).toContain('Frank Walter Steinmeier')
  })

  test('no correct form or misspelling belongs to two entries', () => {
    const faults: string[] = []
    for (const [form, owners] of correctForms(loose, false)) {
      if (owners.size > 1) faults.push(form + ': ' + [...owners].join(', '))
    }

    const misspellingOwners = new Map<string, Set<string>>()
    for (const {owner, misspellings} of misspelt) {
      for (const text of misspellings) {
        const set = misspellingOwners.get(loose(text)) ?? new Set()
        set.add(owner)
        misspellingOwners.set(loose(text), set)
      }
    }

    for (const [form, owners] of misspellingOwners) if (owners.size > 1) faults.push('misspelling ' + form + ': ' + [...owners].join(', '))
    expect(faults).toEqual([])
  })
})
