// The IngestResult contract (zod schemas) produced by @factline/ingest; filled in with the
// ingest package.
export {};
