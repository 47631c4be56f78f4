export { createManifest, hashInputs, sha256, type Manifest, type ManifestEntry } from './manifest.js';
export { MANIFEST_NAME, writeOutputs } from './write-outputs.js';
