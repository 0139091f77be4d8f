import type { IncomingMessage, ServerResponse } from 'node:http'

/** A non-admin HTTP route: storage upload/download URLs, the client gateway, static hosting. */
export interface Route {
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE' | 'OPTIONS' | 'HEAD'
  /** Matched against the URL path: a string matches a prefix, a RegExp is tested as is. */
  readonly path: string | RegExp
  readonly handle: (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<void> | void
}

export class RouteTable {
  private readonly routes: Route[] = []

  add(route: Route): void {
    this.routes.push(route)
  }

  find(method: string, pathname: string): Route | undefined {
    return this.routes.find(route =>
      route.method === method &&
      (typeof route.path === 'string' ? pathname.startsWith(route.path) : route.path.test(pathname)))
  }
}
