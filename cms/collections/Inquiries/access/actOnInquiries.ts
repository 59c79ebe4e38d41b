import type { Access } from 'payload'
import { inquiryScope } from '../../../../domain/inquiries/inquiryScope'
import { userOf } from '../../../access/userOf'

/** Only the org currently handling an inquiry answers, assigns or forwards it. */
export const actOnInquiries: Access = ({ req }) => inquiryScope(userOf(req), 'act')
