export { DATA_PATTERN, displayPath, parseDataText, readDataFiles, type LoadResult, type ParsedFile } from './read-data-files.js';
export { locate, locateKey, type Position } from './locate.js';
export { missingTemplates, readTemplates, type TemplateFn, type Templates } from './read-templates.js';
