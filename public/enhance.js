// The little JavaScript that reading pages run (docs/decisions/011-no-javascript-on-reading-pages.md).
// Everything it enhances works without it: this only adds what needs a script.

// "Copy link": the button is hidden in the HTML; with JavaScript it shows and copies the field it names.
for (const button of document.querySelectorAll('button[data-copy]')) {
  const field = document.getElementById(button.dataset.copy)
  const status = document.getElementById(button.dataset.copyStatus)
  if (!(field instanceof HTMLInputElement)) continue
  button.hidden = false
  field.addEventListener('focus', () => field.select())
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(field.value)
    } catch {
      field.select()
      document.execCommand('copy')
    }
    if (status) status.textContent = 'Copied'
  })
}
