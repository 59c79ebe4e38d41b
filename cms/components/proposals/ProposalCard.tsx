import type { ReviewItem } from '../../proposals/reviewList'

const dateText = (iso: string | null) =>
  iso ? new Date(iso).toLocaleDateString('ru-RU', { timeZone: 'Europe/Moscow' }) : '—'

/** The reach choices of a repost, «только на нашем сайте» first and chosen. */
const REACH_CHOICES = [
  ['own', 'Только на нашем сайте'],
  ['children', 'На нашем сайте и у непосредственно нижестоящих'],
  ['subtree', 'На нашем сайте и у всех нижестоящих'],
] as const

/**
 * One pending proposal as the reviewer needs it: the whole item (title, date, lead, cover, the
 * text as the sites render it), who proposes it with their note, and two forms: accept with a
 * reach (own site by default) or decline with a reason (the server refuses an empty one).
 */
export function ProposalCard({ item, action }: { item: ReviewItem; action: string }) {
  const post = item.post
  const title = post?.title || 'Материал снят с публикации'
  return (
    <article className="prp-card" data-proposal={item.id} aria-labelledby={`prp-${item.id}`}>
      <p className="prp-meta">
        {item.fromName} предлагает организации «{item.toName}» · {dateText(item.proposedAt)}
      </p>
      <h2 id={`prp-${item.id}`}>{title}</h2>
      {post?.publishedAt && <p className="prp-meta">Опубликовано: {dateText(post.publishedAt)}</p>}
      {item.note && (
        <p className="prp-note">
          <strong>Комментарий:</strong> {item.note}
        </p>
      )}
      {post?.lead && <p className="prp-lead">{post.lead}</p>}
      {post?.cover && (
        // eslint-disable-next-line @next/next/no-img-element -- an upload served by Payload as is
        <img
          className="prp-cover"
          src={post.cover.url}
          alt={post.cover.alt}
          width={post.cover.width}
          height={post.cover.height}
        />
      )}
      {/* The sites' own converters write this HTML: Lexical escapes the text, links are sanitized. */}
      {post?.html && <div className="prp-body" dangerouslySetInnerHTML={{ __html: post.html }} />}
      <div className="prp-actions">
        <form method="post" action={action}>
          <fieldset>
            <legend>Принять: где разместить</legend>
            {REACH_CHOICES.map(([value, label]) => (
              <label key={value}>
                <input type="radio" name="scope" value={value} defaultChecked={value === 'own'} />{' '}
                {label}
              </label>
            ))}
          </fieldset>
          <button type="submit" name="decision" value="accept">
            Принять
          </button>
        </form>
        <form method="post" action={action}>
          <label htmlFor={`prp-reason-${item.id}`}>Причина отказа (обязательно)</label>
          <textarea id={`prp-reason-${item.id}`} name="reason" rows={3} maxLength={2000} />
          <button type="submit" name="decision" value="decline">
            Отклонить
          </button>
        </form>
      </div>
    </article>
  )
}
