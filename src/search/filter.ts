// What a search narrows to and what it gives back, shared by the search entry point and both engines' stores.
export type SearchFilter = { columnId?: number; topic?: string; genre?: string; validity?: string; year?: number };
/** `keys` are sort keys (doc.ts), best first. */
export type SearchResult = { total: number; keys: number[] };
