import {createKnowledge, type StyleSheet} from '@copydesk/knowledge'

/**
 * A few people and offices for exact tests that do not move when the bundled
 * data grows. Offices and dates are from the public record (source on each
 * entry).
 */
const sheet: StyleSheet = {
  organisations: [
    {id: 'us-state-department', name: 'United States Department of State', variants: ['State Department'], country: 'US', source: 'https://www.state.gov/'},
    {id: 'us-government', name: 'United States government', country: 'US', source: 'https://www.usa.gov/'},
    {id: 'uk-government', name: 'Government of the United Kingdom', country: 'GB', source: 'https://www.gov.uk/government/organisations/prime-ministers-office-10-downing-street'},
    {id: 'russian-foreign-ministry', name: 'Ministry of Foreign Affairs of the Russian Federation', country: 'RU', source: 'https://mid.ru/en/'},
    {id: 'norwegian-government', name: 'Government of Norway', country: 'NO', source: 'https://www.regjeringen.no/en/'},
    {id: 'nato', name: 'North Atlantic Treaty Organization', acronym: 'NATO', source: 'https://www.nato.int/cps/en/natohq/structure.htm'}
  ],
  people: [
    {
      id: 'wendy-sherman', name: 'Wendy Sherman', given: 'Wendy', surname: 'Sherman',
      source: 'https://en.wikipedia.org/wiki/Wendy_Sherman',
      roles: [
        {title: 'Deputy Secretary of State', aliases: ['Deputy Secretary'], organisation: 'us-state-department', country: 'US', start: '2021-04-14', end: '2023-07-28'},
        {title: 'Under Secretary of State for Political Affairs', aliases: ['Under Secretary of State'], organisation: 'us-state-department', country: 'US', start: '2011-09-21', end: '2015-10-02'}
      ]
    },
    {
      id: 'antony-blinken', name: 'Antony Blinken', given: 'Antony', surname: 'Blinken',
      source: 'https://en.wikipedia.org/wiki/Antony_Blinken',
      roles: [
        {title: 'Secretary of State', aliases: ['top diplomat'], organisation: 'us-state-department', country: 'US', start: '2021-01-26', end: '2025-01-20'},
        {title: 'Deputy Secretary of State', organisation: 'us-state-department', country: 'US', start: '2015-01-09', end: '2017-01-20'}
      ]
    },
    {
      id: 'hillary-clinton', name: 'Hillary Clinton', given: 'Hillary', surname: 'Clinton',
      source: 'https://en.wikipedia.org/wiki/Hillary_Clinton',
      roles: [{title: 'Secretary of State', organisation: 'us-state-department', country: 'US', start: '2009-01-21', end: '2013-02-01'}]
    },
    {
      id: 'joe-biden', name: 'Joe Biden', given: 'Joe', surname: 'Biden',
      source: 'https://en.wikipedia.org/wiki/Joe_Biden',
      roles: [
        {title: 'President', organisation: 'us-government', country: 'US', start: '2021-01-20', end: '2025-01-20'},
        {title: 'Vice President', organisation: 'us-government', country: 'US', start: '2009-01-20', end: '2017-01-20'}
      ]
    },
    {
      id: 'sergei-lavrov', name: 'Sergei Lavrov', given: 'Sergei', surname: 'Lavrov',
      source: 'https://en.wikipedia.org/wiki/Sergey_Lavrov',
      roles: [{title: 'Foreign Minister', aliases: ['Minister of Foreign Affairs'], organisation: 'russian-foreign-ministry', country: 'RU', start: '2004-03-09'}]
    },
    {
      id: 'sergei-ryabkov', name: 'Sergei Ryabkov', given: 'Sergei', surname: 'Ryabkov',
      source: 'https://en.wikipedia.org/wiki/Sergey_Ryabkov',
      roles: [{title: 'Deputy Foreign Minister', organisation: 'russian-foreign-ministry', country: 'RU', start: '2008'}]
    },
    {
      id: 'jens-stoltenberg', name: 'Jens Stoltenberg', given: 'Jens', surname: 'Stoltenberg',
      source: 'https://en.wikipedia.org/wiki/Jens_Stoltenberg',
      roles: [
        {title: 'Secretary General of NATO', aliases: ['NATO Secretary-General', 'NATO chief'], organisation: 'nato', start: '2014-10-01', end: '2024-10-01'},
        {title: 'Prime Minister of Norway', organisation: 'norwegian-government', country: 'NO', start: '2005-10-17', end: '2013-10-16'}
      ]
    },
    {
      id: 'boris-johnson', name: 'Boris Johnson', given: 'Boris', surname: 'Johnson',
      source: 'https://en.wikipedia.org/wiki/Boris_Johnson',
      roles: [
        {title: 'Prime Minister', organisation: 'uk-government', country: 'GB', start: '2019-07-24', end: '2022-09-06'},
        {title: 'Foreign Secretary', organisation: 'uk-government', country: 'GB', start: '2016-07-13', end: '2018-07-09'}
      ]
    }
  ]
}

export const knowledge = createKnowledge([sheet])
