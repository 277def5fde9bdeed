import {execFileSync} from 'node:child_process'
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {parse} from 'acorn'
import {ancestor, simple} from 'acorn-walk'
import {checkSync} from 'recheck'
import {describe, expect, it} from 'vitest'
import {root} from './support/cli.js'

// Every regular expression the rules, the preset, the CLI and the language
// server run on copy is checked for catastrophic backtracking, statically by
// recheck and by timing worst-case inputs. The built files are scanned (tsc -b
// runs before the tests), so what is checked is what ships.

/** Packages whose code runs on copy; the bench, test kit and demo bundle are left out. */
const shipped = readdirSync(join(root, 'packages')).filter(
  (name) => !['bench', 'test-kit', 'copydesk-web-demo'].includes(name)
)

interface Pattern {
  file: string
  source: string
  flags: string
}

function builtFiles(): string[] {
  const files: string[] = []
  for (const name of shipped) {
    const dist = join(root, 'packages', name, 'dist')
    let entries: string[]
    try {
      entries = readdirSync(dist, {recursive: true, encoding: 'utf8'})
    } catch {
      continue
    }
    for (const entry of entries) if (entry.endsWith('.js')) files.push(join(dist, entry))
  }
  return files.sort()
}

const files = builtFiles()
const literals: Pattern[] = []
/** `new RegExp(…)` calls, by file, and whether each is at the top level of its module. */
const constructed: Array<{file: string; topLevel: boolean}> = []

for (const file of files) {
  const tree = parse(readFileSync(file, 'utf8'), {ecmaVersion: 'latest', sourceType: 'module'})
  const relative = file.slice(root.length)
  simple(tree, {
    Literal(node) {
      const regex = (node as {regex?: {pattern: string; flags: string}}).regex
      if (regex) literals.push({file: relative, source: regex.pattern, flags: regex.flags})
    }
  })
  ancestor(tree, {
    NewExpression(node, _state, ancestors) {
      const callee = node.callee
      if (callee.type !== 'Identifier' || callee.name !== 'RegExp') return
      const topLevel = !ancestors.some((parent) =>
        ['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression', 'MethodDefinition'].includes(parent.type)
      )
      constructed.push({file: relative, topLevel})
    }
  })
}

/**
 * The patterns built with `new RegExp` when the modules load: a child process
 * wraps the constructor, imports every built module, and prints what was built.
 */
function constructedPatterns(): Pattern[] {
  // Library modules only: the entry points (bin, server, bench) run when imported.
  const modules = files.filter((file) => /[\\/]dist[\\/](?:lib|data)[\\/]/.test(file)).map((file) => 'file://' + file)
  const out = execFileSync(process.execPath, [join(root, 'tests/support/built-patterns.js')], {
    env: {...process.env, COPYDESK_MODULES: JSON.stringify(modules)},
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 16 * 1024 * 1024
  })
  return (JSON.parse(out) as Array<{source: string; flags: string}>).map((pattern) => ({file: '(built at load)', ...pattern}))
}

/** Inputs that make backtracking patterns slow: long runs of what they tend to repeat. */
const hostileInputs = ['a', ' ', '\t', '.', '-', ',', '\n', 'A ', 'a.', '<!--', '(', '"', '1', 'Aa', '\u0000'].map((unit) =>
  unit.repeat(Math.ceil(50_000 / unit.length))
)

/** The longest time one pattern may take on one 50,000-character input; linear patterns take well under 10 ms. */
const budget = 1000

describe('regular expressions', () => {
  it('finds the patterns it checks', () => {
    expect(files.length).toBeGreaterThan(50)
    expect(literals.length).toBeGreaterThan(100)
  })

  it('builds every `new RegExp` at the top level of a module, where the check sees it', () => {
    expect(constructed.filter((call) => !call.topLevel)).toEqual([])
  })

  const patterns = [...literals, ...constructedPatterns()]
  const unique = new Map<string, Pattern>()
  for (const pattern of patterns) unique.set(`/${pattern.source}/${pattern.flags}`, pattern)

  it('has no pattern that recheck finds vulnerable to backtracking', () => {
    const unsafe: string[] = []
    for (const [written, pattern] of unique) {
      const result = checkSync(pattern.source, pattern.flags, {timeout: 10_000})
      if (result.status === 'vulnerable') {
        unsafe.push(`${pattern.file}: ${written} is ${result.complexity.type} on ${result.attack.pattern}`)
      }
    }
    expect(unsafe).toEqual([])
  }, 120_000)

  it('runs every pattern on long hostile input within the time budget', () => {
    const slow: string[] = []
    for (const [written, pattern] of unique) {
      for (const input of hostileInputs) {
        const expression = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : pattern.flags + 'g')
        const start = performance.now()
        let count = 0
        // Walk every match as `matchAll` and `replace` do, stepping over empty ones.
        for (let match = expression.exec(input); match && count < 100_000; match = expression.exec(input)) {
          if (match[0] === '') expression.lastIndex++
          count++
        }
        const took = performance.now() - start
        if (took > budget) slow.push(`${pattern.file}: ${written} took ${Math.round(took)} ms on ${JSON.stringify(input.slice(0, 8))}…`)
      }
    }
    expect(slow).toEqual([])
  }, 300_000)
})
