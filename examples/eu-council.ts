// Cookbook: voting power in the Council of the European Union under the double majority (55% of
// members, at least 15, representing 65% of the population; any 24 of 27 pass), what changes when a
// member leaves or joins, and what acting as a regional bloc is worth.
// Run: npx tsx examples/eu-council.ts
import { either as E } from 'fp-ts'
import { banzhafIndex, euQualifiedMajority, owenIndex, shapleyShubik, type CompoundVotingGame } from '../src/voting/index.js' // in your project: from 'coalitions/voting'
import { printTable } from './support/table.js'

// Population shares (%) for 2025, the figures the Council uses for qualified majority from
// 1 January 2025 (Eurostat populations of 1 January 2024), as published by Agence Europe on
// 12 December 2024. Rounded to 0.01%, they sum to 100.01.
const EU27: Record<string, number> = {
  Germany: 18.49, France: 15.17, Italy: 13.23, Spain: 10.78, Poland: 8.33, Romania: 4.23, Netherlands: 4.01, Belgium: 2.62,
  Czechia: 2.42, Portugal: 2.36, Sweden: 2.34, Greece: 2.31, Hungary: 2.13, Austria: 2.02, Bulgaria: 1.43, Denmark: 1.32,
  Finland: 1.25, Slovakia: 1.21, Ireland: 1.19, Croatia: 0.86, Lithuania: 0.64, Slovenia: 0.47, Latvia: 0.42, Estonia: 0.30,
  Cyprus: 0.21, Luxembourg: 0.15, Malta: 0.12,
}

const council = (populations: Record<string, number>): CompoundVotingGame => {
  const rule = euQualifiedMajority({ populations })
  if (E.isLeft(rule)) throw new Error(rule.left.message)
  return rule.right
}
const pct = (x: number): string => `${(100 * x).toFixed(2)}%`
// Each index is an Either (a council too large to count is a TooLarge); here a Left ends the script.
const must = <A>(result: E.Either<{ readonly message: string }, A>): A => {
  if (E.isLeft(result)) throw new Error(result.left.message)
  return result.right
}

// 1. EU-27 as it stands.
const eu = council(EU27)
const ss = must(shapleyShubik(eu))
const bz = must(banzhafIndex(eu))
console.log('EU-27 qualified majority, 2025 population figures:')
printTable(eu.players.map((m, i) => ({ member: m, population: `${EU27[m]!.toFixed(2)}%`, 'Shapley–Shubik': pct(ss[i]!), Banzhaf: pct(bz[i]!) })))

// 2. A member leaves (Malta, as an example): the other 26 are re-weighed on their own population.
const { Malta: _left, ...eu26 } = EU27
const after = council(eu26)
const ssAfter = must(shapleyShubik(after))
const change = after.players.map((m, i) => ({ member: m, change: ssAfter[i]! - ss[eu.players.indexOf(m)]! }))
const losers = change.filter((c) => c.change < 0).map((c) => c.member)
console.log(`\nIf Malta left (26 members, 15 still needed, any 23 pass):`)
printTable(change.slice(0, 5).map((c) => ({ member: c.member, 'Shapley–Shubik before': pct(ss[eu.players.indexOf(c.member)]!), after: pct(ssAfter[after.players.indexOf(c.member)]!) })))

// 3. A member joins (Montenegro, about 623,600 people in its 2023 census: 0.14% of the EU-27's
// 449.2 million; shares in the same unit, so the new total is 100.15).
const eu28 = council({ ...EU27, Montenegro: 0.14 })
const ss28 = must(shapleyShubik(eu28))
console.log(`\nIf Montenegro joined (28 members, 16 needed, any 25 pass):`)
console.log(`  Montenegro ${pct(ss28[eu28.players.indexOf('Montenegro')]!)}; Germany ${pct(ss[0]!)} → ${pct(ss28[0]!)}; Malta ${pct(ss[26]!)} → ${pct(ss28[eu28.players.indexOf('Malta')]!)}`)

// 4. Blocs: members that agree their position first and vote together (Owen index). Regional groups
// covering the Union, as an illustration: the Med-9, the Visegrád Four, the Nordic-Baltic members
// and Benelux; Germany, Austria, Ireland, Romania and Bulgaria stand alone.
const groups: Record<string, string[]> = {
  'Med-9': ['France', 'Italy', 'Spain', 'Portugal', 'Greece', 'Croatia', 'Slovenia', 'Cyprus', 'Malta'],
  'Visegrád Four': ['Poland', 'Czechia', 'Hungary', 'Slovakia'],
  'Nordic-Baltic': ['Sweden', 'Denmark', 'Finland', 'Lithuania', 'Latvia', 'Estonia'],
  Benelux: ['Netherlands', 'Belgium', 'Luxembourg'],
}
const owen = owenIndex(eu, Object.values(groups))
if (E.isLeft(owen)) throw new Error(owen.left.message)
const total = (members: string[], x: number[]): number => members.reduce((s, m) => s + x[eu.players.indexOf(m)]!, 0)
console.log('\nBlocs (Owen index; each bloc\'s members summed):')
printTable(
  [...Object.entries(groups), ['Germany (alone)', ['Germany']] as [string, string[]]].map(([name, members]) => ({
    bloc: name,
    population: `${members.reduce((s, m) => s + EU27[m]!, 0).toFixed(2)}%`,
    'Shapley–Shubik, no blocs': pct(total(members, ss)),
    'Owen, in blocs': pct(total(members, owen.right)),
  })),
)

const med = total(groups['Med-9']!, owen.right) - total(groups['Med-9']!, ss)
console.log(`\nWhat the numbers say: power follows population but not in proportion: Germany holds ${pct(ss[0]!)} of the power`)
console.log(`with ${EU27.Germany}% of the population, Malta ${pct(ss[26]!)} with ${EU27.Malta}%. If Malta left, ${losers.length} members would lose power`)
console.log(`(${losers.join(', ')}) and the ${26 - losers.length} smaller ones gain: one fewer small member makes each small vote count more.`)
console.log(`Acting as a bloc pays the Med-9, which can then block alone (${pct(med)} more power), and costs those left outside.`)
