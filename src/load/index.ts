export { displayFolder, displayPath } from './display-path.js';
export { locate, locateKey, type Position } from './locate.js';
export { parseYaml, type ParsedFile } from './parse-yaml.js';
export { readDataFiles, type LoadResult } from './read-data-files.js';
export { decode } from './read-text.js';
export { missingTemplates, readTemplates, type Template, type TemplateFn, type Templates } from './read-templates.js';
