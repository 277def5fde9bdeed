import type {Kind} from '../lib/kinds.js'

/**
 * Lines that are web-page furniture when they stand alone: buttons, widget
 * headings and labels a scraper copies with the story. Matched against the
 * whole line (or one sentence of it), case-insensitively, ignoring trailing
 * `:`, `.`, `!`, `»` and dashes; a run of digits matches any number
 * (`12 Comments`). None of them is a sentence a reporter writes.
 */
export const labels: ReadonlyArray<{readonly kind: Kind; readonly phrases: ReadonlyArray<string>}> = [
  {
    kind: 'share',
    phrases: [
      'share',
      'share it',
      'share now',
      'share on',
      'share via',
      'share this',
      'share this on',
      'share this post',
      'share this post on',
      'share this article',
      'share this article on',
      'share this story',
      'share this story on',
      'share the story',
      'share article',
      'share story',
      'share this page',
      'tweet this',
      'pin it',
      'email this',
      'email this article',
      'print this',
      'print this article',
      'print this page',
      'copy link',
      'link copied'
    ]
  },
  {
    kind: 'comment',
    phrases: [
      'leave a comment',
      'leave a reply',
      'leave a reply cancel reply',
      'cancel reply',
      'post a comment',
      'post comment',
      'add a comment',
      'add comment',
      'write a comment',
      'submit comment',
      'comments',
      '0 comments',
      '0 comment',
      'no comments',
      'no comments yet',
      'view comments',
      'show comments',
      'hide comments',
      'load comments',
      'comments are closed',
      'be the first to comment',
      'join the conversation',
      'join the discussion'
    ]
  },
  {
    kind: 'login',
    phrases: [
      'log in',
      'log-in',
      'login',
      'log out',
      'logout',
      'sign in',
      'sign-in',
      'sign out',
      'sign up',
      'register',
      'log in to comment',
      'login to comment',
      'sign in to comment',
      'log in to leave a comment',
      'login to leave a comment'
    ]
  },
  {
    kind: 'follow',
    phrases: [
      'follow us',
      'follow us on',
      'subscribe',
      'subscribe now',
      'subscribe to our newsletter',
      'sign up for our newsletter',
      'sign up to our newsletter',
      'join our newsletter',
      'get the app',
      'download the app',
      'download our app'
    ]
  },
  {
    kind: 'link',
    phrases: [
      'also read',
      'read also',
      'read more',
      'read next',
      'see also',
      'related',
      'related posts',
      'related articles',
      'related stories',
      'related news',
      'related content',
      'related coverage',
      'more stories',
      'more news',
      'more from',
      'more like this',
      'you may also like',
      'you might also like',
      'recommended',
      'recommended for you',
      'recommended stories',
      'recommended articles',
      'don’t miss',
      "don't miss",
      'must read',
      'next article',
      'previous article',
      'next story',
      'previous story',
      'next post',
      'previous post',
      'editor’s picks',
      "editor's picks",
      'top stories',
      'most read',
      'most popular',
      'trending now',
      'trending stories'
    ]
  },
  {
    kind: 'label',
    phrases: [
      'new update',
      'advertisement',
      'advertisement - scroll to continue',
      'scroll to continue with content',
      'sponsored',
      'sponsored content',
      'paid content',
      'story continues below',
      'story continues below advertisement',
      'article continues below',
      'article continues below advertisement',
      'continue reading',
      'continue reading below',
      'continue reading the main story',
      'skip to content',
      'skip to main content',
      'listen to this article',
      'listen to this story',
      'back to top',
      'loading',
      'trending',
      'breaking news',
      'live updates',
      'latest news',
      'all rights reserved',
      'privacy policy',
      'terms of use',
      'terms and conditions'
    ]
  },
  {
    kind: 'cookie',
    phrases: ['cookie policy', 'cookie settings', 'cookie preferences', 'accept all cookies', 'accept cookies', 'manage cookies', 'reject all cookies']
  }
]
