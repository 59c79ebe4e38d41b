'use client'
import { useDocumentInfo } from '@payloadcms/ui'

/**
 * Above the organization form, for those who may read it but not change it (an org's editors):
 * why every field is greyed out, and whom to ask, instead of a form that silently refuses.
 */
export function OrgFormNotice() {
  const { id, hasSavePermission } = useDocumentInfo()
  if (!id || hasSavePermission !== false) return null
  return (
    <div
      className="field-type"
      role="note"
      id="org-form-notice"
      style={{ marginBottom: 'var(--base)' }}
    >
      <p style={{ margin: 0 }}>
        <strong>Только для просмотра.</strong> Сведения, контакты и оформление организации меняют её
        администраторы, а уровень, место в структуре и адрес сайта — администратор вышестоящей
        организации. Если что-то устарело (телефон, часы приёма, ссылки), сообщите им.
      </p>
    </div>
  )
}
