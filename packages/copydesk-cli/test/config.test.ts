import {describe, expect, it} from 'vitest'
import {ConfigError, configHandling, findConfigError} from '../src/index.js'

describe('configHandling', () => {
  const {configTransform, defaultConfig} = configHandling('/desk', {date: '2022-01-11', corpus: true})

  it('lays flags over the config file’s settings', () => {
    expect(configTransform({settings: {date: '2022-01-10', rules: {}}}, '/desk/.copydeskrc.json')).toEqual({
      settings: {date: '2022-01-11', corpus: true, rules: {}}
    })
    expect(defaultConfig).toEqual({settings: {date: '2022-01-11', corpus: true}})
  })

  it('keeps plugins the file lists', () => {
    expect(configTransform({plugins: ['x'], settings: {}}, '/desk/.copydeskrc.json')).toEqual({plugins: ['x'], settings: {date: '2022-01-11', corpus: true}})
  })

  it.each([
    [[], 'expected an object with `settings` (and optionally `plugins`)'],
    [{rules: {}}, 'Unexpected key `rules`, expected `settings` or `plugins`'],
    [{settings: {corpus: 1}}, 'Unexpected `1` for `settings.corpus`, expected `true` or `false`']
  ])('rejects %j naming the file', (config, reason) => {
    let error: unknown
    try {
      configTransform(config, '/desk/sub/.copydeskrc.yaml')
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(ConfigError)
    expect((error as ConfigError).file).toBe('sub/.copydeskrc.yaml')
    expect((error as ConfigError).message).toBe(reason)
  })
})

describe('findConfigError', () => {
  it('finds a ConfigError in a chain of causes', () => {
    const inner = new ConfigError('.copydeskrc.json', 'bad')
    expect(findConfigError(new Error('Cannot process file', {cause: new Error('Cannot parse file `.copydeskrc.json`', {cause: inner})}))).toBe(inner)
  })

  it('turns an unparsable config file into one', () => {
    const found = findConfigError(new Error('Cannot parse file `.copydeskrc.json`', {cause: new Error('Unexpected end of JSON input while parsing "{"\nmore')}))
    expect(found?.file).toBe('.copydeskrc.json')
    // The quoted stretch of the file is dropped: it repeats the file with escaped line breaks.
    expect(found?.message).toBe('Unexpected end of JSON input')
  })

  it('ignores other errors', () => {
    expect(findConfigError(new Error('ENOENT'))).toBeUndefined()
    expect(findConfigError(undefined)).toBeUndefined()
  })
})
