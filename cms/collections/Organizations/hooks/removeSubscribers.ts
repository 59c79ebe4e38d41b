import { removeRowsOfOrg } from './removeRowsOfOrg'

/**
 * A deleted org's mailing subscribers go with it, in the delete's transaction: the site they
 * subscribed to is gone, so the purpose of keeping their addresses ended (152-ФЗ), and a row
 * naming no org would fail the delete. Their rows on other sites stay.
 */
export const removeSubscribers = removeRowsOfOrg('subscribers', 'organization')
