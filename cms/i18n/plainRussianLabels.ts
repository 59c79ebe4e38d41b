import type { Block, CollectionConfig, Field, GlobalConfig, Plugin, Tab } from 'payload'

/**
 * Every `{ ru: '…' }` label, description and placeholder of the config as the plain string it
 * stands for. The admin speaks only Russian, so both mean the same; but some of Payload's admin
 * parts print a label object without translating it: the list's sort buttons read «Сортировать
 * по [object Object]» to a screen reader, and «Создать новый [object Object]» appeared where a
 * collection's name belongs (issue 19). Plain strings read the same everywhere.
 */
type Loose = Record<string, unknown>

const isRussianOnly = (value: unknown): value is { ru: string } =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  Object.keys(value).length === 1 &&
  typeof (value as { ru?: unknown }).ru === 'string'

const plain = <T>(value: T): T => (isRussianOnly(value) ? (value.ru as T) : value)

/** The same object with the named keys made plain (only those present). */
function plainKeys<T extends object>(target: T, keys: string[]): T {
  const copy = { ...target } as Loose
  for (const key of keys) if (key in copy) copy[key] = plain(copy[key])
  return copy as T
}

const plainAdmin = (admin: unknown) =>
  typeof admin === 'object' && admin !== null
    ? plainKeys(admin, ['description', 'placeholder', 'group'])
    : admin

function plainLabels(labels: unknown) {
  return typeof labels === 'object' && labels !== null
    ? plainKeys(labels, ['singular', 'plural'])
    : labels
}

function plainField(field: Field): Field {
  const f = plainKeys(field as Loose, ['label']) as Loose
  if ('labels' in f) f.labels = plainLabels(f.labels)
  if ('admin' in f) f.admin = plainAdmin(f.admin)
  if (Array.isArray(f.options))
    f.options = f.options.map((o: unknown) =>
      typeof o === 'object' && o !== null ? plainKeys(o, ['label']) : o,
    )
  if (Array.isArray(f.fields)) f.fields = (f.fields as Field[]).map(plainField)
  if (Array.isArray(f.tabs))
    f.tabs = (f.tabs as Tab[]).map((tab) => ({
      ...plainKeys(tab, ['label', 'description']),
      fields: tab.fields.map(plainField),
    }))
  if (Array.isArray(f.blocks))
    f.blocks = (f.blocks as Block[]).map((block) => ({
      ...block,
      labels: plainLabels(block.labels) as Block['labels'],
      fields: block.fields.map(plainField),
    }))
  return f as Field
}

function plainCollection(collection: CollectionConfig): CollectionConfig {
  return {
    ...collection,
    labels: plainLabels(collection.labels) as CollectionConfig['labels'],
    admin: plainAdmin(collection.admin) as CollectionConfig['admin'],
    fields: collection.fields.map(plainField),
  }
}

function plainGlobal(global: GlobalConfig): GlobalConfig {
  return {
    ...global,
    label: plain(global.label),
    admin: plainAdmin(global.admin) as GlobalConfig['admin'],
    fields: global.fields.map(plainField),
  }
}

export const plainRussianLabels = (): Plugin => (config) => ({
  ...config,
  collections: config.collections?.map(plainCollection),
  globals: config.globals?.map(plainGlobal),
})
