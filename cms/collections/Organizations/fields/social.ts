import type { Field } from 'payload'
import { SOCIAL_NETWORKS, socialKeysOf, type SocialGroup } from '../../../../domain/socialNetworks'
import { completeAddress } from '../../../fields/completeAddress'
import { socialExample, validateSocialUrl } from '../../../fields/validators'

const GROUP_LABELS: Record<SocialGroup, string> = {
  network: 'Социальные сети',
  messenger: 'Мессенджеры: каналы и чаты',
}

/** One collapsible per group of the channel list; the stored shape stays one flat `social` group. */
const channelsOf = (group: SocialGroup): Field => ({
  type: 'collapsible',
  label: { ru: GROUP_LABELS[group] },
  fields: socialKeysOf(group).map((network) => ({
    name: network,
    type: 'text' as const,
    label: { ru: SOCIAL_NETWORKS[network].label },
    validate: validateSocialUrl(network),
    hooks: { beforeValidate: [completeAddress] },
    admin: { placeholder: socialExample(network) },
  })),
})

export const social: Field = {
  name: 'social',
  type: 'group',
  label: { ru: 'Социальные сети и мессенджеры' },
  admin: {
    description: {
      ru: 'Адреса страниц, каналов и чатов, как в адресной строке браузера (https:// можно не писать).',
    },
  },
  fields: [channelsOf('network'), channelsOf('messenger')],
}
