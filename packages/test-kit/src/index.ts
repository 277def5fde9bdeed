export {readmeExamples, checkReadmeExamples} from './readme-examples.js'
export type {ReadmeExample} from './readme-examples.js'
export {applyExpected} from './apply-expected.js'
export {misplacedMessages} from './places.js'
