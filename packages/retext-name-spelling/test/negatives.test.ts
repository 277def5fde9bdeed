import {describe, expect, it} from 'vitest'
import {knowledge} from './sheet.js'
import {findings} from './support.js'

/**
 * Correct copy in the style of wire and newspaper reports: public figures the
 * bundled knowledge knows, people it does not know, namesakes of famous people,
 * places, bodies and dates. None of it may be flagged.
 */
const correct = [
  'Russian Foreign Minister Sergei Lavrov met his Turkish counterpart, Hakan Fidan, in Ankara on Tuesday.',
  'Ukrainian President Volodymyr Zelenskyy told reporters in Kyiv that the talks had stalled.',
  'Prime Minister Boris Johnson said on Monday that Britain would send more troops to Estonia.',
  'Dustin Johnson, the former world number one, shot a 68 at Augusta National on Thursday.',
  'German Chancellor Olaf Scholz and French President Emmanuel Macron spoke by phone with Vladimir Putin.',
  'The Kremlin spokesman, Dmitry Peskov, said Moscow had no plans to invade.',
  'Kim Yo Jong, the sister of North Korean leader Kim Jong Un, warned Seoul against new drills.',
  'Jeb Bush, a former governor of Florida, endorsed the bill, as did his brother George W. Bush.',
  'Annalena Baerbock, Germany\'s foreign minister, arrived in Beijing late on Sunday.',
  'Justin Trudeau announced a new cabinet in Ottawa; Mélanie Joly stays at Global Affairs.',
  'Maria Zakharova, the Russian foreign ministry spokeswoman, dismissed the report as fake news.',
  'NATO Secretary General Jens Stoltenberg said the alliance would not be drawn into the war.',
  'The White House said President Joe Biden would travel to Warsaw next month.',
  'Talks in Geneva ended without a deal, and the Nord Stream 2 pipeline remains idle.',
  'On Monday, the Organization for Security and Co-operation in Europe met in Vienna.',
  'Mark Carney, the former Bank of England governor, is expected to run for the Liberal leadership.',
  'Giorgia Meloni met Mario Draghi and Sergio Mattarella at the Quirinale Palace in Rome.',
  'Tom Hanks and Rita Wilson attended the premiere in New York with Steven Spielberg.',
  'Analysts at Goldman Sachs said the Federal Reserve would keep rates on hold until June.',
  'Farmer Ruth Ashworth, 54, said the floods had wiped out half of her barley crop.',
  'Councillor Amir Khan told the meeting that the new bus lane had cut journey times.',
  'The author Hilary Mantel, who died in 2022, won the Booker Prize twice.',
  'Recep Tayyip Erdogan hosted Viktor Orban in Istanbul, according to the presidency.',
  'Antonio Guterres, the UN Secretary-General, called for an immediate ceasefire in Gaza.',
  'The Cold War ended more than three decades ago, but its shadow still falls on Berlin.',
  'Police in Manchester named the victim as Sarah Whitfield, a nurse from Salford.',
  'Dmitry Medvedev, the deputy chairman of Russia\'s Security Council, posted a threat on Telegram.',
  'Keir Starmer and Rishi Sunak clashed over tax at Prime Minister\'s Questions on Wednesday.',
  'A spokesman for the US State Department said Antony Blinken would visit Kyiv on Friday.',
  'Ahmed Hassan, a shopkeeper in Cairo, said prices had doubled since the spring.',
  'Sergei Ryabkov, the deputy foreign minister, said Russia wanted legal guarantees.',
  'The striker Harry Kane scored twice as England beat Italy at Wembley on Saturday.',
  'Frank-Walter Steinmeier, the German president, laid a wreath at the memorial in Babyn Yar.',
  'Jill Biden and Hunter Biden joined the president at Camp David for the weekend.',
  'Michael Johnson, a retired sprinter, said the new track at the stadium was fast.',
  'Lavrov’s deputy, Sergei Ryabkov, later said Moscow had not set a deadline for an answer.',
  'Ursula von der Leyen, the European Commission president, met Charles Michel in Brussels.',
  'Dmytro Kuleba and Andriy Yermak flew to Washington for talks with Jake Sullivan.',
  'Mark Carey, a builder from Leeds, said the road had been unsafe for years.',
  'Tony Blain, a plumber, told the inquiry that the pipes were older than the house.'
]

describe('name-spelling: correct copy is left alone', () => {
  it('has enough cases', () => {
    expect(correct.length).toBeGreaterThanOrEqual(30)
  })

  for (const text of correct) {
    it(text, async () => {
      expect(await findings(text)).toEqual([])
      expect(await findings(text, {knowledge})).toEqual([])
    })
  }
})
