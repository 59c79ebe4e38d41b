import type { IncomingItem } from '../../incoming/incomingItems'
import { MANDATORY_REASON } from '../../../domain/syndication/incomingStatus'
import { MOSCOW_TIME_ZONE } from '../../../domain/time/moscow'

const dateText = (iso: string) =>
  iso ? new Date(iso).toLocaleDateString('ru-RU', { timeZone: MOSCOW_TIME_ZONE }) : '—'

function Marks({
  item,
  review,
}: {
  item: IncomingItem & { waitingDays: number }
  review: boolean
}) {
  return (
    <>
      {item.mandatory && <span className="inb-mark inb-mandatory">обязательный</span>}
      {item.pinned && (
        <span className="inb-mark inb-pinned">
          закреплён{item.pinnedUntil ? ` до ${dateText(item.pinnedUntil)}` : ''}
        </span>
      )}
      {item.hidden && <span className="inb-mark inb-hidden">скрыт</span>}
      {item.waiting && (
        <span className="inb-mark inb-waiting">ждёт проверки: {item.waitingDays} дн.</span>
      )}
      {review && item.accepted && <span className="inb-mark">принят</span>}
      {item.shown && !item.hidden && <span className="inb-mark">на сайте</span>}
    </>
  )
}

/** A row's own buttons: each sends `one=<action>:<post>` with the surrounding form. */
function RowActions({ item, review }: { item: IncomingItem; review: boolean }) {
  const button = (action: string, label: string) => (
    <button
      type="submit"
      name="one"
      value={`${action}:${item.post}`}
      aria-label={`${label}: ${item.title}`}
    >
      {label}
    </button>
  )
  return (
    <div className="inb-row-actions">
      {item.hidden ? (
        button('unhide', 'Вернуть')
      ) : item.mandatory ? (
        <span>{MANDATORY_REASON[0]!.toUpperCase() + MANDATORY_REASON.slice(1)}</span>
      ) : (
        button('hide', 'Скрыть')
      )}
      {item.pinned ? button('unpin', 'Открепить') : button('pin', 'Закрепить')}
      {review && item.waiting && button('accept', 'Принять')}
    </div>
  )
}

/** The incoming items with a tick box each (for the buttons acting on many) and their own buttons. */
export function IncomingTable({
  items,
  review,
}: {
  items: (IncomingItem & { waitingDays: number })[]
  review: boolean
}) {
  return (
    <table>
      <caption className="inb-sr">Входящие материалы</caption>
      <thead>
        <tr>
          <th scope="col">Отметить</th>
          <th scope="col">Материал</th>
          <th scope="col">Откуда</th>
          <th scope="col">Дата</th>
          <th scope="col">Отметки</th>
          <th scope="col">Действия</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={String(item.post)} data-post={String(item.post)}>
            <td>
              <input
                type="checkbox"
                name="post"
                value={String(item.post)}
                aria-label={`Отметить: ${item.title}`}
              />
            </td>
            <th scope="row">{item.title}</th>
            <td>{item.originName}</td>
            <td>{dateText(item.publishedAt)}</td>
            <td>
              <Marks item={item} review={review} />
            </td>
            <td>
              <RowActions item={item} review={review} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
