import type { Access } from 'payload'
import { CONTENT_SCOPE } from './contentScope'
import { scopeWhere } from '../../domain/access/scope'
import { userOf } from './userOf'

/** Update and delete: the editors of the owning org (or of a subtree above it). */
export const contentInScope: Access = ({ req }) => scopeWhere(userOf(req), 'editor', CONTENT_SCOPE)
