/** Copy with one fault of each common kind, for the page's example button. */
export const exampleCopy =
  'US Secretary of State Anthony Blanken met NATO Secretary-General Jens Stoltenberg in Brussels on Monday.\n\n' +
  'ALSO READ: What the talks mean for Europe\n\n' +
  'The allies said they would act to guarantee. the security of their members.\n'
