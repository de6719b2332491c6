/**
 * Structured data (schema.org JSON-LD) for articles, decisions and units, and its safe
 * serialisation: no value can close the <script> element or open an HTML comment.
 */
import type { Site } from './schemas.ts';
import type { Article, Decision, Unit } from './model.ts';

/** JSON for a <script type="application/ld+json">: `<`, `>`, `&` and line separators escaped. */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export function absoluteUrl(site: Pick<Site, 'baseUrl'>, path: string): string {
  return new URL(path, `${site.baseUrl}/`).href;
}

/** The area a site serves: its district, or the xã of the committee that publishes it. */
export function siteArea(site: Pick<Site, 'district' | 'province' | 'publisher'>): string {
  return `${site.district ?? site.publisher.replace(/^Ủy ban nhân dân /, '')}, ${site.province}`;
}

function districtArea(site: Site) {
  return { '@type': 'AdministrativeArea', name: siteArea(site) };
}

function publisher(site: Site) {
  return { '@type': 'GovernmentOrganization', name: site.publisher, url: absoluteUrl(site, '/') };
}

/** A picture for structured data and social cards, already resized, at its site address. */
export interface SharedImage {
  path: string;
  width: number;
  height: number;
  alt: string;
}

export function articleJsonLd(site: Site, a: Article, image?: SharedImage): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: a.title,
    ...(a.date ? { datePublished: a.date } : {}),
    ...(a.author ? { author: { '@type': 'Person', name: a.author } } : {}),
    ...(a.summary ? { description: a.summary } : {}),
    ...(image ? { image: { '@type': 'ImageObject', url: absoluteUrl(site, image.path), width: image.width, height: image.height } } : {}),
    inLanguage: site.language,
    mainEntityOfPage: absoluteUrl(site, a.url),
    url: absoluteUrl(site, a.url),
    publisher: publisher(site),
  };
}

const LEGAL_FORCE: Record<string, string> = {
  'còn hiệu lực': 'https://schema.org/InForce',
  'hết hiệu lực': 'https://schema.org/NotInForce',
};

export function decisionJsonLd(site: Site, d: Decision): Record<string, unknown> {
  const changes = [...d.replacesDocs, ...d.amendsDocs];
  return {
    '@context': 'https://schema.org',
    '@type': 'Legislation',
    name: `${d.label}: ${d.title}`,
    legislationIdentifier: d.identifier,
    legislationDate: d.date,
    legislationType: d.type,
    legislationPassedBy: { '@type': 'GovernmentOrganization', name: d.issuer },
    legislationJurisdiction: districtArea(site),
    ...(d.status && LEGAL_FORCE[d.status] ? { legislationLegalForce: LEGAL_FORCE[d.status] } : {}),
    ...(d.signer ? { legislationResponsible: { '@type': 'Person', name: d.signer } } : {}),
    ...(changes.length
      ? {
          legislationChanges: changes.map((c) => ({
            '@type': 'Legislation',
            name: `${c.label}: ${c.title}`,
            url: absoluteUrl(site, c.url),
          })),
        }
      : {}),
    inLanguage: site.language,
    url: absoluteUrl(site, d.url),
    ...(d.documentUrl ? { encoding: { '@type': 'MediaObject', contentUrl: d.documentUrl } } : {}),
    ...(d.basis.length > 0
      ? {
          citation: d.basis.map((b) => ({
            '@type': 'Legislation',
            name: b.document,
            ...(b.date ? { legislationDate: b.date } : {}),
            ...(b.page ? { url: absoluteUrl(site, b.page.url) } : {}),
          })),
        }
      : {}),
  };
}

const AREA_KINDS = new Set(['xã', 'phường', 'đặc khu', 'thị trấn']);

/** Communes and towns are places within the district; agencies serve it. */
export function unitJsonLd(site: Site, u: Unit): Record<string, unknown> {
  const area = AREA_KINDS.has(u.kind);
  return {
    '@context': 'https://schema.org',
    '@type': area ? 'AdministrativeArea' : 'GovernmentOrganization',
    name: u.displayName,
    ...(u.aliases.length ? { alternateName: u.aliases } : {}),
    [area ? 'containedInPlace' : 'areaServed']: districtArea(site),
    ...(u.url ? { url: absoluteUrl(site, u.url) } : {}),
  };
}

/**
 * The committee that publishes a commune's site, with how to reach it (the Liên hệ page, the
 * English page). No `inLanguage`: schema.org defines it for works and events, not organizations;
 * the page's language is its `lang`.
 */
export function organizationJsonLd(site: Site, name = site.publisher): Record<string, unknown> {
  const c = site.contacts;
  return {
    '@context': 'https://schema.org',
    '@type': 'GovernmentOrganization',
    name,
    url: absoluteUrl(site, '/'),
    areaServed: districtArea(site),
    ...(c?.address ? { address: { '@type': 'PostalAddress', streetAddress: c.address, addressCountry: 'VN' } } : {}),
    ...(c?.phone ? { telephone: c.phone } : {}),
    ...(c?.email ? { email: c.email } : {}),
  };
}

/** The leaders of the committee, each a Person with the post held. */
export function leadersJsonLd(
  site: Site,
  leaders: readonly { name: string; position: string; phone?: string | undefined; email?: string | undefined }[],
): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@graph': leaders.map((l) => ({
      '@type': 'Person',
      name: l.name,
      jobTitle: l.position,
      worksFor: { '@type': 'GovernmentOrganization', name: site.publisher, url: absoluteUrl(site, '/') },
      ...(l.phone ? { telephone: l.phone } : {}),
      ...(l.email ? { email: l.email } : {}),
    })),
  };
}

/** A week of the work schedule: one Event per entry, at its day (and time, Vietnam's +07:00). */
export function scheduleJsonLd(
  site: Site,
  days: readonly {
    date: string;
    items: readonly { time?: string | undefined; what: string; chair?: string | undefined; place?: string | undefined }[];
  }[],
): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@graph': days.flatMap((d) =>
      d.items.map((i) => ({
        '@type': 'Event',
        name: i.what,
        startDate: i.time ? `${d.date}T${i.time}:00+07:00` : d.date,
        eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
        ...(i.place ? { location: { '@type': 'Place', name: i.place } } : {}),
        ...(i.chair ? { organizer: { '@type': 'Person', name: i.chair } } : {}),
        inLanguage: site.language,
      })),
    ),
  };
}
