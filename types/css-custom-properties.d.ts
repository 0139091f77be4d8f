export {}

declare module 'react' {
  /** The CSS custom properties our components set inline. */
  interface CSSProperties {
    '--font-scale'?: string
  }
}
