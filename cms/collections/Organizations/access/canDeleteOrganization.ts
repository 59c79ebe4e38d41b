import type { Access } from 'payload'
import { userOf } from '../../../access/userOf'
import { descendantsWhere } from './orgScope'

/** An admin may delete orgs below their subtree grant, never the granted org itself. */
export const canDeleteOrganization: Access = ({ req }) => descendantsWhere(userOf(req), 'admin')
