// One task of a study (coalitions/study's runStudy), in a worker thread of its pool: imports the task
// module once per thread, then runs it on a point and a seed. A TypeScript task module is loaded
// through tsx's loader when tsx is installed (workers do not inherit the main thread's loader).
const modules = new Map()
let typescript

const load = async (specifier) => {
  if (/\.[mc]?tsx?$/.test(specifier)) {
    typescript ??= import('tsx/esm/api').then(
      (api) => api.register(),
      () => {
        throw new Error(`${specifier} is TypeScript: install tsx (npm i -D tsx) to run it in workers, or compile the task to JavaScript`)
      },
    )
    await typescript
  }
  const mod = await import(specifier)
  const task = typeof mod.default === 'function' ? mod.default : mod.task
  if (typeof task !== 'function') throw new Error(`${specifier} exports no task: export a function (point, seed) => rows, as the default export or as "task"`)
  return task
}

export default async ({ module, point, seed }) => {
  let task = modules.get(module)
  if (task === undefined) modules.set(module, (task = load(module)))
  return await (await task)(point, seed)
}
