// jsdom ships no type declarations; this covers only what scripts/import uses: parsing a saved page.
declare module 'jsdom' {
  /** A parsed HTML document with its window (the DOM types are the standard library's). */
  export class JSDOM {
    constructor(html: string);
    readonly window: Window & typeof globalThis;
  }
}
