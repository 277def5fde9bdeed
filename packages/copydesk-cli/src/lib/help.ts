/**
 * Text of `copydesk --help`.
 */
export function helpText(version: string): string {
  return `copydesk ${version}: check news copy for misspelt names, wrong titles, contradicting dates,
garbled punctuation and web-page debris.

Usage: copydesk [options] [files, folders or globs...]

With no files, reads text from standard input.
Files: .txt, .text (plain text), .md, .markdown (Markdown).

Options:
  --report <name>       stylish (default), json, sarif or github
  --date <YYYY-MM-DD>   date the copy was written (else worked out from the text)
  --knowledge <file>    newsroom style sheet (YAML or JSON); repeat for more
  --corpus              also compare the files with each other as one story package
  --max-warnings <n>    exit 1 when there are more than n warnings
  --fix                 apply the fixes findings carry, write the files (atomically),
                        then report what remains; with standard input, print the
                        fixed text on stdout
  --fix-dry-run         print the fixes as a unified diff; write nothing
  --since <git-ref>     check only .md/.markdown/.txt/.text files changed since the
                        ref (and untracked ones git does not ignore)
  --concurrency <n>     check files in n worker threads when there are more than n
                        (default: one thread per CPU, for 1,000 files or more);
                        1 checks every file in the main thread
  --shard <i/n>         check only part i of n of the files (split by a hash of
                        each path), for CI matrix jobs over a large archive
  --corpus-index <file.json>
                        write this run's corpus data (for other shards); turns
                        on --corpus
  --corpus-merge <file.json>...
                        compare this run's files with the indexed ones of other
                        shards, reporting only this run's files; turns on --corpus
  -q, --quiet           report errors only
  --color, --no-color   force colour on or off (default: on for a terminal)
  -h, --help            show this help
  -v, --version         show the version

Configuration: .copydeskrc, .copydeskrc.json, .copydeskrc.yaml, .copydeskrc.yml,
.copydeskrc.js or a "copydesk" field in package.json, found upward from each file:
  {"settings": {"rules": {"garbled-punctuation": "off"}, "date": "2022-01-10"}}
Ignored files: .copydeskignore (gitignore syntax).

Exit status: 0 clean, 1 errors found (or more warnings than --max-warnings),
2 the run could not be done (bad flag, missing file, bad config, unreadable file,
a file --fix could not write, --since outside a git repository or with an
unknown ref, a bad or unwritable corpus index). After --fix, the status is that of the findings that remain.
`
}
