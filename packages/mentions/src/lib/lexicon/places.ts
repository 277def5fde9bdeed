/**
 * Countries, their adjectives and the short forms copy uses, by ISO 3166-1 alpha-2
 * code. A capitalised run made of these is a place or a qualifier of a title
 * ("Russian Deputy Foreign Minister"), never a person. Lower case, no marks; the
 * first adjective is the one used when a title is written out ("Russian").
 */
const countryTable: Record<string, string> = {
  US: 'us|usa|u s|united states|united states of america|america/us|american',
  GB: 'uk|u k|united kingdom|britain|great britain|england|scotland|wales/british|english|scottish|welsh',
  EU: 'eu|european union/eu|european',
  RU: 'russia|russian federation/russian',
  UA: 'ukraine/ukrainian',
  BY: 'belarus/belarusian',
  CN: 'china|prc/chinese',
  TW: 'taiwan/taiwanese',
  JP: 'japan/japanese',
  KR: 'south korea|korea/south korean|korean',
  KP: 'north korea/north korean',
  IN: 'india/indian',
  PK: 'pakistan/pakistani',
  BD: 'bangladesh/bangladeshi',
  LK: 'sri lanka/sri lankan',
  NP: 'nepal/nepalese|nepali',
  AF: 'afghanistan/afghan',
  IR: 'iran/iranian',
  IQ: 'iraq/iraqi',
  SY: 'syria/syrian',
  IL: 'israel/israeli',
  PS: 'palestine|gaza|west bank/palestinian',
  LB: 'lebanon/lebanese',
  JO: 'jordan/jordanian',
  SA: 'saudi arabia|saudi/saudi',
  AE: 'uae|united arab emirates/emirati',
  QA: 'qatar/qatari',
  KW: 'kuwait/kuwaiti',
  YE: 'yemen/yemeni',
  OM: 'oman/omani',
  EG: 'egypt/egyptian',
  LY: 'libya/libyan',
  TN: 'tunisia/tunisian',
  DZ: 'algeria/algerian',
  MA: 'morocco/moroccan',
  SD: 'sudan/sudanese',
  ET: 'ethiopia/ethiopian',
  KE: 'kenya/kenyan',
  NG: 'nigeria/nigerian',
  GH: 'ghana/ghanaian',
  ZA: 'south africa/south african',
  ZW: 'zimbabwe/zimbabwean',
  CD: 'congo|drc/congolese',
  ML: 'mali/malian',
  SO: 'somalia/somali',
  TR: 'turkey|turkiye/turkish',
  FR: 'france/french',
  DE: 'germany/german',
  IT: 'italy/italian',
  ES: 'spain/spanish',
  PT: 'portugal/portuguese',
  NL: 'netherlands|holland/dutch',
  BE: 'belgium/belgian',
  LU: 'luxembourg/luxembourgish',
  IE: 'ireland/irish',
  AT: 'austria/austrian',
  CH: 'switzerland/swiss',
  DK: 'denmark/danish',
  NO: 'norway/norwegian',
  SE: 'sweden/swedish',
  FI: 'finland/finnish',
  IS: 'iceland/icelandic',
  EE: 'estonia/estonian',
  LV: 'latvia/latvian',
  LT: 'lithuania/lithuanian',
  PL: 'poland/polish',
  CZ: 'czechia|czech republic/czech',
  SK: 'slovakia/slovak',
  HU: 'hungary/hungarian',
  RO: 'romania/romanian',
  BG: 'bulgaria/bulgarian',
  GR: 'greece/greek',
  CY: 'cyprus/cypriot',
  MT: 'malta/maltese',
  SI: 'slovenia/slovenian',
  HR: 'croatia/croatian',
  RS: 'serbia/serbian',
  BA: 'bosnia|bosnia and herzegovina/bosnian',
  XK: 'kosovo/kosovan|kosovar',
  AL: 'albania/albanian',
  MK: 'north macedonia|macedonia/macedonian',
  ME: 'montenegro/montenegrin',
  MD: 'moldova/moldovan',
  GE: 'georgia/georgian',
  AM: 'armenia/armenian',
  AZ: 'azerbaijan/azerbaijani',
  KZ: 'kazakhstan/kazakh',
  UZ: 'uzbekistan/uzbek',
  TM: 'turkmenistan/turkmen',
  KG: 'kyrgyzstan/kyrgyz',
  TJ: 'tajikistan/tajik',
  MN: 'mongolia/mongolian',
  CA: 'canada/canadian',
  MX: 'mexico/mexican',
  CU: 'cuba/cuban',
  VE: 'venezuela/venezuelan',
  CO: 'colombia/colombian',
  PE: 'peru/peruvian',
  EC: 'ecuador/ecuadorian',
  BO: 'bolivia/bolivian',
  BR: 'brazil/brazilian',
  AR: 'argentina/argentine|argentinian',
  CL: 'chile/chilean',
  UY: 'uruguay/uruguayan',
  PY: 'paraguay/paraguayan',
  NI: 'nicaragua/nicaraguan',
  HT: 'haiti/haitian',
  AU: 'australia/australian',
  NZ: 'new zealand/new zealand',
  ID: 'indonesia/indonesian',
  MY: 'malaysia/malaysian',
  SG: 'singapore/singaporean',
  TH: 'thailand/thai',
  PH: 'philippines/philippine|filipino',
  VN: 'vietnam/vietnamese',
  MM: 'myanmar|burma/myanmar|burmese',
  KH: 'cambodia/cambodian',
  LA: 'laos/lao|laotian',
  VA: 'vatican|holy see/vatican'
}

