// Types of `#highs`: the highs package under Node; under the "browser" condition dist/highs.browser.js,
// the same loader without its Node branch, which also exports the WebAssembly binary it embeds
// (built by scripts/highs-browser.mjs).
export { default } from 'highs'
export declare const embeddedWasm: (() => Promise<Uint8Array>) | undefined
