import { requestLimits, type RequestLimits } from './requestSettings'
import { withBoundedBody } from './withBoundedBody'

type RouteHandler<A> = (request: Request, args: A) => Promise<Response>

/** The GraphQL route: its body is bounded like any other; list limits are a validation rule. */
export function guardGraphQL<A>(
  handler: RouteHandler<A>,
  limits: RequestLimits = requestLimits(),
): RouteHandler<A> {
  return async (incoming, args) => {
    if (incoming.method !== 'POST') return handler(incoming, args)
    const request = await withBoundedBody(incoming, limits.maxBodyBytes)
    return request instanceof Response ? request : handler(request, args)
  }
}
