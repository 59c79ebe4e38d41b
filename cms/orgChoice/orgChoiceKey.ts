/**
 * The key of the organization switcher's choice in Payload's preferences (payload-preferences:
 * one row per user and key, which only that user reads and writes). The value is
 * `{ organization: <id> }`; no row means «all my organizations».
 */
export const ORG_CHOICE_KEY = 'org-choice'
