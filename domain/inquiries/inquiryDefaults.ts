/** A network that sets nothing keeps personal data a year after closing (issue 16). */
export const DEFAULT_RETENTION_DAYS = 365

/** The answer target when a network sets none: 3 working days. */
export const DEFAULT_ANSWER_TARGET_DAYS = 3
