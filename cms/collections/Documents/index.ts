import { viewOnSiteField } from '../../fields/viewOnSiteField'
import { importFields } from '../../fields/importFields'
import type { CollectionConfig } from 'payload'
import { lastEditedByField, refuseStaleSave } from '../../concurrency'
import { anyone } from '../../access/anyone'
import { canCreateContent } from '../../access/canCreateContent'
import { contentListFilter } from '../../orgChoice/orgChoiceFilters'
import { contentInScope } from '../../access/contentInScope'
import { ownerFields } from '../../fields/ownerFields'
import { setOwnerLineage } from '../../hooks/setOwnerLineage'
import { reachFields } from '../../fields/reachFields'
import { deriveDocumentReach } from './hooks/deriveDocumentReach'
import { checkNamedOrgs } from '../../hooks/checkNamedOrgs'
import { trackDocumentChange, trackDocumentDelete } from './hooks/trackDocument'
import { DOCUMENT_TYPE_LABELS, DOCUMENT_TYPES } from '../../../domain/contentTypes'
import { uploadsDir } from '../../../config/paths'
import { russianUploadFields } from '../../uploads/russianUploadFields'
import { uploadHooks } from '../../uploads/uploadHooks'
import { DOCUMENT_POLICY, mimeTypesOf } from '../../uploads/uploadPolicy'

export const Documents: CollectionConfig = {
  slug: 'documents',
  labels: { singular: { ru: 'Документ' }, plural: { ru: 'Документы' } },
  admin: {
    // The editor's own orgs, narrowed to the org chosen in the switcher (issue 19).
    baseFilter: contentListFilter,
    useAsTitle: 'title',
    defaultColumns: ['title', 'docType', 'year', 'organization'],
    group: { ru: 'Материалы' },
  },
  access: {
    read: anyone,
    create: canCreateContent,
    update: contentInScope,
    delete: contentInScope,
  },
  hooks: {
    // Content check, safe name, undo on failure: shared by every upload collection.
    ...uploadHooks(DOCUMENT_POLICY),
    beforeChange: [refuseStaleSave, setOwnerLineage, deriveDocumentReach, checkNamedOrgs],
    afterChange: [trackDocumentChange],
    afterDelete: [trackDocumentDelete],
  },
  upload: { staticDir: uploadsDir('documents'), mimeTypes: mimeTypesOf(DOCUMENT_POLICY) },
  fields: [
    // Payload's own upload fields, labelled in Russian.
    ...russianUploadFields(),
    viewOnSiteField(),
    { name: 'title', type: 'text', required: true, label: { ru: 'Название' } },
    {
      type: 'row',
      fields: [
        {
          name: 'docType',
          type: 'select',
          required: true,
          index: true,
          defaultValue: 'other',
          label: { ru: 'Вид документа' },
          options: DOCUMENT_TYPES.map((value) => ({
            value,
            label: { ru: DOCUMENT_TYPE_LABELS[value] },
          })),
        },
        {
          name: 'year',
          type: 'number',
          required: true,
          index: true,
          min: 1990,
          max: 2100,
          label: { ru: 'Год' },
          defaultValue: () => new Date().getFullYear(),
        },
      ],
    },
    { name: 'description', type: 'textarea', label: { ru: 'Краткое описание' } },
    ...ownerFields(),
    // The union's charter or branch agreement shown on the sites below, as posts travel.
    ...reachFields('own'),
    ...importFields(),
    lastEditedByField(),
  ],
}
