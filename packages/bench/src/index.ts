// Entry point of `pnpm bench` (the root script runs dist/index.js).
import {main} from './lib/main.js'

await main(process.argv.slice(2))
