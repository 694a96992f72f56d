// Values vitest.config.ts provides to the tests (`inject`).
declare module "vitest" {
  export interface ProvidedContext {
    /** How many requests the contract fuzzer generates. */
    fuzzRuns: number;
    /** The fast-check seed, printed so a failure can be replayed. */
    fuzzSeed: number;
  }
}

export {};
