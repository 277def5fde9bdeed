import type {Kind} from '../lib/kinds.js'

/**
 * How the rest of a line must look after an opener for the line to be debris.
 *
 * - `separator`: the opener is followed by `:`, `|`, `>` or `»`, or by a
 *   dash or `/` with a space after it (or it ends the line): `ALSO READ: …`,
 *   `Tags: #ukraine`, `Watch – …`. “Read more about it in the report.” and
 *   “Read-only access was granted.” have no separator and are left alone.
 * - `short`: the line is at most eight words and, if longer than five, does
 *   not end in a full stop: `Powered by`, `Designed by Acme Web`,
 *   `Copyright 2022 Ground Report.`, but not “Powered by solar panels, the
 *   plant lights the town.”
 */
export type OpenerRule = 'separator' | 'short'

/**
 * Words that open a line of page debris. Matched at the start of a line,
 * case-insensitively, on word boundaries.
 */
export const openers: ReadonlyArray<{readonly kind: Kind; readonly rule: OpenerRule; readonly phrases: ReadonlyArray<string>}> = [
  {
    kind: 'link',
    rule: 'separator',
    phrases: [
      'also read',
      'read also',
      'read more',
      'read next',
      'read',
      'also see',
      'see also',
      'also watch',
      'watch',
      'watch also',
      'related',
      'related story',
      'related stories',
      'related article',
      'related articles',
      'related news',
      'related posts',
      'related reading',
      'related coverage',
      'recommended',
      'recommended for you',
      'must read',
      'must watch',
      'more',
      'more from',
      'more on this',
      'more news',
      'more stories',
      'don’t miss',
      "don't miss",
      'do not miss',
      'you may also like',
      'you might also like',
      'further reading',
      'suggested',
      'suggested reading',
      'top stories',
      'trending',
      'editor’s picks',
      "editor's picks"
    ]
  },
  {
    kind: 'tags',
    rule: 'separator',
    phrases: ['tags', 'tagged', 'tagged with', 'tagged as', 'topics', 'keywords', 'hashtags', 'filed under', 'categories', 'category']
  },
  {
    kind: 'share',
    rule: 'separator',
    phrases: ['share', 'share this', 'share this post', 'share this article', 'share this story', 'share on', 'share via']
  },
  {
    kind: 'follow',
    rule: 'separator',
    phrases: ['follow us', 'follow us on', 'connect with us', 'connect with us on', 'find us on', 'like us on']
  },
  {
    kind: 'credit',
    rule: 'short',
    phrases: ['powered by', 'designed by', 'developed by', 'website by', 'site by', 'website designed by', 'copyright', '©']
  }
]
