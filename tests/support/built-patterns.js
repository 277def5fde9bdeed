// Prints, as JSON, the patterns that copydesk's own built modules construct
// with `new RegExp` while loading. Run as a child process: it wraps the global
// constructor before importing the modules named in COPYDESK_MODULES.
const seen = []
const Native = RegExp
const ours = /[\\/]packages[\\/][^\\/]+[\\/]dist[\\/]/

globalThis.RegExp = new Proxy(Native, {
  construct(target, args) {
    const made = Reflect.construct(target, args)
    // The frame after this trap is the code that built the pattern.
    const caller = (new Error().stack ?? '').split('\n')[2] ?? ''
    if (ours.test(caller) && !caller.includes('node_modules')) seen.push({source: made.source, flags: made.flags})
    return made
  }
})

for (const file of JSON.parse(process.env.COPYDESK_MODULES ?? '[]')) await import(file)
process.stdout.write(JSON.stringify(seen))
