// Makes every TypeScript example on a docs page editable and runnable: an Edit and a Run button under
// each block; Run loads the runner (run.ts, with the library bundled for browsers) on first use and
// shows what the code prints, or the error that stopped it, under the code. Included in every page
// by typedoc's customJs; built by scripts/docs-runner.mjs.
const script = document.currentScript as HTMLScriptElement | null
const runnerUrl = new URL('runner/run.js', script?.src ?? location.href).href

type Runner = typeof import('./run.js')
let runner: Promise<Runner> | undefined
const load = (): Promise<Runner> => (runner ??= import(/* @vite-ignore */ runnerUrl) as Promise<Runner>)

// typedoc writes a code block's lines as <br/>-separated highlighted spans.
const sourceOf = (code: HTMLElement): string => {
  const copy = code.cloneNode(true) as HTMLElement
  copy.querySelectorAll('br').forEach((br) => br.replaceWith('\n'))
  return copy.textContent ?? ''
}

const button = (label: string, title: string): HTMLButtonElement => {
  const b = document.createElement('button')
  b.type = 'button'
  b.className = 'runner-button'
  b.textContent = label
  b.title = title
  return b
}

const attach = (code: HTMLElement, index: number): void => {
  const pre = code.parentElement as HTMLElement
  const original = sourceOf(code)
  const bar = document.createElement('div')
  bar.className = 'runner-bar'
  const edit = button('Edit', 'edit this example in the page')
  const runButton = button('Run', 'run this example in the page')
  const output = document.createElement('pre')
  output.className = 'runner-output'
  output.hidden = true
  output.dataset['runs'] = '0'
  let editor: HTMLTextAreaElement | undefined
  edit.addEventListener('click', () => {
    if (editor === undefined) {
      editor = document.createElement('textarea')
      editor.className = 'runner-editor'
      editor.spellcheck = false
      editor.value = original
      editor.rows = Math.min(40, original.split('\n').length + 1)
      pre.hidden = true
      pre.after(editor)
      edit.textContent = 'Reset'
      edit.title = 'put the example back as written'
    } else {
      editor.remove()
      editor = undefined
      pre.hidden = false
      edit.textContent = 'Edit'
      edit.title = 'edit this example in the page'
    }
  })
  runButton.addEventListener('click', async () => {
    runButton.disabled = true
    output.hidden = false
    output.dataset['status'] = 'running'
    output.textContent = 'running…'
    const result = await load()
      .then((r) => r.run(editor?.value ?? original))
      .catch((e: unknown) => ({ output: '', error: `could not load the runner: ${String(e)}` }))
    output.textContent = result.error === undefined ? result.output || '(nothing printed)' : `${result.output}${result.output ? '\n' : ''}✗ ${result.error}`
    output.dataset['status'] = result.error === undefined ? 'ok' : 'error'
    output.dataset['runs'] = String(Number(output.dataset['runs']) + 1)
    runButton.disabled = false
  })
  bar.append(edit, runButton)
  bar.dataset['example'] = String(index)
  pre.after(bar, output)
}

// An example that needs Node (worker threads) says so on its first line; it gets a note, not a Run button.
const nodeOnly = (code: HTMLElement): boolean => sourceOf(code).trimStart().startsWith('// Node only')
const note = (code: HTMLElement): void => {
  const p = document.createElement('p')
  p.className = 'runner-note'
  p.textContent = 'This example needs Node (worker threads): run it with tsx or node, not in the page.'
  code.parentElement?.after(p)
}

const start = (): void => {
  document.querySelectorAll<HTMLElement>('pre > code.ts, pre > code.typescript').forEach((code, index) => (nodeOnly(code) ? note(code) : attach(code, index)))
}
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start)
else start()
