export { createManifest, hashInputs, MANIFEST_NAME, sha256, type Manifest, type ManifestEntry } from './manifest.js';
export { writeOutputs, type WriteOptions, type WriteResult } from './write-outputs.js';
export { DocumentCache } from './cache.js';
