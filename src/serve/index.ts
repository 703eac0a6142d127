// The serve stage: the viewer's HTTP server and its graph sources.
export { startViewerServer, type RunningViewer } from "./server.js";
export { resolveServeOptions, DEFAULT_SERVE_OPTIONS, ServeError, type ServeOptions } from "./options.js";
export { fileSource, type GraphSource, type CypherService, type CypherResult, type LibraryQuery } from "./source.js";
export { CypherRequest, assertReadOnly } from "./api.js";
