import {readFileSync} from 'node:fs'
import {startLanguageServer} from './lib/start.js'

const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {version: string}

startLanguageServer(process.argv.slice(2), {stdout: process.stdout, version: manifest.version})
