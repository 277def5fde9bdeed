import {describe, expect, it} from 'vitest'
import {lint} from './support.js'

/**
 * Well-edited sentences with the right titles for their date, checked against
 * the bundled knowledge: the rule must find nothing in them, advice included.
 */
const cases: Array<[string, string | undefined]> = [
  ['Russian Deputy Foreign Minister Sergei Ryabkov said the talks were useful but difficult.', '2022-01-10'],
  ['Russian Foreign Minister Sergei Lavrov met his Turkish counterpart in Antalya.', '2022-03-10'],
  ['NATO Secretary-General Jens Stoltenberg said the alliance was ready for dialogue.', '2022-01-10'],
  ['Jens Stoltenberg, the NATO Secretary-General, confirmed the suspicion.', '2022-01-10'],
  ['The president of the United States, Joe Biden, spoke with President Vladimir Putin by phone.', '2021-12-30'],
  ['Wendy Sherman, the US deputy secretary of state, led the American delegation.', '2022-01-10'],
  ['Secretary of State Antony Blinken met Foreign Minister Sergei Lavrov in Geneva.', '2022-01-21'],
  ['Former Secretary of State John Kerry spoke at the climate summit in Glasgow.', '2021-11-02'],
  ['Prime Minister Boris Johnson spoke in the Commons on Wednesday.', '2022-01-12'],
  ['Vice President Kamala Harris arrived in Warsaw on Wednesday evening.', '2022-03-09'],
  ['Chancellor Olaf Scholz met President Emmanuel Macron in Paris.', '2021-12-10'],
  ['European Commission President Ursula von der Leyen announced new sanctions.', '2022-02-27'],
  ['UN Secretary-General António Guterres called for restraint.', '2022-02-22'],
  ['Ukrainian President Volodymyr Zelenskyy addressed the nation before dawn.', '2022-02-24'],
  ['Deputy Secretary of State Wendy Sherman dined with Sergei Ryabkov on Sunday.', '2022-01-09'],
  ['Antony Blinken, the secretary of state, arrived in Kyiv on Wednesday.', '2022-01-19'],
  ['Josep Borrell, the EU’s foreign policy chief, visited the front line.', '2022-01-05'],
  ['Then-Vice President Joe Biden visited Kyiv several times.', '2022-01-10'],
  ['Sergei Ryabkov told reporters that Moscow saw no reason for optimism.', undefined],
  ['The Russian president has denied any plan to invade.', '2022-01-10'],
  ['Foreign Secretary Liz Truss met her Russian counterpart in Moscow.', '2022-02-10'],
  ['Former Prime Minister Theresa May criticised the government.', '2022-01-10'],
  ['Secretary of State Mike Pompeo met Foreign Minister Sergei Lavrov in Sochi.', '2019-05-14'],
  ['Vice President Joe Biden met President Petro Poroshenko in Kyiv.', '2014-11-21'],
  ['Under Secretary of State Wendy Sherman led the talks with Iran in Vienna.', '2014-11-24'],
  ['Deputy Secretary of State Antony Blinken spoke to reporters.', '2015-03-10'],
  ['The US president warned the Russian president of dire consequences.', '2021-12-08'],
  ['Mr Johnson told MPs that the government would act.', '2022-01-10'],
  ['Sherman and Ryabkov met for more than seven hours.', '2022-01-10'],
  ['Deputy Foreign Minister Sergei Ryabkov and Foreign Minister Sergei Lavrov both spoke.', '2022-01-10'],
  ['Chancellor Angela Merkel met President Barack Obama at the White House.', '2015-02-09'],
  ['The secretary-general, António Guterres, spoke after the vote.', '2022-03-02'],
  ['Under Secretary of State Wendy Sherman met Secretary of State John Kerry before the talks.', undefined],
  ['US Secretary of State Antony Blinken and NATO Secretary-General Jens Stoltenberg met in Brussels.', undefined],
  ['President Joe Biden said on Tuesday that Secretary of State Antony Blinken would travel to Geneva.', undefined],
  ['Foreign Minister Anna Lindqvist met Deputy Foreign Minister Erik Lindqvist, her cousin.', undefined]
]

describe('well-edited copy', () => {
  it('has enough cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30)
  })

  for (const [value, date] of cases) {
    it(value, async () => {
      const file = await lint(value, date ? {date} : undefined)
      expect(file.messages.map(String)).toEqual([])
    })
  }
})
