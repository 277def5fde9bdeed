import type {Knowledge, Person, StyleSheet} from '@copydesk/knowledge'

/**
 * People and offices used in the tests, as on the public record
 * (state.gov, whitehouse.gov, nato.int; Wikipedia for the exact days).
 */
export const sheet: StyleSheet = {
  people: [
    {
      id: 'antony-blinken',
      name: 'Antony Blinken',
      given: 'Antony',
      surname: 'Blinken',
      source: 'https://www.state.gov/biographies/antony-j-blinken/',
      roles: [
        {title: 'Secretary of State', organisation: 'us-state-department', country: 'US', start: '2021-01-26', end: '2025-01-20'},
        {title: 'Deputy Secretary of State', organisation: 'us-state-department', country: 'US', start: '2015-01-09', end: '2017-01-20'}
      ]
    },
    {
      id: 'joe-biden',
      name: 'Joe Biden',
      given: 'Joe',
      surname: 'Biden',
      source: 'https://www.whitehouse.gov/about-the-white-house/presidents/',
      roles: [
        {title: 'President', organisation: 'us-government', country: 'US', start: '2021-01-20', end: '2025-01-20'},
        {title: 'Vice President', organisation: 'us-government', country: 'US', start: '2009-01-20', end: '2017-01-20'}
      ]
    },
    {
      id: 'wendy-sherman',
      name: 'Wendy Sherman',
      given: 'Wendy',
      surname: 'Sherman',
      source: 'https://en.wikipedia.org/wiki/Wendy_Sherman',
      roles: [
        {title: 'Deputy Secretary of State', organisation: 'us-state-department', country: 'US', start: '2021-04-14', end: '2023-07-28'},
        {
          title: 'Under Secretary of State for Political Affairs',
          aliases: ['Under Secretary of State'],
          organisation: 'us-state-department',
          country: 'US',
          start: '2011-09-21',
          end: '2015-10-02'
        }
      ]
    },
    {
      id: 'jens-stoltenberg',
      name: 'Jens Stoltenberg',
      given: 'Jens',
      surname: 'Stoltenberg',
      source: 'https://www.nato.int/cps/en/natohq/who_is_who_4346.htm',
      roles: [{title: 'Secretary General', aliases: ['Secretary-General'], organisation: 'nato', start: '2014-10-01', end: '2024-10-01'}]
    },
    {
      id: 'sergei-lavrov',
      name: 'Sergei Lavrov',
      given: 'Sergei',
      surname: 'Lavrov',
      source: 'https://en.wikipedia.org/wiki/Sergey_Lavrov',
      roles: [{title: 'Foreign Minister', organisation: 'russia-foreign-ministry', country: 'RU', start: '2004-03-09'}]
    },
    {
      id: 'vladimir-putin',
      name: 'Vladimir Putin',
      given: 'Vladimir',
      surname: 'Putin',
      source: 'https://en.wikipedia.org/wiki/Vladimir_Putin',
      roles: [
        {title: 'President', organisation: 'russia-government', country: 'RU', start: '2000-05-07', end: '2008-05-07'},
        {title: 'President', organisation: 'russia-government', country: 'RU', start: '2012-05-07'}
      ]
    },
    {
      id: 'liz-truss',
      name: 'Liz Truss',
      given: 'Liz',
      surname: 'Truss',
      source: 'https://www.gov.uk/government/history/past-prime-ministers/liz-truss',
      roles: [{title: 'Prime Minister', organisation: 'uk-government', country: 'GB', start: '2022-09-06', end: '2022-10-25'}]
    },
    {
      id: 'partial-dates',
      name: 'Pat Partial',
      given: 'Pat',
      surname: 'Partial',
      source: 'test fixture: a role known only by month and year',
      roles: [{title: 'Envoy', organisation: 'us-state-department', start: '2021-04', end: '2022'}]
    }
  ],
  organisations: [
    {id: 'us-state-department', name: 'United States Department of State', acronym: 'DOS', country: 'US', source: 'https://www.state.gov/'},
    {id: 'us-government', name: 'Government of the United States', country: 'US', source: 'https://www.usa.gov/'},
    {id: 'uk-government', name: 'Government of the United Kingdom', country: 'GB', source: 'https://www.gov.uk/'},
    {id: 'nato', name: 'North Atlantic Treaty Organization', acronym: 'NATO', source: 'https://www.nato.int/'},
    {id: 'russia-foreign-ministry', name: 'Ministry of Foreign Affairs of Russia', country: 'RU', source: 'https://mid.ru/'},
    {id: 'russia-government', name: 'Government of Russia', country: 'RU', source: 'http://government.ru/'}
  ]
}

/**
 * A minimal knowledge: titles match when equal ignoring case, hyphens and a
 * leading “US”/“NATO”, against a role's title or aliases.
 */
export const handMade: Pick<Knowledge, 'rolesMatching'> = {
  rolesMatching(person, title) {
    const wanted = normal(title)
    return person.roles.filter((role) => [role.title, ...(role.aliases ?? [])].some((form) => normal(form) === wanted))
  }
}

function normal(title: string): string {
  return title
    .toLowerCase()
    .replace(/-/g, ' ')
    .replace(/^(?:the |us |u\.s\. |nato )+/, '')
    .trim()
}

/**
 * A person of the fixture by id.
 */
export function person(id: string): Person {
  const found = sheet.people!.find((entry) => entry.id === id)
  if (!found) throw new Error(`No fixture person ${id}`)
  return found
}
