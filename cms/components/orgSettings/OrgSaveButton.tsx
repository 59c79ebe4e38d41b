'use client'
import {
  ConfirmationModal,
  FormSubmit,
  useDocumentInfo,
  useEditDepth,
  useForm,
  useFormModified,
  useHotkey,
  useModal,
  useOperation,
} from '@payloadcms/ui'
import { useRef, useState } from 'react'
import { structureChanges } from '../../../domain/org/structureChanges'
import { readStructureSettings, referencedOrgs } from './readStructureSettings'

const CONFIRM = 'org-structure-confirm'

/** The names of `ids` and how many orgs lie below `id`, read with the editor's own rights. */
async function loadContext(id: string, ids: string[]) {
  const query = (where: string, extra = '') =>
    fetch(`/api/organizations?${where}&depth=0${extra}`, { credentials: 'include' }).then((r) => {
      if (!r.ok) throw new Error(String(r.status))
      return r.json() as Promise<{
        docs: { id: number | string; name: string }[]
        totalDocs: number
      }>
    })
  const [named, below] = await Promise.all([
    ids.length > 0
      ? query(`where[id][in]=${ids.join(',')}`, `&limit=${ids.length}&select[name]=true`)
      : Promise.resolve({ docs: [], totalDocs: 0 }),
    query(`where[ancestors][in]=${encodeURIComponent(id)}`, '&limit=1&select[name]=true'),
  ])
  return {
    names: new Map(named.docs.map((d) => [String(d.id), d.name])),
    descendants: below.totalDocs,
  }
}

/**
 * «Сохранить» of the organization form. Contacts, social links and branding save at once; a
 * change of the site's address, the place in the structure, the level, memberships or hosting
 * first opens a confirmation that says what will change (the old links, the subtree that moves).
 */
export function OrgSaveButton() {
  const { id, initialData, uploadStatus } = useDocumentInfo()
  const { submit, getData } = useForm()
  const modified = useFormModified()
  const operation = useOperation()
  const editDepth = useEditDepth()
  const { openModal } = useModal()
  const [changes, setChanges] = useState<string[]>([])
  const [checking, setChecking] = useState(false)
  const ref = useRef<HTMLButtonElement>(null)
  const disabled = (operation === 'update' && !modified) || uploadStatus === 'uploading' || checking

  useHotkey({ cmdCtrlKey: true, editDepth, keyCodes: ['s'] }, (e) => {
    e.preventDefault()
    e.stopPropagation()
    ref.current?.click()
  })

  const save = async () => {
    if (uploadStatus === 'uploading') return
    if (operation !== 'update' || !id || !initialData) return void submit()
    const after = getData()
    setChecking(true)
    try {
      const { names, descendants } = await loadContext(
        String(id),
        referencedOrgs(initialData, after),
      )
      const found = structureChanges(
        readStructureSettings(initialData, names),
        readStructureSettings(after, names),
        descendants,
      )
      if (found.length === 0) return void submit()
      setChanges(found)
      openModal(CONFIRM)
    } catch {
      // Without the names the question cannot be asked properly; the server's checks still
      // apply to the save itself, so ask in general terms rather than block the editor.
      setChanges([
        'Не удалось узнать, что именно изменится. Проверьте адрес сайта, вышестоящую организацию и размещение перед сохранением.',
      ])
      openModal(CONFIRM)
    } finally {
      setChecking(false)
    }
  }

  return (
    <>
      <FormSubmit
        buttonId="action-save"
        disabled={disabled}
        onClick={() => void save()}
        ref={ref}
        size="medium"
        type="button"
      >
        Сохранить
      </FormSubmit>
      <ConfirmationModal
        modalSlug={CONFIRM}
        heading="Сохранить изменения структуры?"
        body={
          <ul className="org-structure-changes">
            {changes.map((change) => (
              <li key={change}>{change}</li>
            ))}
          </ul>
        }
        cancelLabel="Вернуться к правке"
        confirmLabel="Да, сохранить"
        confirmingLabel="Сохраняем…"
        onConfirm={async () => {
          await submit()
        }}
      />
    </>
  )
}
