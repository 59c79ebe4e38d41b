import type { Payload } from 'payload'
import { MongoQueue } from './mongoQueue'
import { SqlQueue } from './sqlQueue'
import type { SiteBuildQueue } from '../../../domain/publishing/queueTypes'

/** The publishing queue on whichever database Payload runs on. */
export function openQueue(payload: Payload): SiteBuildQueue {
  return payload.db.name === 'mongoose' ? new MongoQueue(payload) : new SqlQueue(payload)
}
