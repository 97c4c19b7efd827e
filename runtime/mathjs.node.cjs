// `#mathjs` for the CommonJS build under Node: mathjs is required on first use (see mathjs.node.js).
'use strict'

let mathjs
exports.loadMathjs = () => (mathjs ??= require('mathjs'))
