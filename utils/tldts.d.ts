// tldts's own minified ES module (utils/domain.ts says why it is imported instead of the package
// root): the same functions, so the same types.
declare module 'tldts/dist/index.esm.min.js' {
  export * from 'tldts';
}
