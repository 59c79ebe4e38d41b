import type { FeedItem, MediaRef, Snapshot } from '../../../domain/contract/snapshot'
import { shareImage } from '../../../domain/contract/shareImage'
import { canonicalUrlOf, originName } from './feed'
import { absoluteUrl, fileUrl, paths } from './urls'

type JsonLd = Record<string, unknown>

function imageObject(snapshot: Snapshot, media: MediaRef): JsonLd {
  const file = shareImage(media)
  return {
    '@type': 'ImageObject',
    url: fileUrl(snapshot.site, file.url),
    width: file.width,
    height: file.height,
  }
}

/** schema.org Organization for the home page. */
export function organizationJsonLd(snapshot: Snapshot): JsonLd {
  const { org, site, ancestors } = snapshot
  const parent = ancestors.at(-1)
  return {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    name: org.name,
    alternateName: org.shortName,
    url: absoluteUrl(site, paths.home),
    logo: site.logo ? imageObject(snapshot, site.logo) : undefined,
    description: org.about,
    email: org.contacts.email,
    telephone: org.contacts.phone,
    address: org.contacts.address,
    sameAs: Object.values(org.social),
    parentOrganization: parent?.url
      ? { '@type': 'Organization', name: parent.name, url: parent.url }
      : undefined,
  }
}

/** schema.org NewsArticle; a syndicated item names its origin org as author. */
export function newsArticleJsonLd(snapshot: Snapshot, item: FeedItem): JsonLd {
  const { org, site } = snapshot
  const canonical = canonicalUrlOf(site, item)
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: item.title,
    description: item.lead,
    datePublished: item.publishedAt,
    dateModified: item.updatedAt,
    mainEntityOfPage: canonical,
    url: canonical,
    // A size made at upload, as og:image: the original can be a 12-megapixel photo.
    image: item.cover ? [fileUrl(site, shareImage(item.cover).url)] : undefined,
    articleSection: item.category?.title,
    keywords: item.tags.length > 0 ? item.tags.join(', ') : undefined,
    author: {
      '@type': 'Organization',
      name: item.provenance.orgName,
      alternateName: originName(item),
    },
    publisher: {
      '@type': 'Organization',
      name: org.name,
      url: absoluteUrl(site, paths.home),
      logo: site.logo ? imageObject(snapshot, site.logo) : undefined,
    },
  }
}

/**
 * JSON for a <script type="application/ld+json">: `<` is escaped so that no text from the CMS
 * can close the script element.
 */
export function serializeJsonLd(data: JsonLd): string {
  return JSON.stringify(data).replace(/</g, '\\u003c')
}
