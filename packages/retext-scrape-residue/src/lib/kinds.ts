/**
 * The kinds of page debris the rule reports; each names itself in the
 * message reason.
 */
export type Kind =
  | 'about'
  | 'appeal'
  | 'click'
  | 'comment'
  | 'contact'
  | 'cookie'
  | 'credit'
  | 'custom'
  | 'email'
  | 'follow'
  | 'headline'
  | 'label'
  | 'link'
  | 'login'
  | 'navigation'
  | 'platforms'
  | 'share'
  | 'tags'

/** How a reason names a kind of debris and what the copy should have instead. */
export interface Wording {
  readonly what: string
  readonly expected: string
}

export const wording: Readonly<Record<Kind, Wording>> = {
  about: {what: 'publisher’s about-us text', expected: 'no site boilerplate in the copy'},
  appeal: {what: 'donation appeal', expected: 'no fundraising appeal in the copy'},
  click: {what: 'click-here prompt', expected: 'no link prompt in the copy'},
  comment: {what: 'comment widget', expected: 'no comment box in the copy'},
  contact: {what: 'site contact line', expected: 'no contact details of the website in the copy'},
  cookie: {what: 'cookie notice', expected: 'no cookie banner in the copy'},
  credit: {what: 'site credit', expected: 'no website credit in the copy'},
  custom: {what: 'page debris', expected: 'no line the newsroom lists as debris'},
  email: {what: 'protected e-mail', expected: 'the real address: a web page’s protection script replaced it'},
  follow: {what: 'follow-us appeal', expected: 'no social-media appeal in the copy'},
  headline: {what: 'repeated headline', expected: 'the headline once'},
  label: {what: 'page label', expected: 'no web-page label in the copy'},
  link: {what: 'related-link line', expected: 'no link teaser in the copy'},
  login: {what: 'login prompt', expected: 'no login prompt in the copy'},
  navigation: {what: 'page navigation', expected: 'no navigation bar in the copy'},
  platforms: {what: 'run-together link labels', expected: 'no share or follow links in the copy'},
  share: {what: 'share widget', expected: 'no sharing buttons in the copy'},
  tags: {what: 'tag line', expected: 'no tag list in the copy'}
}

/** Kinds whose whole-line findings still leave the decision to a person. */
export const undecided: ReadonlySet<Kind> = new Set<Kind>(['about', 'headline'])
