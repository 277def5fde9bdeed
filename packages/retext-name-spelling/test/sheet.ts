import {createKnowledge, type StyleSheet} from '@copydesk/knowledge'

/**
 * People with namesakes and transliterations, for exact tests that do not move
 * when the bundled data grows. Offices and dates are from the public record
 * (sources on each entry).
 */
const sheet: StyleSheet = {
  organisations: [
    {id: 'us-state-department', name: 'United States Department of State', variants: ['State Department'], country: 'US', source: 'https://www.state.gov/'},
    {id: 'us-presidency', name: 'Executive Office of the President', country: 'US', source: 'https://www.whitehouse.gov/'},
    {id: 'uk-government', name: 'His Majesty’s Government', country: 'GB', source: 'https://www.gov.uk/government/how-government-works'},
    {id: 'dprk-government', name: 'Government of the Democratic People’s Republic of Korea', country: 'KP', source: 'https://en.wikipedia.org/wiki/Government_of_North_Korea'},
    {id: 'ukraine-presidency', name: 'Office of the President of Ukraine', country: 'UA', source: 'https://www.president.gov.ua/en'},
    {id: 'russian-foreign-ministry', name: 'Ministry of Foreign Affairs of the Russian Federation', country: 'RU', source: 'https://mid.ru/en/'},
    {
      id: 'osce',
      name: 'Organization for Security and Co-operation in Europe',
      acronym: 'OSCE',
      variants: ['Organization for Security and Cooperation in Europe'],
      source: 'https://www.osce.org/who-we-are'
    }
  ],
  people: [
    {
      id: 'antony-blinken', name: 'Antony Blinken', given: 'Antony', surname: 'Blinken', misspellings: ['Antony Blinkin'],
      source: 'https://www.state.gov/biographies/antony-j-blinken/',
      roles: [{title: 'Secretary of State', organisation: 'us-state-department', country: 'US', start: '2021-01-26', end: '2025-01-20'}]
    },
    {
      id: 'boris-johnson', name: 'Boris Johnson', given: 'Boris', surname: 'Johnson',
      source: 'https://www.gov.uk/government/people/boris-johnson',
      roles: [{title: 'Prime Minister', organisation: 'uk-government', country: 'GB', start: '2019-07-24', end: '2022-09-06'}]
    },
    {
      id: 'george-w-bush', name: 'George W. Bush', given: 'George W.', surname: 'Bush',
      source: 'https://www.whitehouse.gov/about-the-white-house/presidents/george-w-bush/',
      roles: [{title: 'President', organisation: 'us-presidency', country: 'US', start: '2001-01-20', end: '2009-01-20'}]
    },
    {
      id: 'kim-jong-un', name: 'Kim Jong Un', given: 'Jong Un', surname: 'Kim', variants: ['Kim Jong-un'],
      source: 'https://en.wikipedia.org/wiki/Kim_Jong_Un',
      roles: [{title: 'Supreme Leader', organisation: 'dprk-government', country: 'KP', start: '2011-12'}]
    },
    {
      id: 'volodymyr-zelenskyy', name: 'Volodymyr Zelenskyy', given: 'Volodymyr', surname: 'Zelenskyy',
      transliterations: ['Zelensky', 'Volodymyr Zelensky'],
      source: 'https://www.president.gov.ua/en/president/biografiya',
      roles: [{title: 'President', organisation: 'ukraine-presidency', country: 'UA', start: '2019-05-20'}]
    },
    {
      id: 'sergei-ryabkov', name: 'Sergei Ryabkov', given: 'Sergei', surname: 'Ryabkov',
      source: 'https://mid.ru/en/about/structure/deputy_ministers/',
      roles: [{title: 'Deputy Foreign Minister', organisation: 'russian-foreign-ministry', country: 'RU', start: '2008'}]
    }
  ]
}

export const knowledge = createKnowledge([sheet])
