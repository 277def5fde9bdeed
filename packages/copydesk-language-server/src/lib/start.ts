import {createUnifiedLanguageServer} from 'unified-language-server'
import {installFixAll} from './fix-all-feature.js'
import {languageServerOptions} from './options.js'

const transports = new Set(['--stdio', '--node-ipc', '--socket', '--pipe'])

/**
 * Usage of the `copydesk-language-server` command.
 */
export const usage = `Usage: copydesk-language-server [--stdio | --node-ipc | --socket=<port> | --pipe=<name>]
       copydesk-language-server --help | --version

Language server for copydesk: reports copydesk's findings in .md and .txt
documents as diagnostics, with quick fixes. Started by an editor, not by hand;
talks over standard input and output unless another transport is given.
`

/**
 * Start the language server on the transport named in `argv` (the
 * arguments after the script), standard input and output when none is.
 * `--help` and `--version` print and return `false` without starting.
 */
export function startLanguageServer(argv: ReadonlyArray<string>, io: {stdout: NodeJS.WritableStream; version: string}): boolean {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.stdout.write(usage)
    return false
  }
  if (argv.includes('--version') || argv.includes('-v')) {
    io.stdout.write(io.version + '\n')
    return false
  }
  // vscode-languageserver reads the transport from `process.argv` and
  // refuses to start without one; editors that run a bare command get stdio.
  if (!argv.some((arg) => transports.has(arg.split('=')[0]!))) {
    process.argv.push('--stdio')
  }
  installFixAll()
  createUnifiedLanguageServer(languageServerOptions)
  return true
}
