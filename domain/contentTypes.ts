/** Enumerations shared by the CMS collections and the import format. */
export const DOCUMENT_TYPES = [
  'charter',
  'collective_agreement',
  'regulation',
  'public_report',
  'other',
] as const
export type DocumentType = (typeof DOCUMENT_TYPES)[number]

export const DOCUMENT_TYPE_LABELS: Record<DocumentType, string> = {
  charter: 'Устав',
  collective_agreement: 'Коллективный договор',
  regulation: 'Положение',
  public_report: 'Публичный отчёт',
  other: 'Другое',
}

export const DOCUMENT_MIME_TYPES = [
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.oasis.opendocument.text',
] as const

export const HOSTING_MODES = ['subdomain', 'custom', 'section'] as const
export type HostingMode = (typeof HOSTING_MODES)[number]

export const HOSTING_MODE_LABELS: Record<HostingMode, string> = {
  subdomain: 'Свой поддомен в сети',
  custom: 'Собственный домен',
  section: 'Раздел на сайте вышестоящей организации',
}

export const PUBLISH_STATUSES = ['published', 'draft'] as const
