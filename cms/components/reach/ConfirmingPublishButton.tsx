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

/**
 * Payload's «Опубликовать» with one question in front of it (issue 19): a mandatory item that
 * would reach more than a hundred sites is published only after the editor confirms how many.
 * The click is held while the count is read (it may not have arrived yet), then either asked
 * about or let through to Payload's own button, which publishes exactly as before.
 */
export function ConfirmingPublishButton(props: PublishButtonClientProps) {
  const query = useReachQuery()
  const mandatory = useFormFields(([fields]) => fields.mandatory?.value === true)
  const { initialData } = useDocumentInfo()
  const { openModal } = useModal()
  const wrapper = useRef<HTMLDivElement>(null)
  const letThrough = useRef(false)
  const [receivers, setReceivers] = useState(0)

  // Payload's button, clicked by us: the click is dispatched synchronously, so the flag is up
  // exactly while our own click passes through the capture handler below.
  const publish = () => {
    letThrough.current = true
    wrapper.current?.querySelector<HTMLButtonElement>('#action-save')?.click()
    letThrough.current = false
  }

  const onClickCapture = (event: MouseEvent) => {
    if (letThrough.current || !mandatory || !query) return
    if (!(event.target as HTMLElement).closest('#action-save')) return
    event.preventDefault()
    event.stopPropagation()
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
      openModal(CONFIRM)
    })
  }

  return (
    <>
      <div ref={wrapper} onClickCapture={onClickCapture} style={{ display: 'contents' }}>
        <PublishButton {...props} />
      </div>
      <ConfirmationModal
        modalSlug={CONFIRM}
        heading="Опубликовать обязательный материал?"
        body={<p>{wideConfirmationText(receivers)}</p>}
        cancelLabel="Вернуться к правке"
        confirmLabel="Да, опубликовать"
        onConfirm={publish}
      />
    </>
  )
}
