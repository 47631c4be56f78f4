export { buildInputsSha256, createManifest, MANIFEST_NAME, sha256, templatesSha256, type CheckRecord, type Manifest, type ManifestEntry } from './manifest.js';
export type { MakeSettings, UnitJob, UnitResult } from './make-unit.js';
export { writeOutputs, type DocumentMaker, type WriteOptions, type WriteResult } from './write-outputs.js';
