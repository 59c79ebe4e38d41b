import { getPayload } from 'payload'
const t0 = performance.now()
const config = (await import('../cms/payload.config')).default
const payload = await getPayload({ config })
console.log('init', Math.round(performance.now() - t0), 'ms')
const r = await payload.find({ collection: 'organizations', limit: 1, depth: 0 })
console.log('orgs', r.totalDocs)
await payload.destroy()
process.exit(0)
