import { Forbidden, NotFound, ValidationError, type PayloadRequest } from 'payload'
import { parseProposalDecision } from '../../domain/syndication/proposalInput'

export type DecideResult =
  { ok: true; message: string } | { ok: false; status: number; message: string }

/**
 * The reviewer's Accept / Decline: one update of the proposal as the signed-in user, so the
 * collection's access (the receiving org's editors), the «Решение» field's access and
 * prepareProposal (final once decided, a reason to decline) all apply; actOnDecision then
 * reposts with the chosen reach. A user the field's access strips the decision from is refused
 * rather than told «готово» about a change that did not happen.
 */
export async function decideProposal(
  req: PayloadRequest,
  id: string,
  fields: Record<string, unknown>,
): Promise<DecideResult> {
  const input = parseProposalDecision(fields)
  if (!input.ok) return { ok: false, status: 400, message: input.message }
  const { status, reason, scope } = input.value
  // Not readable (another org's, or none) is one answer, so ids reveal nothing; the proposing
  // side reads its proposal but is refused the decision below.
  const readable = await req.payload.findByID({
    collection: 'proposals',
    id,
    depth: 0,
    select: { status: true },
    overrideAccess: false,
    user: req.user,
    disableErrors: true,
    req,
  })
  if (!readable) return { ok: false, status: 404, message: 'Предложение не найдено.' }
  try {
    const doc = await req.payload.update({
      collection: 'proposals',
      id,
      data: (status === 'declined'
        ? { status, reason }
        : { status, reach: { scope, maxDepth: null, kinds: [] } }) as never,
      // No `select`: the collection's afterChange hooks (the repost, the e-mails) read the saved doc.
      depth: 0,
      overrideAccess: false,
      user: req.user,
      req,
    })
    if (doc.status !== status)
      return {
        ok: false,
        status: 403,
        message: 'Решение принимает организация, которой предложено.',
      }
  } catch (error) {
    if (error instanceof NotFound)
      return { ok: false, status: 404, message: 'Предложение не найдено.' }
    if (error instanceof Forbidden)
      return {
        ok: false,
        status: 403,
        message: 'Решение принимает организация, которой предложено.',
      }
    if (error instanceof ValidationError)
      return { ok: false, status: 400, message: error.data?.errors?.[0]?.message ?? error.message }
    throw error
  }
  return {
    ok: true,
    message:
      status === 'accepted'
        ? scope === 'own'
          ? 'Материал принят и размещён на вашем сайте.'
          : 'Материал принят и размещён на вашем сайте и у нижестоящих.'
        : 'Предложение отклонено; причину увидит предложившая организация.',
  }
}
