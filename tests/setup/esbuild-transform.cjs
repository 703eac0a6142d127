// Jest's TypeScript transform: esbuild strips the types, emitting ES modules where jest runs them as such.
const { createHash } = require("node:crypto");
const { transformSync, version } = require("esbuild");

module.exports = {
  process(source, path, options) {
    const out = transformSync(source, {
      loader: "ts",
      format: options.supportsStaticESM ? "esm" : "cjs",
      target: "node20",
      sourcemap: "inline",
      sourcefile: path,
    });
    return { code: out.code };
  },
  getCacheKey(source, path, options) {
    return createHash("sha1").update(`${version}|${options.supportsStaticESM}|${path}|`).update(source).digest("hex");
  },
};