/** Country words (names and adjectives, lower case) to ISO code. */
export const countryWords = new Map<string, string>()
/** ISO code to the adjective a title is written with (`RU` -> `Russian`). */
const countryAdjectives = new Map<string, string>()

for (const [code, value] of Object.entries(countryTable)) {
  const [names = '', adjectives = ''] = value.split('/')
  for (const form of [...names.split('|'), ...adjectives.split('|')]) {
    if (form) countryWords.set(form, code)
  }

  const adjective = adjectives.split('|')[0] ?? ''
  countryAdjectives.set(
    code,
    code === 'GB'
      ? 'UK'
      : code === 'US' || code === 'EU'
        ? code
        : adjective.replace(/(^|\s)\p{Ll}/gu, (letter) => letter.toUpperCase())
  )
}

/**
 * Cities, regions and landmarks that news copy names often: words that begin a
 * capitalised run about a place, not a person. Lower case.
 */
export const placeWords = new Set(
  (
    'washington|new york|los angeles|chicago|boston|miami|san francisco|houston|atlanta|seattle|' +
    'london|manchester|edinburgh|glasgow|belfast|cardiff|dublin|paris|marseille|lyon|berlin|munich|' +
    'hamburg|frankfurt|bonn|brussels|strasbourg|luxembourg|the hague|amsterdam|rotterdam|vienna|geneva|' +
    'zurich|bern|davos|rome|milan|naples|venice|madrid|barcelona|lisbon|athens|nicosia|valletta|' +
    'warsaw|krakow|prague|bratislava|budapest|bucharest|sofia|belgrade|zagreb|ljubljana|sarajevo|' +
    'pristina|tirana|skopje|podgorica|chisinau|tbilisi|yerevan|baku|minsk|vilnius|riga|tallinn|' +
    'helsinki|stockholm|oslo|copenhagen|reykjavik|moscow|st petersburg|saint petersburg|kremlin|' +
    'kyiv|kiev|kharkiv|odesa|odessa|lviv|donetsk|luhansk|donbas|donbass|crimea|mariupol|sevastopol|' +
    'ankara|istanbul|tehran|baghdad|damascus|beirut|amman|jerusalem|tel aviv|gaza|ramallah|cairo|' +
    'riyadh|jeddah|doha|dubai|abu dhabi|muscat|sanaa|kabul|islamabad|karachi|lahore|new delhi|delhi|' +
    'mumbai|kolkata|chennai|bangalore|bengaluru|hyderabad|gujarat|kashmir|punjab|dhaka|colombo|' +
    'kathmandu|beijing|shanghai|hong kong|taipei|tokyo|osaka|seoul|pyongyang|hanoi|bangkok|' +
    'jakarta|manila|kuala lumpur|singapore|canberra|sydney|melbourne|wellington|auckland|ottawa|' +
    'toronto|montreal|vancouver|mexico city|havana|caracas|bogota|lima|quito|brasilia|rio de janeiro|' +
    'sao paulo|buenos aires|santiago|nairobi|addis ababa|lagos|abuja|johannesburg|pretoria|cape town|' +
    'khartoum|tripoli|tunis|algiers|rabat|casablanca|kinshasa|mogadishu|' +
    'europe|asia|africa|north america|south america|latin america|middle east|the west|west|east|' +
    'north|south|central|eastern|western|northern|southern|baltic|balkans|caucasus|arctic|antarctica|' +
    'atlantic|pacific|mediterranean|black sea|caspian|siberia|scandinavia|gulf|sahel|' +
    'white house|capitol|capitol hill|downing street|whitehall|pentagon|wall street|silicon valley|' +
    'california|texas|florida|new jersey|virginia|ohio|michigan|arizona|nevada|alaska|hawaii|' +
    'pennsylvania|massachusetts|oregon|colorado|minnesota|wisconsin|illinois|kentucky|tennessee|' +
    'alabama|mississippi|louisiana|iowa|kansas|missouri|utah|maryland|delaware|vermont|maine'
  ).split('|')
)

/** The adjective a title takes for a country code (`RU` -> `Russian`, `US` -> `US`). */
export function countryAdjective(code: string): string | undefined {
  const upper = code.toUpperCase()
  return countryAdjectives.get(upper === 'UK' ? 'GB' : upper)
}
