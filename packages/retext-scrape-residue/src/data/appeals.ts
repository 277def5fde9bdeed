/**
 * A publisher's appeal for money. A sentence is an appeal when it holds one
 * of these and either opens with it (“Support fearless and fair journalism
 * today.”) or speaks as “we”, “our”, “you” or “your” (“Kindly spare a minute
 * to donate to support our writers.”): “The fund will support independent
 * journalism in the region.” is reporting, not an appeal. A line whose
 * sentences are mostly appeal or about-us text is a donation appeal.
 */
export const appealMarkers: ReadonlyArray<string> = [
  'spare a minute to donate',
  'kindly spare a minute',
  'donate to support',
  'donate now',
  'donate today',
  'make a donation',
  'make a contribution',
  'consider donating',
  'consider supporting us',
  'consider making a contribution',
  'support us by',
  'support us with',
  'support us today',
  'support our writers',
  'support our cause',
  'support our journalism',
  'support our work',
  'support our mission',
  'support fearless and fair journalism',
  'support independent journalism',
  'support quality journalism',
  'support fearless journalism',
  'your financial support',
  'your support goes',
  'your contribution goes',
  'in the form of donations',
  'we depend on support',
  'we depend on your support',
  'we rely on your support',
  'we rely on donations',
  'we depend on donations',
  'keep our operations running',
  'become a member',
  'become a supporter',
  'contribute now',
  'every contribution, however'
]

/**
 * A publisher describing itself. These prove nothing alone (a report may say
 * a charity “was founded in 1998”), so a line counts as about-us text only
 * when at least two of its sentences carry one, two thirds of its sentences
 * do, and one of those sentences speaks as “we” or “our”.
 */
export const aboutMarkers: ReadonlyArray<string> = [
  'was founded in',
  'alternative to mainstream media',
  'our team of journalists',
  'our team of reporters',
  'our team of editors',
  'team of journalists and editors',
  'we are a not-for-profit',
  'we are a non-profit',
  'we are a nonprofit',
  'we are an independent',
  'we have a strong dedication',
  'we are committed to',
  'our mission is',
  'our mission',
  'principles and ethics of journalism',
  'publishing authentic news',
  'publishing real news',
  'deliver real stories',
  'our organisation',
  'our organization',
  'our operations',
  'our news',
  'our readers',
  'our writers',
  'our journalists',
  'our cause',
  'helps us'
]

/** Words in which a publisher speaks of itself. */
export const publisherWords: ReadonlyArray<string> = ['we', 'our', 'us', 'ours', 'ourselves']

/** Words in which a publisher speaks to its reader. */
export const readerWords: ReadonlyArray<string> = ['you', 'your', 'yours']
