// Writes a brotli (.br) and a gzip (.gz) copy of every file of the built
// site, which the server sends to browsers that accept them. Run after
// `cargo leptos build --release`.
//
// cargo-leptos can do this itself (--precompress), but then it builds the
// browser bundle and the server one after the other instead of at once,
// and its compressors run unoptimized in the debug build that setup.sh
// installs: half a minute for the wasm alone, where Node's take a second.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, gzipSync, constants } from "node:zlib";

const site = process.argv[2];
if (!site) {
  console.error("usage: node precompress.mjs SITE_ROOT");
  process.exit(2);
}

function* files(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (entry.isFile()) yield path;
  }
}

let count = 0;
// Listed first: the copies written below are not compressed again.
for (const path of [...files(site)]) {
  if (path.endsWith(".br") || path.endsWith(".gz")) continue;
  const data = readFileSync(path);
  writeFileSync(`${path}.br`, brotliCompressSync(data, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
    },
  }));
  writeFileSync(`${path}.gz`, gzipSync(data, { level: 9 }));
  count += 1;
}
console.log(`precompressed ${count} files in ${site}`);
