// mapshaper ships no type declarations; this covers only the Node API that scripts/ uses.
declare module 'mapshaper' {
  /** Contents of the files written by `-o` commands, keyed by file name. */
  export type MapshaperOutput = Record<string, string | Uint8Array>;

  /** mapshaper's programmatic interface (subset). */
  interface Mapshaper {
    /**
     * Runs a command line (string or pre-split tokens) against in-memory input files keyed by
     * file name, and resolves with the output files instead of writing them to disk.
     */
    applyCommands(
      commands: string | string[],
      input?: Record<string, string | object>,
    ): Promise<MapshaperOutput>;
  }

  const mapshaper: Mapshaper;
  export default mapshaper;
}
