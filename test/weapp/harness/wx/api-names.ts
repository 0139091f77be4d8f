import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import ts from 'typescript'

const requireFromHere = createRequire(__filename)

function membersOf(file: string, interfaceName: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false)
  const names = new Set<string>()
  const visit = (node: ts.Node) => {
    if (ts.isInterfaceDeclaration(node) && node.name.text === interfaceName) {
      for (const member of node.members) {
        if (member.name !== undefined && (ts.isIdentifier(member.name) || ts.isStringLiteral(member.name))) names.add(member.name.text)
      }
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return [...names].sort()
}

let cached: { readonly wx: readonly string[]; readonly cloud: readonly string[] } | null = null

/**
 * Every member of `wx` and `wx.cloud` in WeChat's official API typings (miniprogram-api-typings):
 * the fake answers to all of them, so Taro sees and wraps every API it would in WeChat.
 */
export function officialApiNames(): { readonly wx: readonly string[]; readonly cloud: readonly string[] } {
  if (cached !== null) return cached
  const folder = join(dirname(requireFromHere.resolve('miniprogram-api-typings/package.json')), 'types', 'wx')
  cached = {
    wx: membersOf(join(folder, 'lib.wx.api.d.ts'), 'Wx'),
    cloud: membersOf(join(folder, 'lib.wx.cloud.d.ts'), 'WxCloud'),
  }
  return cached
}
