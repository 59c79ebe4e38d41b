import {
  GraphQLError,
  Kind,
  type ExecutionArgs,
  type ValidationRule,
  type ValueNode,
} from 'graphql'
import { requestLimits } from './requestSettings'

/** A literal or a variable's value of an argument, as the resolver would receive it. */
function valueOf(node: ValueNode, variables: Record<string, unknown>): unknown {
  if (node.kind === Kind.VARIABLE) return variables[node.name.value]
  if (node.kind === Kind.INT || node.kind === Kind.FLOAT) return Number(node.value)
  if (node.kind === Kind.BOOLEAN) return node.value
  if (node.kind === Kind.NULL) return null
  return undefined
}

/**
 * GraphQL's counterpart of the REST list cap: every `limit` argument (collections, versions,
 * joins) must lie between 1 and the caller's cap, and `pagination: false` is refused. Refused
 * rather than lowered, since a GraphQL document cannot be rewritten without surprising the client.
 * Only the document the caller sent is checked; the resolvers' internal queries are not.
 */
export function graphqlListLimits(args: ExecutionArgs, limits = requestLimits()): ValidationRule {
  const req = (args.contextValue as { req?: { user?: unknown } } | undefined)?.req
  const cap = req?.user ? limits.signedInListLimit : limits.anonymousListLimit
  const variables = (args.variableValues ?? {}) as Record<string, unknown>
  return (context) => ({
    Argument(node) {
      const value = valueOf(node.value, variables)
      if (node.name.value === 'limit' && value !== null && value !== undefined) {
        const n = Number(value)
        if (!(Number.isInteger(n) && n >= 1 && n <= cap))
          context.reportError(
            new GraphQLError(`Число записей (limit) должно быть от 1 до ${cap}.`, {
              nodes: [node],
            }),
          )
      }
      if (node.name.value === 'pagination' && value === false)
        context.reportError(
          new GraphQLError('Выдача без разбивки на страницы (pagination: false) недоступна.', {
            nodes: [node],
          }),
        )
    },
  })
}
