import {describe, expect, test} from 'vitest'
import * as forNode from '../src/lib/modules-node.js'
import * as forBundles from '../src/lib/modules.js'

describe('the lazily loaded modules', () => {
  test.each([
    ['Node.js', forNode],
    ['bundlers', forBundles]
  ])('for %s give a working Ajv and yaml', (_, modules) => {
    const Ajv = modules.loadAjv()
    const validate = new Ajv({allErrors: true}).compile({type: 'object', required: ['name']})
    expect(validate({name: 'x'})).toBe(true)
    expect(validate({})).toBe(false)
    expect(modules.loadYaml().parse('people:\n  - id: a\n')).toEqual({people: [{id: 'a'}]})
  })

  test('Node.js loads the same modules as a static import would', async () => {
    expect(forNode.loadYaml().parse).toBe((await import('yaml')).parse)
  })
})
