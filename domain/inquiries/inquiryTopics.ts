/**
 * The topics a member can pick on the feedback form. One list shared by the form on the sites,
 * the form endpoint's validation and the inbox's select field, so a topic cannot exist in one
 * and not the others.
 */
export const INQUIRY_TOPICS = [
  { value: 'union', label: 'Вопрос профкому' },
  { value: 'rights', label: 'Нарушение трудовых прав' },
  { value: 'safety', label: 'Охрана труда' },
  { value: 'pay', label: 'Зарплата' },
  { value: 'other', label: 'Другое' },
] as const satisfies readonly { value: string; label: string }[]

export type InquiryTopic = (typeof INQUIRY_TOPICS)[number]['value']

export const INQUIRY_TOPIC_VALUES = INQUIRY_TOPICS.map((t) => t.value) as [
  InquiryTopic,
  ...InquiryTopic[],
]

export const isInquiryTopic = (value: string): value is InquiryTopic =>
  INQUIRY_TOPICS.some((t) => t.value === value)
