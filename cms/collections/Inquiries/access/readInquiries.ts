import type { Access } from 'payload'
import { inquiryScope } from '../../../../domain/inquiries/inquiryScope'
import { userOf } from '../../../access/userOf'

/** The handling org and the orgs it passed through (history); never the orgs above by subtree. */
export const readInquiries: Access = ({ req }) => inquiryScope(userOf(req), 'history')
