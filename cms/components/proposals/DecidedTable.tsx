import type { ReviewItem } from '../../proposals/reviewList'

const dateText = (iso: string | null) =>
  iso ? new Date(iso).toLocaleDateString('ru-RU', { timeZone: 'Europe/Moscow' }) : '—'

/** «Решённые»: what was accepted or declined, newest first, with the reason given. */
export function DecidedTable({ items }: { items: ReviewItem[] }) {
  return (
    <table>
      <caption className="inb-sr">Решённые предложения</caption>
      <thead>
        <tr>
          <th scope="col">Материал</th>
          <th scope="col">Кто предложил</th>
          <th scope="col">Кому</th>
          <th scope="col">Решение</th>
          <th scope="col">Дата решения</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={item.id} data-proposal={item.id}>
            <th scope="row">{item.post?.title || 'Материал снят с публикации'}</th>
            <td>{item.fromName}</td>
            <td>{item.toName}</td>
            <td>{item.status === 'accepted' ? 'Принято' : `Отклонено: ${item.reason}`}</td>
            <td>{dateText(item.decidedAt)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
