import type {WordToken} from './tokens.js'

/** What a word has been taken for. */
export type Use = 'organisation' | 'name' | 'title'

/**
 * One block being read: its words, what each word has been taken for, and the
 * document's text (names are sliced from it, so they keep their exact spelling).
 */
export interface BlockState {
  block: number
  words: WordToken[]
  /** Each word's bits (`word-flags.ts`). */
  flags: number[]
  used: Array<Use | undefined>
  value: string
}

/** Whether a word may still become part of a title (organisations may: "NATO Secretary-General"). */
export function isFree(state: BlockState, index: number): boolean {
  const use = state.used[index]
  return use === undefined || use === 'organisation'
}
