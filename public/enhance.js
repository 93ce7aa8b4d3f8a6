// The little JavaScript that reading pages run (docs/decisions/011-no-javascript-on-reading-pages.md).
// Everything it enhances works without it: this only adds what needs a script.

// "Copy link", "Copy citation": the button is hidden in the HTML; with JavaScript it shows and copies what it
// names: the value of a text field, or the text of an element (with its italics, where the clipboard takes HTML).
function selectContents(element) {
  if (element instanceof HTMLInputElement) return element.select()
  const range = document.createRange()
  range.selectNodeContents(element)
  const selection = window.getSelection()
  selection?.removeAllRanges()
  selection?.addRange(range)
}

async function copy(element) {
  if (element instanceof HTMLInputElement) return navigator.clipboard.writeText(element.value)
  const text = element.textContent.replace(/\s+/g, ' ').trim()
  if (typeof ClipboardItem === 'undefined') return navigator.clipboard.writeText(text)
  const html = `<p>${element.innerHTML}</p>`
  return navigator.clipboard.write([
    new ClipboardItem({
      'text/plain': new Blob([text], { type: 'text/plain' }),
      'text/html': new Blob([html], { type: 'text/html' }),
    }),
  ])
}

for (const button of document.querySelectorAll('button[data-copy]')) {
  const field = document.getElementById(button.dataset.copy)
  const status = document.getElementById(button.dataset.copyStatus)
  if (!field) continue
  button.hidden = false
  if (field instanceof HTMLInputElement) field.addEventListener('focus', () => field.select())
  button.addEventListener('click', async () => {
    try {
      await copy(field)
    } catch {
      selectContents(field)
      document.execCommand('copy')
    }
    if (status) status.textContent = 'Copied'
  })
}
