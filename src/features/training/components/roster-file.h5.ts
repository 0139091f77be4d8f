/** H5: the browser downloads the file from the link the page shows (the link is the export itself). */
export async function openRosterFile(url: string, fileName: string): Promise<void> {
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  document.body.appendChild(link)
  link.click()
  link.remove()
}
