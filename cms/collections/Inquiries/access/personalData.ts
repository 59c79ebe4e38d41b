import type { FieldAccess } from 'payload'
import { isPlatformAdmin } from '../../../../domain/access/scope'
import { inquiryOrgs, mayActOnInquiry } from '../../../../domain/inquiries/inquiryScope'
import { userOf } from '../../../access/userOf'
import { idOf } from '../../../services/refs'

/**
 * The member's name, contacts, words and attachment, and the internal notes, are read only by
 * those who may act on the inquiry now: an org it passed through keeps its history (topic,
 * status, forwards) but no longer the person. Without a document (a `where` being checked) the
 * question is whether the user could act on any inquiry; the collection filter then still keeps
 * the search inside what the user may read.
 */
export const readPersonalData: FieldAccess = ({ req, doc }) => {
  const user = userOf(req)
  if (!doc) return isPlatformAdmin(user) || inquiryOrgs(user).length > 0
  return mayActOnInquiry(user, idOf((doc as { organization?: unknown }).organization))
}

/** What the member wrote is evidence: nobody rewrites it. */
export const nobodyWrites: FieldAccess = () => false

export const personalDataAccess = {
  read: readPersonalData,
  create: nobodyWrites,
  update: nobodyWrites,
}

/** Workflow records (timestamps, forwards, lineage): readable with the inquiry, set by hooks only. */
export const recordAccess = { create: nobodyWrites, update: nobodyWrites }
