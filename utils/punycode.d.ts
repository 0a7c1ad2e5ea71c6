// punycode.js ships no types; the trailing slash picks the npm package over Node's deprecated
// built-in of the same name.
declare module 'punycode/' {
  export function toUnicode(domain: string): string;
  export function toASCII(domain: string): string;
}
