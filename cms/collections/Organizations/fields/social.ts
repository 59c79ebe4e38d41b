import type { Field } from 'payload'
import { SOCIAL_NETWORK_KEYS, SOCIAL_NETWORKS } from '../../../../domain/socialNetworks'
import { validateSocialUrl } from '../../../fields/validators'

export const social: Field = {
  name: 'social',
  type: 'group',
  label: { ru: 'Социальные сети' },
  admin: { description: { ru: 'Полные адреса страниц организации, начиная с https://' } },
  fields: SOCIAL_NETWORK_KEYS.map((network) => ({
    name: network,
    type: 'text' as const,
    label: { ru: SOCIAL_NETWORKS[network].label },
    validate: validateSocialUrl(network),
    admin: { placeholder: `https://${SOCIAL_NETWORKS[network].hosts[0]}/…` },
  })),
}
