// Cookbook: who holds the power in the UN Security Council? Nine votes of fifteen, including all five
// permanent members: a weighted vote with weights 7 (permanent) and 1 (elected), quota 39.
// Run: npx tsx examples/unsc.ts
import { either as E, function as F } from 'fp-ts'
import { banzhafIndex, deeganPackel, johnston, publicGoodIndex, shapleyShubik, weightedVotingGame } from '../src/index.js' // in your project: from 'coalitions'
import { printTable } from './support/table.js'

F.pipe(
  weightedVotingGame({ quota: 39, weights: [7, 7, 7, 7, 7, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1] }),
  E.map((unsc) => {
    const or0 = (e: E.Either<unknown, number[]>) => (E.isRight(e) ? e.right : [Number.NaN])
    const indices: Record<string, number[]> = {
      'Shapley–Shubik': or0(shapleyShubik(unsc)),
      Banzhaf: or0(banzhafIndex(unsc)),
      'Deegan–Packel': or0(deeganPackel(unsc)),
      Johnston: or0(johnston(unsc)),
      'Public good (Holler)': or0(publicGoodIndex(unsc)),
    }
    console.log('Voting power in the UN Security Council:')
    printTable(
      Object.entries(indices).map(([index, v]) => ({
        index,
        'one permanent member': v[0]!.toFixed(4),
        'one elected member': v[14]!.toFixed(4),
        'all five permanent': (5 * v[0]!).toFixed(3),
        ratio: (v[0]! / v[14]!).toFixed(1),
      })),
    )
    const ss = indices['Shapley–Shubik']!
    console.log(`\nWhat the numbers say: by Shapley–Shubik a permanent member holds ${(ss[0]! * 2145).toFixed(0)}/2145 of the power and an elected`)
    console.log(`member ${(ss[14]! * 2145).toFixed(0)}/2145: the five together hold ${(5 * ss[0]! * 100).toFixed(1)}%. Indices that count swings (Banzhaf) or minimal winning`)
    console.log('coalitions (Deegan–Packel, Holler) give the elected members more, but every index puts the veto players far ahead.')
  }),
)
