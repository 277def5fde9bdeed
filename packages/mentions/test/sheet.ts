import {createKnowledge, type StyleSheet} from '@copydesk/knowledge'

/**
 * A small style sheet with the people and bodies of the seed articles. Dates and
 * offices are from the public record cited in /work/shared/seeds/FINDINGS.md.
 */
export const sheet: StyleSheet = {
  organisations: [
    {id: 'us-state-department', name: 'United States Department of State', variants: ['State Department', 'US State Department'], country: 'US', source: 'https://www.state.gov/'},
    {id: 'us-presidency', name: 'Office of the President of the United States', country: 'US', source: 'https://www.whitehouse.gov/'},
    {id: 'russian-foreign-ministry', name: 'Ministry of Foreign Affairs of the Russian Federation', variants: ['Russian Foreign Ministry'], country: 'RU', source: 'https://mid.ru/en/'},
    {id: 'russian-presidency', name: 'President of Russia', country: 'RU', source: 'http://en.kremlin.ru/'},
    {id: 'nato', name: 'North Atlantic Treaty Organization', acronym: 'NATO', source: 'https://www.nato.int/'},
    {id: 'european-union', name: 'European Union', acronym: 'EU', source: 'https://european-union.europa.eu/'},
    {
      id: 'osce',
      name: 'Organization for Security and Co-operation in Europe',
      acronym: 'OSCE',
      variants: ['Organization for Security and Cooperation in Europe'],
      source: 'https://www.osce.org/who-we-are'
    },
    {id: 'white-house', name: 'White House', country: 'US', source: 'https://www.whitehouse.gov/'}
  ],
  people: [
    {
      id: 'antony-blinken', name: 'Antony Blinken', given: 'Antony', surname: 'Blinken',
      source: 'https://www.state.gov/biographies/antony-j-blinken/',
      roles: [{title: 'Secretary of State', organisation: 'us-state-department', country: 'US', start: '2021-01-26', end: '2025-01-20'}]
    },
    {
      id: 'wendy-sherman', name: 'Wendy Sherman', given: 'Wendy', surname: 'Sherman',
      source: 'https://www.state.gov/biographies/wendy-r-sherman/',
      roles: [
        {title: 'Deputy Secretary of State', organisation: 'us-state-department', country: 'US', start: '2021-04-14', end: '2023-07-28'},
        {title: 'Under Secretary of State for Political Affairs', organisation: 'us-state-department', country: 'US', start: '2011', end: '2015'}
      ]
    },
    {
      id: 'sergei-ryabkov', name: 'Sergei Ryabkov', given: 'Sergei', surname: 'Ryabkov', transliterations: ['Sergey Ryabkov'],
      source: 'https://mid.ru/en/about/structure/deputy_ministers/',
      roles: [{title: 'Deputy Foreign Minister', organisation: 'russian-foreign-ministry', country: 'RU', start: '2008'}]
    },
    {
      id: 'sergei-lavrov', name: 'Sergei Lavrov', given: 'Sergei', surname: 'Lavrov',
      source: 'https://mid.ru/en/about/structure/minister/',
      roles: [{title: 'Foreign Minister', organisation: 'russian-foreign-ministry', country: 'RU', start: '2004'}]
    },
    {
      id: 'jens-stoltenberg', name: 'Jens Stoltenberg', given: 'Jens', surname: 'Stoltenberg',
      source: 'https://www.nato.int/cps/en/natohq/who_is_who_49999.htm',
      roles: [{title: 'Secretary General', organisation: 'nato', start: '2014-10-01', end: '2024-10-01'}]
    },
    {
      id: 'joe-biden', name: 'Joe Biden', given: 'Joe', surname: 'Biden',
      source: 'https://www.whitehouse.gov/about-the-white-house/presidents/joseph-r-biden/',
      roles: [{title: 'President', organisation: 'us-presidency', country: 'US', start: '2021-01-20', end: '2025-01-20'}]
    },
    {
      id: 'vladimir-putin', name: 'Vladimir Putin', given: 'Vladimir', surname: 'Putin',
      source: 'http://en.kremlin.ru/structure/president',
      roles: [{title: 'President', organisation: 'russian-presidency', country: 'RU', start: '2012-05-07'}]
    },
    {
      id: 'josep-borrell', name: 'Josep Borrell', given: 'Josep', surname: 'Borrell',
      source: 'https://www.eeas.europa.eu/eeas/high-representative-vice-president_en',
      roles: [{title: 'High Representative for Foreign Affairs and Security Policy', aliases: ['foreign policy chief'], organisation: 'european-union', start: '2019-12-01', end: '2024-11-30'}]
    }
  ]
}

export const knowledge = createKnowledge([sheet])
