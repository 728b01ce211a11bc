// Copies the browser-side third-party assets into the built site, with
// their licence and precompressed copies (the server serves .br and .gz
// when the browser accepts them). Run after `cargo leptos build`.
//   zxcvbn: the password strength estimator, loaded only by the
//   new-password page, and only once its field is used.
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, gzipSync, constants } from "node:zlib";

const here = dirname(fileURLToPath(import.meta.url));
// site-root and site-pkg-dir in Cargo.toml.
const pkg = join(here, "..", "target", "site", "pkg");
mkdirSync(pkg, { recursive: true });

const zxcvbn = join(here, "node_modules", "zxcvbn");
const script = readFileSync(join(zxcvbn, "dist", "zxcvbn.js"));
writeFileSync(join(pkg, "zxcvbn.js"), script);
writeFileSync(
  join(pkg, "zxcvbn.js.br"),
  brotliCompressSync(script, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
);
writeFileSync(join(pkg, "zxcvbn.js.gz"), gzipSync(script, { level: 9 }));
writeFileSync(join(pkg, "zxcvbn.LICENSE.txt"), readFileSync(join(zxcvbn, "LICENSE.txt")));
console.log(`zxcvbn ${JSON.parse(readFileSync(join(zxcvbn, "package.json"))).version} -> ${pkg}`);
