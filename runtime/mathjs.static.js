// `#mathjs` for bundlers and other runtimes: a static import, which bundlers tree-shake down to the
// matrix inversion the fits use. See the `imports` map in package.json.
import { create, invDependencies } from 'mathjs'

const mathjs = { create, invDependencies }
export const loadMathjs = () => mathjs
