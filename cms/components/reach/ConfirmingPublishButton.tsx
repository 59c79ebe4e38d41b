'use client'
import {
  ConfirmationModal,
  PublishButton,
  useDocumentInfo,
  useFormFields,
  useModal,
} from '@payloadcms/ui'
import type { PublishButtonClientProps } from 'payload'
import { useRef, useState, type MouseEvent } from 'react'
import type { ReachSettings } from '../../../domain/syndication/reach'
import {
  needsWideConfirmation,
  wideConfirmationText,
  type MandatoryReach,
  type WideMoment,
} from '../../../domain/syndication/wideMandatory'
import { loadReachPreview } from './loadReachPreview'
import { useReachQuery } from './useReachPreview'

const CONFIRM = 'wide-mandatory-confirm'

/** The published state the form was opened with, or null if the latest version is a draft. */
function publishedState(data: Record<string, unknown> | undefined): MandatoryReach | null {
  if (data?._status !== 'published') return null
  const reach = (data.reach ?? { scope: 'subtree' }) as ReachSettings
  return { mandatory: data.mandatory === true, reach }
}

/** The buttons that publish: Payload's «Опубликовать», and «Сохранить» in its scheduling drawer. */
const PUBLISH = 'action-save'
const SCHEDULE = 'scheduled-publish-save'

/**
 * Whether the scheduling drawer is set to unpublish (which sends nothing anywhere). Payload's
 * radio carries no value; its id ends with the option's («…-type-unpublish»).
 */
const schedulesUnpublish = (save: HTMLElement) =>
  save
    .closest('.schedule-publish__scheduler')
    ?.querySelector('.schedule-publish__type input:checked')
    ?.id.endsWith('-unpublish') === true

/**
 * Payload's «Опубликовать» with one question in front of it (issue 19): a mandatory item that
 * would reach more than a hundred sites is published only after the editor confirms how many.
 * A scheduled publication («Запланировать публикацию», saved in Payload's drawer) is asked
 * about when it is scheduled, since nobody is there to ask when it runs. The click is held while
 * the count is read (it may not have arrived yet), then either asked about or let through to
 * Payload's own button, which publishes or schedules exactly as before.
 */
export function ConfirmingPublishButton(props: PublishButtonClientProps) {
  const query = useReachQuery()
  const mandatory = useFormFields(([fields]) => fields.mandatory?.value === true)
  const { initialData } = useDocumentInfo()
  const { openModal } = useModal()
  const letThrough = useRef(false)
  const held = useRef(PUBLISH)
  const [receivers, setReceivers] = useState(0)
  const [moment, setMoment] = useState<WideMoment>('now')

  // Payload's button, clicked by us: the click is dispatched synchronously, so the flag is up
  // exactly while our own click passes through the capture handler below. The drawer is in a
  // portal, but React delivers its clicks through this component's tree all the same.
  const publish = () => {
    letThrough.current = true
    document.getElementById(held.current)?.click()
    letThrough.current = false
  }

  const onClickCapture = (event: MouseEvent) => {
    if (letThrough.current || !mandatory || !query) return
    const button = (event.target as HTMLElement).closest<HTMLElement>(`#${PUBLISH}, #${SCHEDULE}`)
    if (!button || (button.id === SCHEDULE && schedulesUnpublish(button))) return
    event.preventDefault()
    event.stopPropagation()
    held.current = button.id
    void loadReachPreview(query).then((answer) => {
      const after = { mandatory, reach: query as ReachSettings }
      // Without a count the server's own checks still apply; asking in the dark helps nobody.
      if (
        !answer ||
        !needsWideConfirmation(
          after,
          answer.total,
          publishedState(initialData),
          answer.confirmAbove,
        )
      )
        return publish()
      setReceivers(answer.total)
      setMoment(button.id === SCHEDULE ? 'scheduled' : 'now')
      openModal(CONFIRM)
    })
  }

  const scheduled = moment === 'scheduled'
  return (
    <>
      <div onClickCapture={onClickCapture} style={{ display: 'contents' }}>
        <PublishButton {...props} />
      </div>
      <ConfirmationModal
        modalSlug={CONFIRM}
        heading={
          scheduled ? 'Запланировать обязательный материал?' : 'Опубликовать обязательный материал?'
        }
        body={<p>{wideConfirmationText(receivers, moment)}</p>}
        cancelLabel="Вернуться к правке"
        confirmLabel={scheduled ? 'Да, запланировать' : 'Да, опубликовать'}
        onConfirm={publish}
      />
    </>
  )
}
