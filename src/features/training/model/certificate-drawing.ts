import { CERTIFICATE_SIZE, type CertificateLine } from './certificate-layout'

/** The part of a 2D canvas context the certificate uses: the same on WeChat's Canvas 2D and the browser's. */
export interface CertificateContext {
  fillStyle: string | CanvasGradient | CanvasPattern
  strokeStyle: string | CanvasGradient | CanvasPattern
  lineWidth: number
  font: string
  textAlign: CanvasTextAlign
  fillRect(x: number, y: number, width: number, height: number): void
  strokeRect(x: number, y: number, width: number, height: number): void
  fillText(text: string, x: number, y: number): void
}

/** Draws the certificate: a white page with the union's red double frame and the lines centred, dark on white. */
export function drawCertificate(context: CertificateContext, lines: readonly CertificateLine[]): void {
  const { width, height } = CERTIFICATE_SIZE
  context.fillStyle = '#ffffff'
  context.fillRect(0, 0, width, height)
  context.strokeStyle = '#a50f1a'
  context.lineWidth = 10
  context.strokeRect(24, 24, width - 48, height - 48)
  context.lineWidth = 3
  context.strokeRect(44, 44, width - 88, height - 88)
  context.textAlign = 'center'
  for (const line of lines) {
    context.fillStyle = line.size >= 56 ? '#a50f1a' : '#1a1a1a'
    context.font = `${line.bold ? 'bold ' : ''}${line.size}px sans-serif`
    context.fillText(line.text, width / 2, line.y)
  }
}
