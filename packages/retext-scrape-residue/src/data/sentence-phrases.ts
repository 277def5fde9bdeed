import type {Kind} from '../lib/kinds.js'

/**
 * Phrases that make a whole sentence page debris wherever they occur in it:
 * invitations addressed to the site's reader (follow us, mail us, log in to
 * comment, click here) and cookie banners. They are written in the site's
 * own voice, so reported speech about a company (“Facebook said …”, “users
 * who log in …”, “the app uses cookies to …”) does not contain them.
 * Sentences with quotation marks are never matched: a quote may contain
 * anything.
 *
 * `platform: true` phrases only count when the sentence also names a social
 * platform (`You can connect with Ground Report on Facebook`), because the
 * phrase alone is ordinary English (“You can connect with friends”).
 */
export const sentencePhrases: ReadonlyArray<{
  readonly kind: Kind
  readonly platform?: boolean
  readonly phrases: ReadonlyArray<string>
}> = [
  {
    kind: 'follow',
    phrases: [
      'follow us on',
      'follow us at',
      'follow us for',
      'like us on',
      'subscribe to our',
      'subscribe to us',
      'connect with us',
      'join us on',
      'join our whatsapp',
      'join our telegram',
      'stay connected with us',
      'sign up for our newsletter',
      'sign up to our newsletter',
      'download our app'
    ]
  },
  {kind: 'follow', platform: true, phrases: ['you can connect with', 'you can follow', 'you can also follow', 'find us on', 'get the latest news on']},
  {
    kind: 'contact',
    phrases: [
      'mail us at',
      'email us at',
      'e-mail us at',
      'mail us on',
      'write to us at',
      'write to us on',
      'contact us at',
      'reach us at',
      'for suggestions and writeups',
      'for suggestions and write-ups',
      'send us your feedback',
      'send us your news'
    ]
  },
  {kind: 'click', phrases: ['click here']},
  {
    kind: 'login',
    phrases: [
      'you need to login',
      'you need to log in',
      'you need to be logged in',
      'you must be logged in',
      'you must log in',
      'log in to leave a comment',
      'login to leave a comment',
      'log in to post a comment',
      'login to post a comment',
      'sign in to leave a comment',
      'register to post a comment'
    ]
  },
  {
    kind: 'cookie',
    phrases: [
      'we use cookies',
      'this website uses cookies',
      'this site uses cookies',
      'our website uses cookies',
      'our site uses cookies',
      'by continuing to use this site',
      'by continuing to use this website',
      'by continuing to use our site',
      'by continuing to use our website',
      'by continuing to browse',
      'you agree to our use of cookies',
      'you consent to our use of cookies',
      'you consent to the use of cookies'
    ]
  }
]
