export { buildInputsSha256, createManifest, hashInputs, MANIFEST_NAME, sha256, templatesSha256, type CheckRecord, type Manifest, type ManifestEntry } from './manifest.js';
export { makeUnit, type MakeSettings, type UnitJob, type UnitResult } from './make-unit.js';
export { writeOutputs, type DocumentMaker, type WriteOptions, type WriteResult } from './write-outputs.js';
