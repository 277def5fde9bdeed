declare module 'virtual:copydesk-bundled-sheets' {
  /**
   * Every YAML file of `@copydesk/knowledge`'s `data/`, parsed at build time,
   * in the order `loadKnowledge` reads them; `file` is `data/<folder>/<name>`.
   */
  export const bundledSheets: ReadonlyArray<{file: string; sheet: unknown}>
}
