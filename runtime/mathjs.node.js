// `#mathjs` under Node: mathjs is required on first use, so importing coalitions does not evaluate it
// (about 1 s of start-up). Bundlers take mathjs.static.js instead (the "module" condition), so their
// output keeps mathjs in the module graph. See the `imports` map in package.json.
import { createRequire } from 'node:module'

let mathjs
export const loadMathjs = () => (mathjs ??= createRequire(import.meta.url)('mathjs'))
