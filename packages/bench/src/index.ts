// Entry point of `pnpm bench` (the root script runs dist/index.js); with
// `--stage <name> <amount>` it is one stage of the bench in a child process.
import {main, stage} from './lib/main.js'

const argv = process.argv.slice(2)
await (argv[0] === '--stage' ? stage(argv.slice(1)) : main(argv))
