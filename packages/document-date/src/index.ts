export {documentDate, documentYear, describeDocumentDate} from './lib/document-date.js'
export {inferDateFromRoles, inferDateFromTerms, listTerms, roleTerms} from './lib/roles.js'
export {roleClaims} from './lib/role-claims.js'
export {findDateline, datelineIn} from './lib/dateline.js'
export type {DatelineDate} from './lib/dateline.js'
export {frontMatterDate} from './lib/front-matter.js'
export {validateDateOption} from './lib/option-date.js'
export {
  addDays,
  daysBetween,
  daysInMonth,
  firstDayOf,
  formatIsoDate,
  formatLongDate,
  isLeapYear,
  isValidDay,
  lastDayOf,
  monthNames,
  parseIsoDate,
  weekdayNames,
  weekdayOf
} from './lib/calendar.js'
export type {CalendarDay} from './lib/calendar.js'
export type {
  DocumentDate,
  DocumentDateOptions,
  RoleClaim,
  RoleInference,
  RoleTerm
} from './lib/types.js'
