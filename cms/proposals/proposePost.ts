import { Forbidden, ValidationError, type PayloadRequest } from 'payload'
import { parseProposeInput } from '../../domain/syndication/proposalInput'
import { proposalTargets, type PostTargets, type ProposalTarget } from './proposalTargets'

export type ProposeResult =
  | { ok: true; targets: PostTargets; message: string }
  | { ok: false; status: number; message: string }

const STATUS_TEXT: Record<NonNullable<ProposalTarget['proposal']>['status'], string> = {
  pending: 'ждёт решения',
  accepted: 'уже принят',
  declined: 'был отклонён',
}

const already = (target: ProposalTarget) =>
  `Этот материал уже предложен организации «${target.name}» и ${STATUS_TEXT[target.proposal!.status]}. Второй раз предлагать его той же организации нельзя.`

/**
 * «Предложить выше»: the proposal is created through the collection as the signed-in user
 * (overrideAccess: false), so its access and prepareProposal's rules decide exactly as for the
 * admin's form, REST and GraphQL; this only checks the choice first to answer in plain Russian.
 */
export async function proposePost(
  req: PayloadRequest,
  postId: string,
  fields: Record<string, unknown>,
): Promise<ProposeResult> {
  const input = parseProposeInput(fields)
  if (!input.ok) return { ok: false, status: 400, message: input.message }
  const { post, targets } = await proposalTargets(req, postId)
  if (!post.published)
    return {
      ok: false,
      status: 400,
      message: 'Сначала опубликуйте материал на своём сайте, затем предлагайте его.',
    }
  const target = targets.find((t) => t.id === input.value.organization)
  if (!target)
    return {
      ok: false,
      status: 400,
      message:
        'Предложить материал можно только вышестоящей организации или объединению, членом которого вы являетесь.',
    }
  if (target.proposal) return { ok: false, status: 409, message: already(target) }
  try {
    await req.payload.create({
      collection: 'proposals',
      data: {
        post: Number(post.id),
        organization: Number(target.id),
        ...(input.value.note ? { note: input.value.note } : {}),
      } as never,
      depth: 0,
      overrideAccess: false,
      user: req.user,
      req,
    })
  } catch (error) {
    if (error instanceof Forbidden) throw error
    if (!(error instanceof ValidationError)) throw error
    // Two clicks at once: the unique index refused the second; say so as the first check would.
    const now = (await proposalTargets(req, postId)).targets.find((t) => t.id === target.id)
    if (now?.proposal) return { ok: false, status: 409, message: already(now) }
    return { ok: false, status: 400, message: error.data?.errors?.[0]?.message ?? error.message }
  }
  return {
    ok: true,
    targets: await proposalTargets(req, postId),
    message: `Материал предложен организации «${target.name}». Её редакторы получат письмо.`,
  }
}
