import type { Access } from 'payload'
import { inquiryScope } from '../../../../domain/inquiries/inquiryScope'
import { userOf } from '../../../access/userOf'

/**
 * An attachment is personal data: only the org handling its inquiry now (the file's
 * `organization`, moved on every forward) reads it. Payload applies this filter to
 * `/api/inquiry-files/file/<name>` too, so the file URL answers 403 to anyone else.
 */
export const readInquiryFiles: Access = ({ req }) => inquiryScope(userOf(req), 'act')
