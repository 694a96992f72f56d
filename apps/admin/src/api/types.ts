// Kept only while pages/ingest.tsx (another change in flight) imports from here; these are the
// contract's derived types, not copies. New code imports ./contract.
export type { IngestAccepted, IngestDraft } from "./contract";
